/**
 * Where the console window reopens: the size and place it had, when that still fits on a screen
 * (monitors get unplugged, resolutions change), otherwise a sensible default. Pure: the displays are
 * passed in, nothing here touches Electron or the disk.
 */

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export interface WindowLimits {
  defaultWidth: number;
  defaultHeight: number;
  minWidth: number;
  minHeight: number;
}

/** How much of the title bar must be on a screen for the window to count as reachable. */
const MIN_VISIBLE = 64;
const MAX_COORDINATE = 100_000;

function isFiniteInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** The saved file's content, or null when it is missing, corrupt or absurd. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteInRange(x, -MAX_COORDINATE, MAX_COORDINATE) || !isFiniteInRange(y, -MAX_COORDINATE, MAX_COORDINATE))
    return null;
  if (!isFiniteInRange(width, 1, MAX_COORDINATE) || !isFiniteInRange(height, 1, MAX_COORDINATE)) return null;
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized,
  };
}

function overlap(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function centered(workArea: Rectangle, width: number, height: number): Rectangle {
  const w = Math.min(width, workArea.width);
  const h = Math.min(height, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - w) / 2),
    y: workArea.y + Math.round((workArea.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * The bounds to open with. A saved window is kept when its title bar strip is reachable on one of
 * the displays' work areas (shrunk to fit that display if it grew too big); otherwise the default
 * size is centred on the primary display. Sizes never go below the window's minimum.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  limits: WindowLimits,
): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: limits.defaultWidth, height: limits.defaultHeight };
  const fallback: WindowState = {
    bounds: centered(primary, limits.defaultWidth, limits.defaultHeight),
    maximized: false,
  };
  if (!saved) return fallback;
  const width = Math.max(saved.bounds.width, limits.minWidth);
  const height = Math.max(saved.bounds.height, limits.minHeight);
  const titleBar: Rectangle = { x: saved.bounds.x, y: saved.bounds.y, width, height: Math.min(MIN_VISIBLE, height) };
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return (
      seen !== null &&
      seen.width >= Math.min(MIN_VISIBLE, width) &&
      seen.height >= Math.min(MIN_VISIBLE, titleBar.height) / 2
    );
  });
  if (!home) return { bounds: fallback.bounds, maximized: saved.maximized };
  const fittedWidth = Math.min(width, Math.max(home.width, limits.minWidth));
  const fittedHeight = Math.min(height, Math.max(home.height, limits.minHeight));
  const x = Math.min(Math.max(saved.bounds.x, home.x - fittedWidth + MIN_VISIBLE), home.x + home.width - MIN_VISIBLE);
  const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - MIN_VISIBLE);
  return { bounds: { x, y, width: fittedWidth, height: fittedHeight }, maximized: saved.maximized };
}

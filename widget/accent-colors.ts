/** The colours drawn from a tenant's accent colour: readable text on it, and a focus ring visible on white. */
export interface AccentColors {
  readonly accent: string;
  /** Black or white, whichever contrasts more with the accent. */
  readonly onAccent: string;
  /** The accent where it reaches 3:1 against white (WCAG's non-text contrast), else a near-black. */
  readonly ring: string;
}

const BLACK = '#000000';
const WHITE = '#ffffff';
const DARK_RING = '#1f2328';
export const DEFAULT_ACCENT = '#1565c0';

/** WCAG 2 relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colours for an accent; anything but `#rrggbb` (the setting's own rule) falls back to the default accent. */
export function accentColors(accentColor: string): AccentColors {
  const accent = /^#[0-9a-fA-F]{6}$/.test(accentColor) ? accentColor.toLowerCase() : DEFAULT_ACCENT;
  return {
    accent,
    onAccent: contrastRatio(accent, WHITE) >= contrastRatio(accent, BLACK) ? WHITE : BLACK,
    ring: contrastRatio(accent, WHITE) >= 3 ? accent : DARK_RING,
  };
}

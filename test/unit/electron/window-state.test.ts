import { describe, expect, it } from 'vitest';
import { buildWindowOptions, WINDOW_LIMITS } from '../../../electron/main/window-options.js';
import { parseWindowState, restoreWindowState, type Rectangle } from '../../../electron/main/window-state.js';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 877 };
const monitorRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 };
/** The default size (1280 x 820) centred on the laptop's screen. */
const DEFAULT_PLACE_ON_LAPTOP: Rectangle = { x: 80, y: 29, width: 1280, height: 820 };

describe('window state parsing', () => {
  it('accepts what was saved', () => {
    expect(parseWindowState({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it.each([
    ['nothing', null],
    ['a string', 'x'],
    ['no bounds', { maximized: false }],
    ['no maximized flag', { bounds: { x: 0, y: 0, width: 900, height: 600 } }],
    ['a missing coordinate', { bounds: { x: 0, width: 900, height: 600 }, maximized: false }],
    ['NaN', { bounds: { x: Number.NaN, y: 0, width: 900, height: 600 }, maximized: false }],
    ['a zero width', { bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false }],
    ['a negative height', { bounds: { x: 0, y: 0, width: 900, height: -5 }, maximized: false }],
    ['an absurd position', { bounds: { x: 1e9, y: 0, width: 900, height: 600 }, maximized: false }],
    ['numbers as strings', { bounds: { x: '0', y: 0, width: 900, height: 600 }, maximized: false }],
  ])('refuses %s', (_label, raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('window state restore', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(restoreWindowState(null, [monitorRight, laptop], WINDOW_LIMITS)).toEqual({
      bounds: { x: 1440 + (2560 - 1280) / 2, y: Math.round((1415 - 820) / 2), width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('puts the window back where it was on a second monitor', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop, monitorRight], WINDOW_LIMITS)).toEqual(saved);
  });

  it('keeps the maximized flag', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(restoreWindowState(saved, [laptop], WINDOW_LIMITS).maximized).toBe(true);
  });

  it('brings a window from an unplugged monitor back to the primary display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop], WINDOW_LIMITS).bounds).toEqual(DEFAULT_PLACE_ON_LAPTOP);
  });

  it('brings back a window whose title bar is above the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop], WINDOW_LIMITS).bounds;
    expect(restored.y).toBeGreaterThanOrEqual(0);
  });

  it('shrinks a window larger than its display, never below the minimum size', () => {
    const saved = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(restoreWindowState(saved, [laptop], WINDOW_LIMITS).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 877 });
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    const restored = restoreWindowState(tiny, [laptop], WINDOW_LIMITS).bounds;
    expect(restored.width).toBe(WINDOW_LIMITS.minWidth);
    expect(restored.height).toBe(WINDOW_LIMITS.minHeight);
  });

  it('keeps at least a grip of a window hanging off the right edge on screen', () => {
    const partly = { bounds: { x: 1300, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(partly, [laptop], WINDOW_LIMITS).bounds).toEqual(partly.bounds);
    // Only 40 px of the title bar on screen: too little to grab, so it comes back to the default place.
    const lost = { bounds: { x: 1400, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(lost, [laptop], WINDOW_LIMITS).bounds).toEqual(DEFAULT_PLACE_ON_LAPTOP);
  });

  it('feeds the restored bounds into the window options', () => {
    const options = buildWindowOptions({
      preloadPath: '/p.cjs',
      devTools: false,
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
    });
    expect(options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, minWidth: 900, minHeight: 600 });
    expect(buildWindowOptions({ preloadPath: '/p.cjs', devTools: false })).toMatchObject({
      center: true,
      width: 1280,
      height: 820,
    });
  });
});

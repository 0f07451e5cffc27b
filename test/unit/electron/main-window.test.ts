import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** What the app's window code passes to new BrowserWindow(), captured from a stand-in. */
const created: Array<{ options: Record<string, unknown>; window: FakeWindow }> = [];
class FakeWindow {
  handlers = new Map<string, () => void>();
  loaded: string | undefined;
  constructor(public options: Record<string, unknown>) {
    created.push({ options, window: this });
  }
  on(event: string, handler: () => void) {
    this.handlers.set(event, handler);
    return this;
  }
  once(event: string, handler: () => void) {
    return this.on(event, handler);
  }
  loadFile(file: string) {
    this.loaded = file;
    return Promise.resolve();
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1100, height: 700 };
  }
  isMaximized() {
    return true;
  }
  maximize = vi.fn();
  show = vi.fn();
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
  },
}));

const { createMainWindow } = await import('../../../electron/main/window.js');

describe('the main window the app creates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const stateFile = join(dir, 'window-state.json');
  const input = {
    preloadPath: '/app/dist/electron/preload.cjs',
    rendererIndex: '/app/dist/renderer/index.html',
    devTools: false,
    stateFile,
    log: () => undefined,
  };

  it('is created with the secure settings and loads the renderer from disk', () => {
    createMainWindow(input);
    const last = created.at(-1);
    if (!last) throw new Error('no window was created');
    const { options, window } = last;
    const switchedOn = ['contextIsolation', 'sandbox', 'webSecurity'];
    const switchedOff = [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'allowRunningInsecureContent',
      'webviewTag',
      'devTools',
    ];
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      ...Object.fromEntries(switchedOn.map((setting) => [setting, true])),
      ...Object.fromEntries(switchedOff.map((setting) => [setting, false])),
    });
    expect(options.show).toBe(false);
    expect(window.loaded).toBe('/app/dist/renderer/index.html');
  });

  it('saves its place on close and reopens there, maximized again', () => {
    created.at(-1)?.window.handlers.get('close')?.();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1100, height: 700 },
      maximized: true,
    });
    createMainWindow(input);
    const reopened = created.at(-1);
    expect(reopened?.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 700 });
    reopened?.window.handlers.get('ready-to-show')?.();
    expect(reopened?.window.maximize).toHaveBeenCalled();
    expect(reopened?.window.show).toHaveBeenCalled();
  });
});

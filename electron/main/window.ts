import { BrowserWindow } from 'electron';
import { buildWindowOptions, WINDOW_LIMITS } from './window-options.js';
import { loadWindowState, rememberWindowState } from './window-state-store.js';

export interface MainWindowInput {
  preloadPath: string;
  rendererIndex: string;
  devTools: boolean;
  /** Where the window's size and place are kept between runs. */
  stateFile: string;
  icon?: string;
  /** The system's preferred languages (app.getPreferredSystemLanguages(), then app.getLocale()). */
  systemLanguages?: readonly string[];
  log: (line: string) => void;
}

/** The console window: the built renderer loaded from disk, where it was last time, shown once it has painted. */
export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const state = loadWindowState(input.stateFile, WINDOW_LIMITS);
  const window = new BrowserWindow(
    buildWindowOptions({
      preloadPath: input.preloadPath,
      devTools: input.devTools,
      bounds: state.bounds,
      icon: input.icon,
      systemLanguages: input.systemLanguages,
    }),
  );
  rememberWindowState(window, input.stateFile, input.log);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.loadFile(input.rendererIndex).catch((error: unknown) => {
    input.log(`Could not load ${input.rendererIndex}: ${error instanceof Error ? error.message : String(error)}`);
    window.show();
  });
  return window;
}

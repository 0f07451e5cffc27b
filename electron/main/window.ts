import { BrowserWindow } from 'electron';
import { buildWindowOptions } from './window-options.js';

export interface MainWindowInput {
  preloadPath: string;
  rendererIndex: string;
  devTools: boolean;
  log: (line: string) => void;
}

/** The console window: the built renderer loaded from disk, shown once it has painted. */
export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions({ preloadPath: input.preloadPath, devTools: input.devTools }));
  window.once('ready-to-show', () => window.show());
  window.loadFile(input.rendererIndex).catch((error: unknown) => {
    input.log(`Could not load ${input.rendererIndex}: ${error instanceof Error ? error.message : String(error)}`);
    window.show();
  });
  return window;
}

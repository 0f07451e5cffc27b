import { readFileSync } from 'node:fs';
import { screen, type BrowserWindow } from 'electron';
import {
  parseWindowState,
  restoreWindowState,
  type Rectangle,
  type WindowLimits,
  type WindowState,
} from './window-state.js';
import { writeFileAtomically } from '../../lib/write-file-atomically.js';

/** The window state saved in `file`, fitted to the displays attached now. */
export function loadWindowState(file: string, limits: WindowLimits): WindowState {
  let saved: WindowState | null = null;
  try {
    saved = parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    saved = null; // first run, or a damaged file: the default place is fine
  }
  const primary = screen.getPrimaryDisplay();
  const workAreas: Rectangle[] = [
    primary.workArea,
    ...screen
      .getAllDisplays()
      .filter((d) => d.id !== primary.id)
      .map((d) => d.workArea),
  ];
  return restoreWindowState(saved, workAreas, limits);
}

/** Saves the window's normal (not maximized) bounds and whether it is maximized, when it closes. */
export function rememberWindowState(window: BrowserWindow, file: string, log: (line: string) => void): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileAtomically(file, JSON.stringify(state));
    } catch (error) {
      log(`Could not save the window position: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import { createHttpConsoleApi } from './http-console-api.js';
import { takeTokenFromLocation } from './token.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload script; absent in browser mode. */
    switchboard?: ConsoleApi;
  }
}

export type ApiMode = 'electron' | 'browser';

/** The renderer's one way to the core: the preload bridge in Electron, HTTP in browser mode. */
export function createConsoleApi(): { api: ConsoleApi; mode: ApiMode; hasToken: boolean } {
  if (window.switchboard) return { api: window.switchboard, mode: 'electron', hasToken: true };
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = null;
  }
  const token = takeTokenFromLocation(window.location, window.history, storage);
  return { api: createHttpConsoleApi({ token }), mode: 'browser', hasToken: token !== null };
}

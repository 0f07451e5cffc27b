import { ipcMain, type BrowserWindow } from 'electron';
import { CONSOLE_IPC_CALL, CONSOLE_IPC_EVENT, type ConsoleApi } from '../../shared/api/console-contract.js';
import { dispatchConsoleCall } from '../../shared/api/console-dispatch.js';
import { fail } from '../../shared/result.js';
import { isTrustedIpcSender } from './ipc-guard.js';

/**
 * The one IPC entry: the sender must be the app's own page, the method must be in the contract and
 * its input must validate (dispatchConsoleCall), otherwise nothing in the core is called.
 * `api` may still be starting: the window opens at once and its first calls wait for the core.
 * Returns a function that removes the handler.
 */
export function registerConsoleIpc(api: ConsoleApi | Promise<ConsoleApi>, rendererDir: string): () => void {
  ipcMain.handle(CONSOLE_IPC_CALL, async (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    if (!isTrustedIpcSender(sender, rendererDir)) {
      return fail('forbidden', 'This page is not allowed to call the console.');
    }
    let ready: ConsoleApi;
    try {
      ready = await api;
    } catch (error) {
      return fail(
        'console_unavailable',
        `The console could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return dispatchConsoleCall(ready, method, input);
  });
  return () => ipcMain.removeHandler(CONSOLE_IPC_CALL);
}

/** Forwards the core's change events to whichever window is current. Returns the unsubscribe. */
export function forwardConsoleEvents(api: ConsoleApi, currentWindow: () => BrowserWindow | null): () => void {
  return api.subscribe((event) => {
    const window = currentWindow();
    if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) {
      window.webContents.send(CONSOLE_IPC_EVENT, event);
    }
  });
}

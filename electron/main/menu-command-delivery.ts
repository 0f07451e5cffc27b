import { CONSOLE_IPC_MENU_COMMAND, MenuCommandSchema, type MenuCommand } from '../../shared/api/console-contract.js';

/** The part of a BrowserWindow a menu command needs. */
export interface MenuCommandWindow {
  isDestroyed(): boolean;
  webContents: {
    isDestroyed(): boolean;
    isLoading(): boolean;
    once(event: 'did-finish-load', listener: () => void): unknown;
    send(channel: string, payload: MenuCommand): void;
  };
}

export interface MenuCommandTarget<W extends MenuCommandWindow> {
  /** The console window, if one is open. */
  current(): W | null;
  /** Opens the console window (macOS keeps the app running without one); null when none can open now. */
  open(): W | null;
  /** Brings the console window to the front (restored, shown, focused). */
  show(): void;
}

/**
 * A menu item that only the console can carry out (Settings, the shortcuts overlay): the console window
 * comes to the front, opening first if it was closed, and gets the command once its page has loaded (the
 * preload keeps it until the renderer listens).
 */
export function deliverMenuCommand<W extends MenuCommandWindow>(
  command: MenuCommand,
  target: MenuCommandTarget<W>,
): void {
  const payload = MenuCommandSchema.parse(command);
  const window = usable(target.current()) ?? usable(target.open());
  if (!window) return;
  target.show();
  const send = (): void => {
    if (!window.isDestroyed() && !window.webContents.isDestroyed())
      window.webContents.send(CONSOLE_IPC_MENU_COMMAND, payload);
  };
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

function usable<W extends MenuCommandWindow>(window: W | null): W | null {
  return window && !window.isDestroyed() && !window.webContents.isDestroyed() ? window : null;
}

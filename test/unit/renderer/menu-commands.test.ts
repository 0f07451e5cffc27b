import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleApi, ConsoleEvent, MenuCommand } from '../../../shared/api/console-contract.js';
import { guardConsoleApi } from '../../../renderer/src/api/guarded-console-api.js';
import { createController } from '../../../renderer/src/state/controller.js';
import { createConsoleStore } from '../../../renderer/src/state/store.js';

/**
 * The desktop bridge as the renderer sees it: every console call fails politely (not under test here), events
 * never come, and menu commands arrive whenever the test sends them, like the preload's onMenuCommand.
 */
function desktopApi(withMenu: boolean) {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const bridge = {
    subscribe: (_listener: (event: ConsoleEvent) => void) => () => undefined,
    ...(withMenu
      ? {
          onMenuCommand(listener: (command: MenuCommand) => void): () => void {
            menuListeners.add(listener);
            return () => menuListeners.delete(listener);
          },
        }
      : {}),
  } as unknown as ConsoleApi;
  return {
    bridge,
    menuListeners,
    send: (command: MenuCommand['command']) => {
      for (const listener of menuListeners) listener({ command });
    },
  };
}

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** As renderer/src/main.tsx starts the console: the bridge guarded, a controller on a store, started. */
function startConsole(withMenu = true) {
  const desktop = desktopApi(withMenu);
  const store = createConsoleStore(null);
  const controller = createController(
    guardConsoleApi(desktop.bridge, () => undefined),
    store,
  );
  const stop = controller.start();
  stops.push(stop);
  return { ...desktop, store, controller, stop };
}

describe('commands from the desktop app menu', () => {
  it('Settings… (CmdOrCtrl+,) opens Settings', () => {
    const { store, send } = startConsole();
    expect(store.getState().settingsOpen).toBe(false);
    send('settings');
    expect(store.getState().settingsOpen).toBe(true);
    expect(store.getState().helpOpen).toBe(false);
  });

  it("Help → Keyboard Shortcuts opens the console's shortcuts overlay, and choosing it again keeps it open", () => {
    const { store, send } = startConsole();
    send('shortcuts');
    expect(store.getState().helpOpen).toBe(true);
    send('shortcuts');
    expect(store.getState().helpOpen).toBe(true);
    expect(store.getState().settingsOpen).toBe(false);
  });

  it('Settings replaces the shortcuts overlay', () => {
    const { store, send } = startConsole();
    send('shortcuts');
    send('settings');
    expect(store.getState()).toMatchObject({ helpOpen: false, settingsOpen: true });
  });

  it('leaves an open Settings or picker alone: they may hold what the agent typed', () => {
    const { store, send } = startConsole();
    send('settings');
    send('shortcuts');
    expect(store.getState()).toMatchObject({ helpOpen: false, settingsOpen: true });
    store.getState().setSettingsOpen(false);
    store.getState().setOverlay('palette');
    send('settings');
    send('shortcuts');
    expect(store.getState()).toMatchObject({ helpOpen: false, settingsOpen: false, overlay: 'palette' });
  });

  it('stops listening when the console stops', () => {
    const { store, send, stop, menuListeners } = startConsole();
    expect(menuListeners.size).toBe(1);
    stop();
    expect(menuListeners.size).toBe(0);
    send('settings');
    expect(store.getState().settingsOpen).toBe(false);
  });

  it('the guard passes the menu through from the desktop bridge only: browser mode has none, and the console starts without it', () => {
    expect(typeof guardConsoleApi(desktopApi(true).bridge, () => undefined).onMenuCommand).toBe('function');
    expect(guardConsoleApi(desktopApi(false).bridge, () => undefined).onMenuCommand).toBeUndefined();
    expect(() => startConsole(false)).not.toThrow();
  });
});

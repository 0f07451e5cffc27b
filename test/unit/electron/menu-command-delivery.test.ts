import { describe, expect, it } from 'vitest';
import { CONSOLE_IPC_MENU_COMMAND, type MenuCommand } from '../../../shared/api/console-contract.js';
import { deliverMenuCommand, type MenuCommandWindow } from '../../../electron/main/menu-command-delivery.js';

/** A window whose page may still be loading; records what main sends it. */
class FakeWindow implements MenuCommandWindow {
  destroyed = false;
  loading: boolean;
  readonly sent: Array<{ channel: string; payload: MenuCommand }> = [];
  private readonly onLoad: Array<() => void> = [];
  readonly webContents = {
    isDestroyed: () => this.destroyed,
    isLoading: () => this.loading,
    once: (_event: 'did-finish-load', listener: () => void) => this.onLoad.push(listener),
    send: (channel: string, payload: MenuCommand) => this.sent.push({ channel, payload }),
  };
  constructor(loading = false) {
    this.loading = loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  finishLoading(): void {
    this.loading = false;
    for (const listener of this.onLoad.splice(0)) listener();
  }
}

function target(initial: FakeWindow | null, opens: FakeWindow | null = null) {
  const calls: string[] = [];
  let current = initial;
  return {
    calls,
    target: {
      current: () => current,
      open: () => {
        calls.push('open');
        current = opens;
        return current;
      },
      show: () => calls.push('show'),
    },
  };
}

describe('delivering a menu command to the console window', () => {
  it('brings the open window to the front and sends the command on the menu-command channel', () => {
    const window = new FakeWindow();
    const { calls, target: to } = target(window);
    deliverMenuCommand({ command: 'settings' }, to);
    expect(calls).toEqual(['show']);
    expect(window.sent).toEqual([{ channel: CONSOLE_IPC_MENU_COMMAND, payload: { command: 'settings' } }]);
  });

  it('opens the window when none is open (macOS after closing it) and sends once its page has loaded', () => {
    const opened = new FakeWindow(true);
    const { calls, target: to } = target(null, opened);
    deliverMenuCommand({ command: 'shortcuts' }, to);
    expect(calls).toEqual(['open', 'show']);
    expect(opened.sent).toEqual([]);
    opened.finishLoading();
    expect(opened.sent).toEqual([{ channel: CONSOLE_IPC_MENU_COMMAND, payload: { command: 'shortcuts' } }]);
  });

  it('replaces a destroyed window, and sends nothing to one destroyed while loading', () => {
    const gone = new FakeWindow();
    gone.destroyed = true;
    const opened = new FakeWindow(true);
    const { calls, target: to } = target(gone, opened);
    deliverMenuCommand({ command: 'settings' }, to);
    expect(calls).toEqual(['open', 'show']);
    opened.destroyed = true;
    opened.finishLoading();
    expect(gone.sent).toEqual([]);
    expect(opened.sent).toEqual([]);
  });

  it('does nothing when no window can open (the app is quitting)', () => {
    const { calls, target: to } = target(null, null);
    deliverMenuCommand({ command: 'settings' }, to);
    expect(calls).toEqual(['open']);
  });

  it('refuses a command outside the contract', () => {
    const window = new FakeWindow();
    const { target: to } = target(window);
    expect(() => deliverMenuCommand({ command: 'quit' } as unknown as MenuCommand, to)).toThrow();
    expect(window.sent).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  CONSOLE_IPC_CALL,
  CONSOLE_IPC_EVENT,
  CONSOLE_IPC_MENU_COMMAND,
  consoleMethods,
} from '../../../shared/api/console-contract.js';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'done' }));
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
}));

// The main process passes the OS's languages as a renderer switch (webPreferences.additionalArguments).
process.argv.push('--switchboard-system-languages=he-IL,en-US,<script>');
await import('../../../electron/preload/preload.js');

describe('preload', () => {
  const api = exposed.get('switchboard') as Record<string, (...args: unknown[]) => unknown>;

  it('exposes window.switchboard, with the contract methods, subscribe and onMenuCommand, and nothing else but the system languages', () => {
    expect([...exposed.keys()]).toEqual(['switchboard', 'switchboardLocale']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(consoleMethods), 'subscribe', 'onMenuCommand'].sort());
  });

  it('hands the renderer the system languages main passed on, dropping anything that is not a language tag', () => {
    expect(exposed.get('switchboardLocale')).toEqual({ systemLanguages: ['he-IL', 'en-US'] });
  });

  it('calls the core over the contract channel', async () => {
    await expect(api.getTicket?.({ ticketId: 't-1' })).resolves.toEqual({ ok: true, value: 'done' });
    expect(invoke).toHaveBeenCalledWith(CONSOLE_IPC_CALL, 'getTicket', { ticketId: 't-1' });
  });

  it('turns a failed invoke into an error Result instead of throwing', async () => {
    invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(api.listInbox?.({})).resolves.toMatchObject({ ok: false, error: { code: 'ipc_failed' } });
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const received: unknown[] = [];
    const unsubscribe = api.subscribe?.((event: unknown) => received.push(event)) as () => void;
    for (const listener of listeners.get(CONSOLE_IPC_EVENT) ?? []) listener({}, { type: 'tickets_changed' });
    unsubscribe();
    for (const listener of listeners.get(CONSOLE_IPC_EVENT) ?? []) listener({}, { type: 'tickets_changed' });
    expect(received).toEqual([{ type: 'tickets_changed' }]);
  });

  const sendMenuCommand = (payload: unknown): void => {
    for (const listener of listeners.get(CONSOLE_IPC_MENU_COMMAND) ?? []) listener({}, payload);
  };

  it('keeps the latest menu command sent before the renderer listened (a window opened by the menu) and hands it over once', () => {
    sendMenuCommand({ command: 'settings' });
    sendMenuCommand({ command: 'shortcuts' });
    const first: unknown[] = [];
    const stopFirst = api.onMenuCommand?.((command: unknown) => first.push(command)) as () => void;
    stopFirst();
    const second: unknown[] = [];
    const stopSecond = api.onMenuCommand?.((command: unknown) => second.push(command)) as () => void;
    stopSecond();
    expect(first).toEqual([{ command: 'shortcuts' }]);
    expect(second).toEqual([]);
  });

  it('delivers menu commands to listeners until they unsubscribe, and drops payloads that are not one', () => {
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand?.((command: unknown) => received.push(command)) as () => void;
    sendMenuCommand({ command: 'settings' });
    for (const bad of [
      { command: 'quit' },
      { command: 'settings', extra: true },
      { command: 'toString' },
      { command: ['settings'] },
      'settings',
      null,
      undefined,
      [{ command: 'settings' }],
      {},
    ]) {
      sendMenuCommand(bad);
    }
    sendMenuCommand({ command: 'shortcuts' });
    unsubscribe();
    sendMenuCommand({ command: 'settings' });
    expect(received).toEqual([{ command: 'settings' }, { command: 'shortcuts' }]);
  });

  it('does not keep a bad payload for a later listener', () => {
    // The command sent after the unsubscribe above waits for the next listener: take it first.
    const drained: unknown[] = [];
    (api.onMenuCommand?.((command: unknown) => drained.push(command)) as () => void)();
    expect(drained).toEqual([{ command: 'settings' }]);
    sendMenuCommand({ command: 'settings', extra: true });
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand?.((command: unknown) => received.push(command)) as () => void;
    unsubscribe();
    expect(received).toEqual([]);
  });
});

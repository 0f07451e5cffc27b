import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONSOLE_IPC_CALL,
  CONSOLE_IPC_EVENT,
  type ConsoleApi,
  type ConsoleEvent,
} from '../../../shared/api/console-contract.js';
import { ok, type Result } from '../../../shared/result.js';

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<Result<unknown>>;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { forwardConsoleEvents, registerConsoleIpc } = await import('../../../electron/main/ipc-handlers.js');

const rendererDir = resolve('/opt/switchboard/dist/renderer');
const appFrame = { senderFrame: { url: pathToFileURL(join(rendererDir, 'index.html')).href, parent: null } };

function fakeApi() {
  let listener: ((event: ConsoleEvent) => void) | null = null;
  const api = {
    getStatus: vi.fn(async () => ok({ online: true })),
    listInbox: vi.fn(async () => ok([])),
    listAiResolved: vi.fn(async () => ok([])),
    getTicket: vi.fn(async (input: { ticketId: string }) => ok({ id: input.ticketId })),
    sendReply: vi.fn(async () => ok({})),
    addNote: vi.fn(async () => ok({})),
    subscribe: vi.fn((next: (event: ConsoleEvent) => void) => {
      listener = next;
      return () => {
        listener = null;
      };
    }),
  };
  return { api, asConsoleApi: api as unknown as ConsoleApi, emit: (event: ConsoleEvent) => listener?.(event) };
}

function calledAnything(api: ReturnType<typeof fakeApi>['api']): boolean {
  return Object.values(api).some((fn) => fn.mock.calls.length > 0);
}

describe('console IPC handler', () => {
  let fake: ReturnType<typeof fakeApi>;
  let call: Handler;

  beforeEach(() => {
    handlers.clear();
    fake = fakeApi();
    registerConsoleIpc(fake.asConsoleApi, rendererDir);
    const handler = handlers.get(CONSOLE_IPC_CALL);
    if (!handler) throw new Error('no handler registered');
    call = handler;
  });

  it('calls the core with validated input and returns its Result', async () => {
    await expect(call(appFrame, 'getTicket', { ticketId: 't-1' })).resolves.toEqual({ ok: true, value: { id: 't-1' } });
    expect(fake.api.getTicket).toHaveBeenCalledWith({ ticketId: 't-1' });
  });

  it.each(['deleteEverything', 'subscribe', '__proto__', 'toString', 'constructor', 42, null, undefined])(
    'refuses the unknown method %s without calling the core',
    async (method) => {
      const result = await call(appFrame, method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(calledAnything(fake.api)).toBe(false);
    },
  );

  it.each([
    ['an empty ticket id', 'getTicket', { ticketId: '' }],
    ['a ticket id of the wrong type', 'getTicket', { ticketId: 7 }],
    ['a missing field', 'sendReply', { ticketId: 't-1', text: 'hello' }],
    ['an unexpected field', 'addNote', { ticketId: 't-1', text: 'hello', admin: true }],
    ['input that is not an object', 'getTicket', 'DROP TABLE tickets'],
    ['an unexpected field on a method without input', 'listInbox', { all: true }],
  ])('refuses %s without calling the core', async (_label, method, input) => {
    const result = await call(appFrame, method, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation_failed');
      expect(result.error.message).not.toBe('');
    }
    expect(calledAnything(fake.api)).toBe(false);
  });

  it.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a subframe of the app', { senderFrame: { url: appFrame.senderFrame.url, parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses calls from %s', async (_label, event) => {
    const result = await call(event, 'getStatus', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calledAnything(fake.api)).toBe(false);
  });

  it('turns a throwing core method into an error Result', async () => {
    fake.api.listInbox.mockRejectedValueOnce(new Error('disk full'));
    const result = await call(appFrame, 'listInbox', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal_error' } });
  });

  it('removes the handler when asked', () => {
    handlers.clear();
    const remove = registerConsoleIpc(fake.asConsoleApi, rendererDir);
    expect(handlers.has(CONSOLE_IPC_CALL)).toBe(true);
    remove();
    expect(handlers.has(CONSOLE_IPC_CALL)).toBe(false);
  });
});

describe('console event forwarding', () => {
  it('sends core events to the current window and stops on unsubscribe', () => {
    const fake = fakeApi();
    const send = vi.fn();
    const window = { isDestroyed: () => false, webContents: { isDestroyed: () => false, send } };
    let current: typeof window | null = window;
    const stop = forwardConsoleEvents(fake.asConsoleApi, () => current as never);

    fake.emit({ type: 'tickets_changed' });
    expect(send).toHaveBeenCalledWith(CONSOLE_IPC_EVENT, { type: 'tickets_changed' });

    current = null;
    fake.emit({ type: 'tickets_changed' });
    expect(send).toHaveBeenCalledTimes(1);

    current = window;
    stop();
    fake.emit({ type: 'tickets_changed' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('console IPC while the core starts', () => {
  it('waits for the core, then answers', async () => {
    handlers.clear();
    const fake = fakeApi();
    let resolveApi: (api: ConsoleApi) => void = () => undefined;
    registerConsoleIpc(new Promise<ConsoleApi>((resolve) => (resolveApi = resolve)), rendererDir);
    const pending = handlers.get(CONSOLE_IPC_CALL)?.(appFrame, 'listInbox', {});
    resolveApi(fake.asConsoleApi);
    await expect(pending).resolves.toEqual({ ok: true, value: [] });
  });

  it('answers with an error Result when the core could not start', async () => {
    handlers.clear();
    const failed = Promise.reject(new Error('queue did not start'));
    failed.catch(() => undefined);
    registerConsoleIpc(failed, rendererDir);
    const result = await handlers.get(CONSOLE_IPC_CALL)?.(appFrame, 'listInbox', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'console_unavailable' } });
  });
});

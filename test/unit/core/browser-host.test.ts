import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApi, ConsoleEvent } from '../../../shared/api/console-contract.js';
import { ok } from '../../../shared/result.js';
import { startBrowserHost, type BrowserHost } from '../../../electron/core/host/browser-host.js';
import { TEST_CONSOLE_STATUS } from '../../helpers/console-status.js';

/** A console API that records calls (the few the host is asked for here); the host's job is the gatekeeping around it. */
function recordingApi(calls: string[]): ConsoleApi {
  type Used = 'getStatus' | 'listInbox' | 'listAiResolved' | 'getTicket' | 'sendReply' | 'addNote' | 'subscribe';
  const api: Pick<ConsoleApi, Used> = {
    getStatus: async () => (calls.push('getStatus'), ok(TEST_CONSOLE_STATUS)),
    listInbox: async () => (calls.push('listInbox'), ok([])),
    listAiResolved: async () => ok([]),
    getTicket: async () => {
      throw new Error('not used');
    },
    sendReply: async (input) => {
      calls.push(`sendReply:${input.text}`);
      throw new Error('not used');
    },
    addNote: async () => {
      throw new Error('not used');
    },
    subscribe: (_listener: (event: ConsoleEvent) => void) => () => undefined,
  };
  return api as ConsoleApi;
}

describe('browser-mode host', () => {
  const calls: string[] = [];
  let host: BrowserHost;

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'switchboard-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Switchboard</title>');
    host = await startBrowserHost({ api: recordingApi(calls), rendererDir, port: 0 });
  });
  afterAll(() => host.close());

  const call = (method: string, body: unknown, token: string | null = host.token) =>
    fetch(`${host.url}api/call/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 and prints a console address carrying its token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.consoleUrl).toBe(`${host.url}?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer', async () => {
    const response = await fetch(host.url);
    expect(await response.text()).toContain('<title>Switchboard</title>');
  });

  it('answers API calls with the token and refuses them without it', async () => {
    const good = await call('listInbox', {});
    expect(await good.json()).toEqual({ ok: true, value: [] });
    const none = await call('listInbox', {}, null);
    expect(none.status).toBe(401);
    const wrong = await call('listInbox', {}, 'x'.repeat(32));
    expect(wrong.status).toBe(401);
    expect(calls.filter((c) => c === 'listInbox')).toHaveLength(1);
  });

  it('validates the method and its input before calling the core', async () => {
    const unknown = (await (await call('dropDatabase', {})).json()) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const invalid = (await (await call('sendReply', { ticketId: 't1', text: '   ', resolve: false })).json()) as {
      error: { code: string };
    };
    expect(invalid.error.code).toBe('validation_failed');
    const extra = (await (
      await call('sendReply', { ticketId: 't1', text: 'hi', resolve: false, admin: true })
    ).json()) as { error: { code: string } };
    expect(extra.error.code).toBe('validation_failed');
    expect(calls.some((c) => c.startsWith('sendReply'))).toBe(false);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(host.url).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

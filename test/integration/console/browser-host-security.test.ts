import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import { ok } from '../../../shared/result.js';
import { startBrowserHost, type BrowserHost } from '../../../electron/core/host/browser-host.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy.js';
import { TEST_CONSOLE_STATUS } from '../../helpers/console-status.js';

/** Enough of the console API for the host to answer calls and open an event stream. */
const api = {
  getStatus: async () => ok(TEST_CONSOLE_STATUS),
  listInbox: async () => ok([]),
  subscribe: () => () => undefined,
} as unknown as ConsoleApi;

/** The policy as directive -> sources. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The status and headers of a GET, without waiting for the body (an event stream never ends). */
function headersOf(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

function sendRaw(url: string, text: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error('no answer within 5 s')), 5_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => (clearTimeout(timer), reject(error)));
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n', 2);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1] ?? 0), body });
    });
  });
}

/** The host's error format: its Result shape, with the documented `error: { code, message }`. */
function expectHostError(body: unknown, code: string): void {
  expect(body).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  expect((body as { error: { message: string } }).error.message.length).toBeGreaterThan(20);
}

describe('browser-mode host: security headers and error answers', () => {
  let host: BrowserHost;
  let rendererDir: string;

  beforeAll(async () => {
    rendererDir = mkdtempSync(join(tmpdir(), 'switchboard-renderer-'));
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><title>Switchboard</title><script type="module" src="./assets/app.js"></script>',
    );
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'document.title = "Switchboard";\n');
    host = await startBrowserHost({ api, rendererDir, port: 0 });
  });
  afterAll(async () => {
    await host?.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });

  const expectSecurityHeaders = (headers: Record<string, string | string[] | undefined>, what: string) => {
    const policy = directives(
      typeof headers['content-security-policy'] === 'string' ? headers['content-security-policy'] : null,
    );
    expect(policy.get('default-src'), `${what}: CSP default-src`).toEqual(["'self'"]);
    expect(policy.get('script-src'), `${what}: CSP script-src`).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors'), `${what}: CSP frame-ancestors`).toEqual(["'none'"]);
    expect(policy.get('object-src'), `${what}: CSP object-src`).toEqual(["'none'"]);
    expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
    expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
  };

  it("sends the Electron shell's Content Security Policy (one definition) and the other security headers on the page and its files", async () => {
    const page = await headersOf(host.consoleUrl);
    expect(page.status).toBe(200);
    expectSecurityHeaders(page.headers, 'page');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const script = await headersOf(`${host.url}assets/app.js`);
    expect(script.status).toBe(200);
    expectSecurityHeaders(script.headers, 'script');
  });

  it('sends them on API answers, the event stream and refusals too', async () => {
    const call = await fetch(`${host.url}api/call/listInbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(await call.json()).toEqual({ ok: true, value: [] });
    expectSecurityHeaders(Object.fromEntries(call.headers), 'API call');
    const refused = await fetch(`${host.url}api/call/listInbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    expectSecurityHeaders(Object.fromEntries(refused.headers), 'refused API call');
    const events = await headersOf(`${host.url}api/events?token=${encodeURIComponent(host.token)}`);
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toBe('text/event-stream');
    expectSecurityHeaders(events.headers, 'event stream');
    const otherHost = await headersOf(host.url, { host: 'evil.example' });
    expect(otherHost.status).toBe(403);
    expectSecurityHeaders(otherHost.headers, 'DNS-rebinding refusal');
  });

  it('answers a malformed request, an overlong path parameter and an unknown path in its error format', async () => {
    const malformed = await sendRaw(host.url, 'GARBAGE\r\n\r\n');
    expect(malformed.status).toBe(400);
    expectHostError(JSON.parse(malformed.body), 'malformed_request');
    const badHeader = await sendRaw(host.url, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n');
    expect(badHeader.status).toBe(400);
    expectHostError(JSON.parse(badHeader.body), 'malformed_request');
    const longMethod = await fetch(`${host.url}api/call/${'m'.repeat(5_000)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(longMethod.status).toBe(414);
    expectHostError(await longMethod.json(), 'path_parameter_too_long');
    const badUrl = await fetch(`${host.url}api/call/%E0%A4%A`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(badUrl.status).toBe(400);
    expectHostError(await badUrl.json(), 'invalid_url');
    const unknown = await fetch(`${host.url}no-such-file.js`);
    expect(unknown.status).toBe(404);
    expectHostError(await unknown.json(), 'not_found');
  });
});

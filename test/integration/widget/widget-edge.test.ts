import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WIDGET_LIMITS } from '../../../shared/api/widget-contract.js';
import { startTestQueue } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { aiDecision } from '../queue/builders.js';
import { newVisitor, sendMessage, SHOP_ORIGIN, visitorCall, WIDGET_KEY, withWidget } from './widget-visitor.js';

const scriptDir = mkdtempSync(join(tmpdir(), 'widget-script-'));
const scriptFile = join(scriptDir, 'widget.js');
afterAll(() => rmSync(scriptDir, { recursive: true, force: true }));

describe('chat widget at the edge (SQLite)', () => {
  const queue = testQueueForEachTest(() =>
    startTestQueue({ pingIntervalMs: 60_000, app: { widgetScriptFile: scriptFile } }),
  );
  const config = (): string => `/v1/widget/${queue.tenantId}/config?key=${WIDGET_KEY}`;

  it('answers only pages on an allowed origin, with CORS headers and preflights for them alone', async () => {
    await withWidget(queue);
    const allowed = await visitorCall(queue, 'GET', config());
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ title: 'Help', requireIdentity: false });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);

    for (const origin of ['https://evil.example', null]) {
      const refused = await visitorCall(queue, 'GET', config(), { origin });
      expect(refused.status, String(origin)).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'origin_not_allowed' } });
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }

    const preflight = (origin: string): Promise<Response> =>
      fetch(`${queue.url}/v1/widget/messages`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    const ok = await preflight(SHOP_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const no = await preflight('https://evil.example');
    expect(no.status).toBe(403);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a switched-off widget refuses, plainly', async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    await withWidget(queue, { enabled: false });
    const off = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(off.status).toBe(403);
    expect(off.body).toMatchObject({ error: { code: 'widget_disabled' } });
  });

  it('a flooding visitor gets 429 with Retry-After while another visitor of the tenant is served', async () => {
    await withWidget(queue);
    const flooder = await newVisitor(queue);
    const other = await newVisitor(queue);
    const answers = [];
    for (let i = 0; i <= WIDGET_LIMITS.messagesPerVisitorPerMinute; i++)
      answers.push(await sendMessage(queue, flooder.sessionToken, `Hello ${i}`, `flood-${i}`));
    const limited = answers.at(-1);
    expect(answers.slice(0, -1).every((answer) => answer.status < 300)).toBe(true);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
    expect(limited?.body).toMatchObject({ error: { code: 'rate_limited', details: { scope: 'visitor' } } });
    expect((await sendMessage(queue, other.sessionToken, 'Me too', 'other-1')).status).toBe(201);
  });

  it('refuses text over the limit and bodies over 16 KiB, keeping nothing', async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    const long = await sendMessage(queue, visitor.sessionToken, 'x'.repeat(WIDGET_LIMITS.maxTextLength + 1), 'c-1');
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ error: { code: 'validation_failed' } });
    const huge = await sendMessage(queue, visitor.sessionToken, 'x', 'y'.repeat(20_000));
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: { code: 'body_too_large' } });
    const after = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(after.body.state).toBe('empty');
  });

  it('the events stream sends the cursor on connect and again when the conversation changes', async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    const sent = await sendMessage(queue, visitor.sessionToken, 'My card was declined', 'c-1');
    const controller = new AbortController();
    const response = await fetch(`${queue.url}/v1/widget/events`, {
      headers: { origin: SHOP_ORIGIN, authorization: `Bearer ${visitor.sessionToken}` },
      signal: controller.signal,
    });
    try {
      expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
      expect(response.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
      const events = cursorEvents(response);
      expect(await events.next()).toEqual({ done: false, value: sent.body.cursor });
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 5 } });
      await queue.push('bot', [aiDecision(1, sent.body.ticketId as string)], queue.tokens.autopilot);
      const next = await events.next();
      expect(next.value).toBeGreaterThan(sent.body.cursor);
    } finally {
      controller.abort();
    }
  });

  it('serves the built script gzipped to any site, and says how to build it when it is not', async () => {
    rmSync(scriptFile, { force: true });
    const missing = await fetch(`${queue.url}/widget.js`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain('npm run build:widget');

    writeFileSync(scriptFile, 'console.log("widget");\n'.repeat(50));
    // fetch asks for gzip and unpacks it; the headers say what came over the wire.
    const served = await fetch(`${queue.url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(served.headers.get('content-type')).toMatch(/application\/javascript/);
    expect(served.headers.get('content-encoding')).toBe('gzip');
    expect(served.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(served.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(await served.text()).toContain('console.log("widget")');
  });
});

/** The cursors of `event: conversation` lines, in order. */
async function* cursorEvents(response: Response): AsyncGenerator<number, void, void> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('The stream has no body.');
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += value;
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const data = /^event: conversation\ndata: (.*)$/m.exec(block)?.[1];
      if (data) yield (JSON.parse(data) as { cursor: number }).cursor;
    }
  }
}

import { afterEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { intakeBody, startTestQueue } from '../../helpers/queue-server.js';
import { SseReader } from '../../helpers/sse-reader.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

describe('event stream', () => {
  const queue = testQueueForEachTest(() => startTestQueue({ pingIntervalMs: 100 }));
  const aborts: AbortController[] = [];

  afterEach(async () => {
    for (const abort of aborts.splice(0)) abort.abort();
  });

  const connect = async (token: string): Promise<{ response: Response; sse: SseReader }> => {
    const abort = new AbortController();
    aborts.push(abort);
    const response = await fetch(`${queue.url}/v1/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: abort.signal,
    });
    if (!response.body) throw new Error('no body');
    return { response, sse: new SseReader(response.body.getReader()) };
  };

  it('sends the cursor on connect and a change after an intake', async () => {
    const { response, sse } = await connect(queue.tokens.agent);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(await sse.nextChange()).toBe(0);

    const created = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() });
    expect(await sse.nextChange()).toBe(created.body.ticket.seq);
  });

  it('only tells a tenant about its own changes', async () => {
    const otherTokens = await queue.addTenant('acme');
    const { sse } = await connect(otherTokens.agent);
    expect(await sse.nextChange()).toBe(0);
    await queue.call('POST', '/v1/tickets', { body: intakeBody() });
    const theirs = await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
      token: otherTokens.admin,
      body: intakeBody(),
    });
    expect(await sse.nextChange()).toBe(theirs.body.ticket.seq);
  });

  it('sends ping comments', async () => {
    const { sse } = await connect(queue.tokens.lead);
    await sse.next();
    expect(await sse.next()).toBe(': ping');
  });

  it('refuses a caller without a token', async () => {
    const response = await fetch(`${queue.url}/v1/events`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('forgets a stream when its client disconnects', async () => {
    const abort = new AbortController();
    const response = await fetch(`${queue.url}/v1/events`, {
      headers: { authorization: `Bearer ${queue.tokens.agent}` },
      signal: abort.signal,
    });
    const sse = new SseReader((response.body as ReadableStream<Uint8Array>).getReader());
    await sse.nextChange();
    expect(queue.events.listenerCount('payments')).toBe(1);
    abort.abort();
    await expect.poll(() => queue.events.listenerCount('payments')).toBe(0);
    const created = await queue.call('POST', '/v1/tickets', { body: intakeBody() });
    expect(created.status).toBe(201);
  });

  it('answers HEAD at once instead of holding a stream it can never send (found by the fuzz test)', async () => {
    const response = await fetch(`${queue.url}/v1/events`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${queue.tokens.agent}` },
      signal: AbortSignal.timeout(5_000),
    });
    expect(response.status).toBe(404);
    expect(queue.events.listenerCount('payments')).toBe(0);
  });

  it('closes open streams when the queue shuts down', async () => {
    const { sse } = await connect(queue.tokens.agent);
    await sse.nextChange();
    await queue.app.close();
    await expect(sse.next()).rejects.toThrow(/stream ended|terminated/);
  });
});

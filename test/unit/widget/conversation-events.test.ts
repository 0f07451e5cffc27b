import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationEvents } from '../../../widget/conversation-events.js';
import { retryDelay } from '../../../widget/retry-delay.js';
import { waitFor } from '../../helpers/child-process.js';

/** An events endpoint on 127.0.0.1: each connection is handed to `answer`, with its Authorization header. */
async function eventsServer(answer: (response: ServerResponse, authorization: string | undefined, n: number) => void) {
  let connections = 0;
  const server = createServer((request, response) => answer(response, request.headers.authorization, ++connections));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/widget/events` };
}

describe('ConversationEvents (the widget events stream over fetch)', () => {
  let server: Server | undefined;
  let events: ConversationEvents | undefined;
  afterEach(async () => {
    events?.stop();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends the token in a header, reads cursors, and reconnects after the connection drops', async () => {
    const seen: string[] = [];
    const started = await eventsServer((response, authorization, n) => {
      seen.push(`connection ${n} ${authorization}`);
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(`: ping\n\nevent: conversation\ndata: {"cursor":${n * 10}}\n\n`);
      if (n === 1) setTimeout(() => response.destroy(), 50);
    });
    server = started.server;
    events = new ConversationEvents(
      (signal) => fetch(started.url, { headers: { authorization: 'Bearer vs_test' }, signal }),
      {
        connected: () => seen.push('connected'),
        disconnected: () => seen.push('disconnected'),
        changed: (cursor) => seen.push(`cursor ${cursor}`),
        unauthorized: () => seen.push('unauthorized'),
      },
    );
    events.start();
    await waitFor(async () => seen.includes('cursor 20'), 10_000, 'the second connection');
    expect(seen).toEqual([
      'connection 1 Bearer vs_test',
      'connected',
      'cursor 10',
      'disconnected',
      'connection 2 Bearer vs_test',
      'connected',
      'cursor 20',
    ]);
  });

  it('stops at a 401: the session is gone, the widget starts a new one', async () => {
    const seen: string[] = [];
    const started = await eventsServer((response) => response.writeHead(401).end());
    server = started.server;
    events = new ConversationEvents((signal) => fetch(started.url, { signal }), {
      connected: () => seen.push('connected'),
      disconnected: () => seen.push('disconnected'),
      changed: () => seen.push('changed'),
      unauthorized: () => seen.push('unauthorized'),
    });
    events.start();
    await waitFor(async () => seen.length > 0, 5_000, 'the refusal');
    expect(seen).toEqual(['unauthorized']);
  });
});

describe('retryDelay (the back-off of reconnects and resends)', () => {
  it('doubles from 1 s to at most 30 s, within 20 % either way', () => {
    expect([1, 2, 3, 5, 6, 20].map((failures) => retryDelay(failures, () => 0.5))).toEqual([
      1_000, 2_000, 4_000, 16_000, 30_000, 30_000,
    ]);
    expect(retryDelay(1, () => 0)).toBe(800);
    expect(retryDelay(6, () => 1)).toBe(36_000);
  });
});

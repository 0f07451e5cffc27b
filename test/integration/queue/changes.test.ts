import { describe, expect, it } from 'vitest';
import {
  ChangesResponseSchema,
  type ChangesResponse,
  type TicketWithMessages,
} from '../../../shared/api/queue-contract.js';
import type { PushResponse } from '../../../shared/api/mutations.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply } from './builders.js';

describe('changes feed', () => {
  const queue = testQueueForEachTest();

  const pull = async (query: string): Promise<ChangesResponse> => {
    const response = await queue.call<ChangesResponse>('GET', `/v1/changes?${query}`, { token: queue.tokens.agent });
    expect(response.status).toBe(200);
    return ChangesResponseSchema.parse(response.body);
  };

  it('is empty at the start, with the cursor where the caller was', async () => {
    expect(await pull('since=0')).toEqual({
      tickets: [],
      messages: [],
      cursor: 0,
      hasMore: false,
      lastMutationId: null,
    });
    const beyond = await queue.call<{ error: { code: string; message: string } }>('GET', '/v1/changes?since=42');
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.code).toBe('cursor_out_of_range');
    expect(beyond.body.error.message).toContain('since=0');
  });

  it('merges tickets and messages in seq order and pages with the cursor', async () => {
    const created: TicketWithMessages[] = [];
    for (let i = 0; i < 3; i++)
      created.push((await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() })).body);
    // Each intake is message seq n, ticket seq n+1.
    const all = await pull('since=0');
    expect(all.tickets.map((t) => t.id)).toEqual(created.map((c) => c.ticket.id));
    expect(all.messages.map((m) => m.ticketId)).toEqual(created.map((c) => c.ticket.id));
    expect(all.hasMore).toBe(false);
    expect(all.cursor).toBe(created[2]?.ticket.seq);

    const seen: number[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const page = await pull(`since=${cursor}&limit=4`);
      pages += 1;
      const seqs = [...page.tickets.map((t) => t.seq), ...page.messages.map((m) => m.seq)].sort((a, b) => a - b);
      expect(seqs.length).toBeLessThanOrEqual(4);
      expect(seqs.every((seq) => seq > cursor)).toBe(true);
      seen.push(...seqs);
      if (seqs.length > 0) expect(page.cursor).toBe(seqs.at(-1));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual([...all.tickets.map((t) => t.seq), ...all.messages.map((m) => m.seq)].sort((a, b) => a - b));
    expect(seen).toHaveLength(6);
  });

  it('shows a changed ticket once, at its latest seq, after its new message', async () => {
    const { ticket } = (await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() })).body;
    const start = await pull('since=0');
    await queue.call('POST', '/v1/mutations', {
      token: queue.tokens.agent,
      body: { clientId: 'c1', mutations: [agentReply(1, ticket.id)] },
    });
    const after = await pull(`since=${start.cursor}`);
    expect(after.tickets).toHaveLength(1);
    expect(after.messages).toHaveLength(1);
    const [changed] = after.tickets;
    const [reply] = after.messages;
    expect(changed).toMatchObject({ id: ticket.id, status: 'pending', version: 2 });
    expect(changed?.seq).toBeGreaterThan(reply?.seq ?? Infinity);
    expect(after.cursor).toBe(changed?.seq);
    const full = await pull('since=0');
    expect(full.tickets).toHaveLength(1);
    expect(full.messages).toHaveLength(2);
  });

  it('reports the last mutation id of the given client', async () => {
    const { ticket } = (await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() })).body;
    expect((await pull('since=0&clientId=c1')).lastMutationId).toBe(0);
    const push = await queue.call<PushResponse>('POST', '/v1/mutations', {
      token: queue.tokens.agent,
      body: { clientId: 'c1', mutations: [agentReply(1, ticket.id), agentReply(2, ticket.id)] },
    });
    expect(push.body.lastMutationId).toBe(2);
    expect((await pull('since=0&clientId=c1')).lastMutationId).toBe(2);
    expect((await pull('since=0&clientId=c2')).lastMutationId).toBe(0);
    expect((await pull('since=0')).lastMutationId).toBeNull();
  });

  it('rejects a bad query', async () => {
    for (const query of ['since=-1', 'limit=0', 'limit=abc', 'since=1&extra=1']) {
      const response = await queue.call<{ error: { code: string } }>('GET', `/v1/changes?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { MAX_CSAT_COMMENT_LENGTH, type Ticket } from '../../../shared/domain/ticket.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply } from './builders.js';

describe('customer ratings (POST /v1/tickets/:id/rating)', () => {
  const queue = testQueueForEachTest();
  let ticketId: string;
  beforeEach(async () => {
    ticketId = await postTicket(queue);
  });

  const rate = (body: unknown, token?: string) =>
    queue.call<{ ticket?: Ticket; error?: { code: string; message: string } }>(
      'POST',
      `/v1/tickets/${ticketId}/rating`,
      { body, ...(token ? { token } : {}) },
    );
  const current = async () => (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`)).body.ticket;
  const resolve = async () => {
    const pushed = await queue.call<{ results: Array<{ status: string }> }>('POST', '/v1/mutations', {
      token: queue.tokens.agent,
      body: { clientId: 'console', mutations: [agentReply(1, ticketId, { resolve: true })] },
    });
    expect(pushed.body.results[0]?.status).toBe('applied');
  };

  it('refuses to rate a ticket that is still open, with 409 ticket_not_closed', async () => {
    const response = await rate({ score: 4 });
    expect(response.status).toBe(409);
    expect(response.body.error?.code).toBe('ticket_not_closed');
    expect((await current()).csat).toBeNull();
  });

  it('records the rating of a resolved ticket, bumps version and seq, and sends it through the changes feed', async () => {
    await resolve();
    const before = await current();
    const response = await rate({ score: 4, comment: 'Quick and kind.' });
    expect(response.status).toBe(200);
    expect(response.body.ticket).toMatchObject({
      id: ticketId,
      status: 'resolved',
      csat: { score: 4, comment: 'Quick and kind.' },
      version: before.version + 1,
    });
    expect(response.body.ticket?.seq).toBeGreaterThan(before.seq);
    const feed = await queue.call<ChangesResponse>('GET', `/v1/changes?since=${before.seq}`, {
      token: queue.tokens.agent,
    });
    expect(feed.body.tickets.map((t) => t.csat)).toEqual([response.body.ticket?.csat]);
    expect(await current()).toEqual(response.body.ticket);
  });

  it('validates the rating and stores nothing when it is bad', async () => {
    await resolve();
    const before = await current();
    for (const body of [
      { score: 0 },
      { score: 6 },
      { score: 3.5 },
      { score: '5' },
      {},
      { score: 5, comment: 'x'.repeat(MAX_CSAT_COMMENT_LENGTH + 1) },
      { score: 5, extra: true },
    ]) {
      const response = await rate(body);
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(response.body.error?.code).toBe('validation_failed');
    }
    expect(await current()).toEqual(before);
  });

  it('takes ratings from the channel (admin) role only, and 404s for an unknown ticket', async () => {
    await resolve();
    for (const token of [queue.tokens.agent, queue.tokens.autopilot, queue.tokens.lead])
      expect((await rate({ score: 1 }, token)).status).toBe(403);
    expect((await current()).csat).toBeNull();
    const unknown = await queue.call('POST', '/v1/tickets/tkt_nope/rating', { body: { score: 3 } });
    expect(unknown.status).toBe(404);
  });

  it('is listed in the OpenAPI document with its body schema', async () => {
    const doc = await queue.call<{
      paths: Record<string, Record<string, { 'x-roles': string[]; requestBody?: unknown }>>;
    }>('GET', '/v1/openapi.json');
    const operation = doc.body.paths['/v1/tickets/{id}/rating']?.post;
    expect(operation?.['x-roles']).toEqual(['admin']);
    expect(JSON.stringify(operation?.requestBody)).toContain('"score"');
  });
});

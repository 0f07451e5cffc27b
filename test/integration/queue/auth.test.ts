import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { PushResponse } from '../../../shared/api/mutations.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { intakeBody, type RoleTokens } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

interface ErrorBody {
  error: { code: string; message: string };
}

describe('queue auth and tenant scoping', () => {
  const queue = testQueueForEachTest();
  let other: RoleTokens;
  let ticketId: string;

  beforeEach(async () => {
    other = await queue.addTenant('acme');
    const created = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() });
    ticketId = created.body.ticket.id;
  });

  it('serves /healthz without a token', async () => {
    const response = await queue.call('GET', '/healthz', { token: null });
    expect(response).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('answers 401 without a token, with an unknown token and with a non-bearer scheme', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Bearer sbq_not-a-real-token' },
      { authorization: `Basic ${queue.tokens.admin}` },
    ]) {
      const response = await queue.call<ErrorBody>('GET', '/v1/tickets', { token: null, headers });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('unauthorized');
    }
  });

  it('answers 403 when the role may not use the route', async () => {
    const intake = await queue.call<ErrorBody>('POST', '/v1/tickets', {
      token: queue.tokens.agent,
      body: intakeBody(),
    });
    expect(intake.status).toBe(403);
    expect(intake.body.error.code).toBe('forbidden');
    const reply = await queue.call<ErrorBody>('POST', `/v1/tickets/${ticketId}/messages`, {
      token: queue.tokens.autopilot,
      body: { text: 'hi' },
    });
    expect(reply.status).toBe(403);
    const claim = await queue.call<ErrorBody>('POST', '/v1/claims', {
      token: queue.tokens.lead,
      body: { workerId: 'w1' },
    });
    expect(claim.status).toBe(403);
    const list = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets', { token: queue.tokens.agent });
    expect(list.body.tickets).toHaveLength(1);
  });

  it('lets every role read', async () => {
    for (const token of Object.values(queue.tokens)) {
      const response = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`, { token });
      expect(response.status).toBe(200);
      expect(response.body.ticket.id).toBe(ticketId);
    }
  });

  it("hides another tenant's tickets: 404 on read, reply and renew; absent from lists and feed", async () => {
    const read = await queue.call<ErrorBody>('GET', `/v1/tickets/${ticketId}`, { token: other.agent });
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('not_found');
    const reply = await queue.call<ErrorBody>('POST', `/v1/tickets/${ticketId}/messages`, {
      token: other.admin,
      body: { text: 'sneaky' },
    });
    expect(reply.status).toBe(404);
    const renew = await queue.call('POST', `/v1/claims/${ticketId}/renew`, {
      token: other.autopilot,
      body: { workerId: 'w', leaseMs: 5000 },
    });
    expect(renew.status).toBe(404);

    const list = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets', { token: other.agent });
    expect(list.body.tickets).toEqual([]);
    const feed = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0', { token: other.agent });
    expect(feed.body).toMatchObject({ tickets: [], messages: [], cursor: 0, hasMore: false });
    const claims = await queue.call<{ claims: unknown[] }>('POST', '/v1/claims', {
      token: other.autopilot,
      body: { workerId: 'w' },
    });
    expect(claims.body.claims).toEqual([]);

    const push = await queue.call<PushResponse>('POST', '/v1/mutations', {
      token: other.agent,
      body: {
        clientId: 'c-other',
        mutations: [
          {
            id: 1,
            type: 'note',
            ticketId,
            createdAt: new Date().toISOString(),
            messageId: 'm-x',
            text: 'x',
            agentName: 'Eve',
          },
        ],
      },
    });
    expect(push.body.results[0]).toMatchObject({ id: 1, status: 'rejected' });
    expect(push.body.results[0]?.ticket).toBeUndefined();

    const mine = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`);
    expect(mine.body.messages).toHaveLength(1);
    expect(mine.body.ticket.version).toBe(1);
  });
});

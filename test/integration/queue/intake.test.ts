import { describe, expect, it } from 'vitest';
import { TicketWithMessagesSchema, type TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

describe('ticket intake', () => {
  const queue = testQueueForEachTest();

  it('creates a new ticket with its first customer message', async () => {
    const body = intakeBody({ subject: '  Refund please ', customer: { id: 'cus_9', name: 'Grace' } });
    const response = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body });
    expect(response.status).toBe(201);
    const { ticket, messages } = TicketWithMessagesSchema.parse(response.body);
    expect(ticket).toMatchObject({
      tenantId: 'payments',
      subject: 'Refund please',
      customer: { id: 'cus_9', name: 'Grace', tier: 'standard' },
      channel: 'email',
      status: 'new',
      humanTouched: false,
      version: 1,
      language: null,
      ownerQueue: null,
      aiDraft: null,
    });
    expect(messages).toEqual([
      expect.objectContaining({
        ticketId: ticket.id,
        author: 'customer',
        authorName: 'Grace',
        kind: 'reply',
        text: body.text,
      }),
    ]);
    expect(ticket.seq).toBeGreaterThan(messages[0]?.seq ?? Infinity);

    const read = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticket.id}`, { token: queue.tokens.agent });
    expect(read.body).toEqual({ ticket, messages });
  });

  it('defaults the channel to api', async () => {
    const { channel: _channel, ...body } = intakeBody();
    const response = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body });
    expect(response.body.ticket.channel).toBe('api');
  });

  it('returns the existing ticket for a repeated Idempotency-Key, without a twin', async () => {
    const body = intakeBody();
    const headers = { 'idempotency-key': 'chat-4711' };
    const first = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body, headers });
    const second = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);

    const list = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets');
    expect(list.body.tickets.map((ticket) => ticket.id)).toEqual([first.body.ticket.id]);
  });

  it('scopes idempotency keys by tenant and makes a new ticket without a key', async () => {
    const otherTokens = await queue.addTenant('acme');
    const headers = { 'idempotency-key': 'same-key' };
    const mine = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody(), headers });
    const theirs = await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
      token: otherTokens.admin,
      body: intakeBody(),
      headers,
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.ticket.id).not.toBe(mine.body.ticket.id);
    expect(theirs.body.ticket.tenantId).toBe('acme');

    const body = intakeBody();
    await queue.call('POST', '/v1/tickets', { body });
    await queue.call('POST', '/v1/tickets', { body });
    const list = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets');
    expect(list.body.tickets).toHaveLength(3);
  });

  it('lists tickets by status, newest change first, up to limit', async () => {
    const a = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() });
    const b = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() });
    await queue.call('POST', '/v1/mutations', {
      token: queue.tokens.agent,
      body: {
        clientId: 'c1',
        mutations: [
          {
            id: 1,
            type: 'agent_reply',
            ticketId: a.body.ticket.id,
            createdAt: new Date().toISOString(),
            messageId: 'm1',
            text: 'Done',
            resolve: false,
            agentName: 'Sam',
          },
        ],
      },
    });
    const all = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets');
    expect(all.body.tickets.map((ticket) => ticket.id)).toEqual([a.body.ticket.id, b.body.ticket.id]);
    const fresh = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets?status=new');
    expect(fresh.body.tickets.map((ticket) => ticket.id)).toEqual([b.body.ticket.id]);
    const limited = await queue.call<{ tickets: Ticket[] }>('GET', '/v1/tickets?limit=1');
    expect(limited.body.tickets).toHaveLength(1);
    const bad = await queue.call<{ error: { code: string } }>('GET', '/v1/tickets?status=open');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });
});

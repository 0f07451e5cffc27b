import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { Mutation } from '../../../shared/api/mutations.js';
import type { TicketStatus } from '../../../shared/domain/ticket.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply, aiDecision, escalateDecision, resolveDecision } from './builders.js';

describe('customer replies', () => {
  const queue = testQueueForEachTest();
  let ticketId: string;
  let mutationId: number;

  beforeEach(async () => {
    ticketId = await postTicket(queue);
    mutationId = 0;
  });

  const reply = async (text = 'It still does not work.'): Promise<TicketWithMessages> => {
    const response = await queue.call<TicketWithMessages>('POST', `/v1/tickets/${ticketId}/messages`, {
      body: { text },
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  const pushAs = async (token: string, clientId: string, mutation: (id: number) => Mutation): Promise<void> => {
    mutationId += 1;
    const response = await queue.call<{ results: { status: string }[] }>('POST', '/v1/mutations', {
      token,
      body: { clientId, mutations: [mutation(mutationId)] },
    });
    expect(response.body.results[0]?.status).toBe('applied');
  };
  const aiDecides = async (decision = resolveDecision): Promise<void> => {
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot' } });
    await pushAs(queue.tokens.autopilot, 'bot', (id) => aiDecision(id, ticketId, decision));
  };
  const statusAfterReply = async (): Promise<TicketStatus> => (await reply()).ticket.status;

  it('appends the message as the customer and bumps version and seq', async () => {
    const before = (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`)).body;
    const after = await reply('Hello again');
    expect(after.messages).toHaveLength(2);
    expect(after.messages[1]).toMatchObject({
      author: 'customer',
      authorName: 'Ada Lovelace',
      kind: 'reply',
      text: 'Hello again',
    });
    expect(after.ticket.version).toBe(before.ticket.version + 1);
    expect(after.ticket.seq).toBeGreaterThan(after.messages[1]?.seq ?? Infinity);
  });

  it('keeps new and escalated tickets where they are', async () => {
    expect(await statusAfterReply()).toBe('new');
    await aiDecides(escalateDecision);
    expect(await statusAfterReply()).toBe('escalated');
  });

  it('gives an AI-resolved ticket back to the AI', async () => {
    await aiDecides();
    expect(await statusAfterReply()).toBe('new');
  });

  it('sends pending and resolved tickets back to a human', async () => {
    await pushAs(queue.tokens.agent, 'console', (id) => agentReply(id, ticketId));
    expect(await statusAfterReply()).toBe('escalated');
    await pushAs(queue.tokens.agent, 'console', (id) => agentReply(id, ticketId, { resolve: true }));
    expect(await statusAfterReply()).toBe('escalated');
  });

  it('404s for an unknown ticket and rejects an empty reply', async () => {
    const unknown = await queue.call('POST', '/v1/tickets/tkt_unknown/messages', { body: { text: 'hi' } });
    expect(unknown.status).toBe(404);
    const empty = await queue.call<{ error: { code: string } }>('POST', `/v1/tickets/${ticketId}/messages`, {
      body: { text: '   ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('validation_failed');
    expect((await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`)).body.messages).toHaveLength(1);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { PushResponseSchema, type Mutation, type PushResponse } from '../../../shared/api/mutations.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply, aiDecision, escalateDecision, note, resolveDecision } from './builders.js';

describe('pushing mutations', () => {
  const queue = testQueueForEachTest();
  let ticketId: string;
  beforeEach(async () => {
    ticketId = await postTicket(queue);
  });

  const push = async (clientId: string, mutations: Mutation[], token = queue.tokens.agent): Promise<PushResponse> => {
    const response = await queue.call<PushResponse>('POST', '/v1/mutations', { token, body: { clientId, mutations } });
    expect(response.status).toBe(200);
    return PushResponseSchema.parse(response.body);
  };
  const read = async (id = ticketId): Promise<TicketWithMessages> =>
    (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
  const claim = async (workerId: string, leaseMs = 30_000): Promise<ClaimResponse> =>
    (
      await queue.call<ClaimResponse>('POST', '/v1/claims', {
        token: queue.tokens.autopilot,
        body: { workerId, leaseMs },
      })
    ).body;

  /** The queue's ticket has (at least) these fields, and its last message these. */
  const expectTicketNow = async (ticket: Record<string, unknown>, lastMessage: Record<string, unknown>) => {
    const state = await read();
    expect(state.ticket).toMatchObject(ticket);
    expect(state.messages.at(-1)).toMatchObject(lastMessage);
  };
  /** Autopilot bot-1 claims the ticket and pushes its decision, which the queue applies; the ticket then. */
  const decidedByBot = async (decision: AiDecision): Promise<TicketWithMessages> => {
    await claim('bot-1');
    const result = await push('bot-1', [aiDecision(1, ticketId, decision)], queue.tokens.autopilot);
    expect(result.results[0]?.status).toBe('applied');
    return read();
  };

  it('applies a batch once: the same batch again is all duplicates and adds no message', async () => {
    const batch = [agentReply(1, ticketId), note(2, ticketId)];
    const first = await push('console-a', batch);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(first.lastMutationId).toBe(2);
    const again = await push('console-a', batch);
    expect(again.results).toEqual([
      { id: 1, status: 'duplicate' },
      { id: 2, status: 'duplicate' },
    ]);
    expect(again.lastMutationId).toBe(2);
    const { ticket, messages } = await read();
    expect(messages).toHaveLength(3);
    expect(ticket.version).toBe(3);
  });

  it('keeps mutation ids per client', async () => {
    await push('console-a', [note(1, ticketId)]);
    const other = await push('console-b', [note(1, ticketId, { messageId: 'note-from-b' })]);
    expect(other.results[0]?.status).toBe('applied');
    expect((await read()).messages).toHaveLength(3);
  });

  it('agent_reply appends an agent reply, marks the ticket human-touched and pending or resolved', async () => {
    const result = await push('c', [agentReply(1, ticketId, { messageId: 'msg-sam-1', text: 'Refunded.' })]);
    expect(result.results[0]).toMatchObject({
      id: 1,
      status: 'applied',
      ticket: { id: ticketId, status: 'pending', humanTouched: true, version: 2 },
    });
    await expectTicketNow(
      { status: 'pending', humanTouched: true, version: 2 },
      { id: 'msg-sam-1', author: 'agent', authorName: 'payments agent', kind: 'reply', text: 'Refunded.' },
    );

    await push('c', [agentReply(2, ticketId, { resolve: true })]);
    expect((await read()).ticket).toMatchObject({ status: 'resolved', version: 3 });
  });

  it('treats a reply whose message id exists as a duplicate', async () => {
    await push('c1', [agentReply(1, ticketId, { messageId: 'shared-id' })]);
    const second = await push('c2', [agentReply(1, ticketId, { messageId: 'shared-id', resolve: true })]);
    expect(second.results[0]).toEqual({ id: 1, status: 'duplicate' });
    expect(second.lastMutationId).toBe(1);
    const state = await read();
    expect(state.messages).toHaveLength(2);
    expect(state.ticket.status).toBe('pending');
  });

  it('note appends an internal note without changing the status', async () => {
    await push('c', [note(1, ticketId, { messageId: 'n1', text: 'Customer is a VIP.' })]);
    await expectTicketNow(
      { status: 'new', humanTouched: false, version: 2 },
      { id: 'n1', author: 'agent', kind: 'note', text: 'Customer is a VIP.' },
    );
  });

  it('rejects a mutation on an unknown ticket but counts it as processed', async () => {
    const result = await push('c', [agentReply(1, 'tkt_missing'), note(2, ticketId)]);
    expect(result.results[0]).toMatchObject({ id: 1, status: 'rejected' });
    expect(result.results[0]?.error).toMatch(/does not exist/);
    expect(result.results[1]?.status).toBe('applied');
    expect((await push('c', [agentReply(1, 'tkt_missing')])).results[0]?.status).toBe('duplicate');
  });

  it('rejects mutations the role may not push, and applies the rest of the batch', async () => {
    await claim('agent-console');
    const asAgent = await push('agent-console', [aiDecision(1, ticketId), note(2, ticketId)], queue.tokens.agent);
    expect(asAgent.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
    expect(asAgent.results[0]?.error).toMatch(/agent token may not push ai_decision/);
    const asAutopilot = await push('bot', [agentReply(1, ticketId)], queue.tokens.autopilot);
    expect(asAutopilot.results[0]?.status).toBe('rejected');
    const state = await read();
    expect(state.ticket.status).toBe('new');
    expect(state.messages.map((m) => m.kind)).toEqual(['reply', 'note']);
  });

  it('ai_decision resolve: AI reply, ai_resolved, understanding recorded, claim cleared', async () => {
    const { ticket, messages } = await decidedByBot(resolveDecision);
    expect(ticket).toMatchObject({
      status: 'ai_resolved',
      language: 'en',
      intent: 'card_declined',
      confidence: 0.93,
      summary: 'Card declined at checkout.',
      aiDraft: null,
      escalation: null,
      ownerQueue: null,
      humanTouched: false,
      version: 2,
    });
    expect(messages.at(-1)).toMatchObject({
      id: `ai-1-${ticketId}`,
      author: 'ai',
      kind: 'reply',
      text: resolveDecision.action === 'resolve' ? resolveDecision.reply : '',
    });
    // The claim is gone: a second decision from the same worker conflicts (no longer new, no claim).
    const again = await push('bot-1', [aiDecision(2, ticketId, escalateDecision)], queue.tokens.autopilot);
    expect(again.results[0]).toMatchObject({ status: 'conflict', ticket: { status: 'ai_resolved' } });
  });

  it('ai_decision escalate: owner queue, reason and draft, no message', async () => {
    const { ticket, messages } = await decidedByBot(escalateDecision);
    expect(ticket).toMatchObject({
      status: 'escalated',
      ownerQueue: 'disputes',
      escalation: escalateDecision.action === 'escalate' ? escalateDecision.escalation : null,
      aiDraft: 'Hallo, wir prüfen den Fall.',
      language: 'de',
      intent: 'chargeback',
      confidence: 0.41,
      summary: 'Customer disputes a charge.',
    });
    expect(messages).toHaveLength(1);
    const reclaim = await claim('bot-2');
    expect(reclaim.claims).toEqual([]);
  });

  it('ai_decision without a claim is a conflict carrying the current ticket', async () => {
    const result = await push('bot-1', [aiDecision(1, ticketId)], queue.tokens.autopilot);
    expect(result.results[0]).toMatchObject({
      id: 1,
      status: 'conflict',
      ticket: { id: ticketId, status: 'new', version: 1 },
    });
    expect(result.lastMutationId).toBe(1);
    expect((await read()).messages).toHaveLength(1);
  });

  it('ai_decision from a client that is not the claim holder is a conflict', async () => {
    await claim('bot-1');
    const result = await push('bot-2', [aiDecision(1, ticketId)], queue.tokens.autopilot);
    expect(result.results[0]?.status).toBe('conflict');
    expect((await read()).ticket.status).toBe('new');
  });

  it('ai_decision after the lease expired is a conflict', async () => {
    await claim('bot-1', 5_000);
    queue.clock.advance(5_001);
    const result = await push('bot-1', [aiDecision(1, ticketId)], queue.tokens.autopilot);
    expect(result.results[0]).toMatchObject({ status: 'conflict', ticket: { status: 'new' } });
    expect((await read()).messages).toHaveLength(1);
  });

  it('ai_decision on a ticket a human has answered is a conflict, and a resolve there is rejected', async () => {
    await push('agent', [agentReply(1, ticketId)]);
    const escalate = await push('bot-1', [aiDecision(1, ticketId, escalateDecision)], queue.tokens.autopilot);
    expect(escalate.results[0]?.status).toBe('conflict');
    const resolve = await push('bot-1', [aiDecision(2, ticketId, resolveDecision)], queue.tokens.autopilot);
    expect(resolve.results[0]).toMatchObject({
      status: 'rejected',
      error: 'The AI only drafts on human-owned tickets.',
    });
    expect((await read()).ticket.status).toBe('pending');
  });

  it('lets an admin push any mutation type', async () => {
    await queue.call('POST', '/v1/claims', { body: { workerId: 'admin-bot' } });
    const result = await push(
      'admin-bot',
      [aiDecision(1, ticketId, escalateDecision), agentReply(2, ticketId, { resolve: true })],
      queue.tokens.admin,
    );
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await read()).ticket).toMatchObject({ status: 'resolved', humanTouched: true, version: 3 });
  });

  it('applies the batch in order within one request', async () => {
    const result = await push('c', [
      note(1, ticketId),
      agentReply(2, ticketId),
      agentReply(3, ticketId, { resolve: true }),
    ]);
    expect(result.results.map((r) => r.ticket?.version)).toEqual([2, 3, 4]);
    expect(result.results[2]?.ticket?.status).toBe('resolved');
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { WidgetConversation } from '../../../shared/api/widget-contract.js';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla/inbox-policy.js';
import type { MergeRecord } from '../../../shared/api/merge-contract.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply, aiDecision, escalateDecision, note } from '../queue/builders.js';
import { queueEngines } from '../queue/engines.js';
import { newVisitor, sendMessage, visitorCall, WIDGET_QUEUE, withWidget } from './widget-visitor.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

describe.each(engines)('chat widget conversation ($name)', (engine) => {
  const queue = testQueueForEachTest(() => engine.start());

  it("a visitor's message becomes a chat ticket in the widget's queue; the AI's answer shows and turns sent", async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    expect(visitor.customerId).toMatch(/^visitor_/);
    expect(visitor.conversation).toMatchObject({ state: 'empty', ticketId: null, messages: [] });

    const sent = await sendMessage(queue, visitor.sessionToken, 'My card was declined at checkout', 'c-1');
    expect(sent.status).toBe(201);
    expect(sent.body.state).toBe('ai_typing');
    expect(sent.body.messages).toMatchObject([{ author: 'customer', clientMessageId: 'c-1' }]);
    const ticketId = sent.body.ticketId as string;
    const stored = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`);
    expect(stored.body.ticket).toMatchObject({
      channel: 'chat',
      ownerQueue: WIDGET_QUEUE,
      status: 'new',
      language: 'pt',
    });
    expect(stored.body.ticket.customer).toMatchObject({ id: visitor.customerId, name: 'Website visitor' });

    const again = await sendMessage(queue, visitor.sessionToken, 'My card was declined at checkout', 'c-1');
    expect(again.status).toBe(200);
    expect(again.body.messages).toHaveLength(1);

    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 5 } });
    await queue.push('bot', [aiDecision(1, ticketId)], queue.tokens.autopilot);
    const queued = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`);
    expect(queued.body.messages.at(-1)?.delivery).toMatchObject({ state: 'queued', to: visitor.customerId });

    const seen = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(seen.body.state).toBe('ai_answered');
    expect(seen.body.messages.map((message) => message.author)).toEqual(['customer', 'ai']);
    const delivered = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`);
    expect(delivered.body.messages.at(-1)?.delivery).toMatchObject({ state: 'sent', attempts: 1 });
    expect(delivered.body.ticket.seq).toBeGreaterThan(queued.body.ticket.seq);
    expect(seen.body.cursor).toBe(delivered.body.ticket.seq);
  });

  it('a handed-over conversation shows the agent reply but never notes or drafts; rating waits for resolution', async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    const sent = await sendMessage(queue, visitor.sessionToken, 'I want to talk to a person', 'c-1');
    const ticketId = sent.body.ticketId as string;
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 5 } });
    const handover = { ...escalateDecision, ownerQueue: WIDGET_QUEUE, draft: 'SECRET DRAFT' };
    await queue.push('bot', [aiDecision(1, ticketId, handover)], queue.tokens.autopilot);
    await queue.push('console', [note(1, ticketId, { text: 'SECRET NOTE' })], queue.tokens.agent);

    const waiting = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(waiting.body.state).toBe('with_person');
    expect(waiting.body.handoff).toEqual({ openNow: null, opensAt: null, firstReplyMinutes: null });
    // The owner queue's own SLA policy (round the clock here) gives the first-reply target.
    const saved = await queue.store.saveSetting({
      tenantId: queue.tenantId,
      kind: 'sla_policy',
      id: WIDGET_QUEUE,
      baseVersion: 0,
      value: { ...DEFAULT_SLA_POLICY, queueId: WIDGET_QUEUE },
      savedBy: 'test admin',
      savedAt: new Date().toISOString(),
    });
    expect(saved.status).toBe('stored');
    const known = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(known.body.handoff).toEqual({ openNow: null, opensAt: null, firstReplyMinutes: 480 });
    const early = await visitorCall(queue, 'POST', '/v1/widget/rating', {
      session: visitor.sessionToken,
      body: { score: 5 },
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'ticket_not_closed' } });

    await queue.push(
      'console',
      [agentReply(2, ticketId, { resolve: true, text: 'Done: refunded.' })],
      queue.tokens.agent,
    );
    const resolved = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(resolved.body.state).toBe('resolved');
    expect(resolved.body.messages.map((message) => [message.author, message.authorName])).toEqual([
      ['customer', null],
      // The queue names the pushing caller (its agent token's name), whatever name the console sent.
      ['agent', `${queue.tenantId} agent`],
    ]);
    expect(JSON.stringify(resolved.body)).not.toMatch(/SECRET|intent|confidence/);

    const rated = await visitorCall<WidgetConversation>(queue, 'POST', '/v1/widget/rating', {
      session: visitor.sessionToken,
      body: { score: 4, comment: 'Quick and kind' },
    });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toMatchObject({ score: 4, comment: 'Quick and kind' });
    const ticket = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`);
    expect(ticket.body.ticket.csat).toMatchObject({ score: 4 });
  });

  it("a chat ticket merged into the same customer's other ticket tells the visitor where it continues; their next message lands there", async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    const sent = await sendMessage(queue, visitor.sessionToken, 'My card was declined at checkout', 'c-1');
    const chatTicket = sent.body.ticketId as string;
    const other = await postTicket(queue, {
      subject: 'Refund still missing',
      text: 'My refund is late.',
      customer: { id: visitor.customerId, name: 'Website visitor', tier: 'standard' },
    });

    const merged = await queue.call<MergeRecord>('POST', `/v1/tickets/${chatTicket}/merge`, {
      token: queue.tokens.agent,
      body: { into: other },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.customerToldBy).toBe('chat');
    // The conversation now shows the joined thread, with the notice in the visitor's language (pt-BR: Portuguese).
    const seen = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: visitor.sessionToken });
    expect(seen.body.ticketId).toBe(other);
    expect(seen.body.messages.map((message) => message.text)).toEqual(
      expect.arrayContaining(['My card was declined at checkout', 'My refund is late.']),
    );
    const notice = seen.body.messages.at(-1);
    expect(notice).toMatchObject({ author: 'agent' });
    expect(notice?.text).toMatch(/^Juntámos os seus pedidos numa só conversa, «Refund still missing»/);
    expect(notice?.text).toContain(`[#${other}]`);

    await sendMessage(queue, visitor.sessionToken, 'Any news on both?', 'c-2');
    const target = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${other}`);
    expect(target.body.messages.map((message) => message.text)).toEqual(
      expect.arrayContaining(['My card was declined at checkout', 'My refund is late.', 'Any news on both?']),
    );
    const source = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${chatTicket}`);
    expect(source.body.ticket).toMatchObject({ status: 'resolved', mergedInto: other });
    expect(source.body.messages.map((message) => message.text)).not.toContain('Any news on both?');
  });
});

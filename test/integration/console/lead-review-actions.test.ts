import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../../shared/api/console-dispatch.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { reopenNotice } from '../../../shared/domain/reopen-notice.js';
import { startDemoQueue, type DemoQueue } from '../../helpers/demo-queue.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';

/** The console methods a lead uses on AI-resolved tickets: queued in the outbox, shown at once, pushed by sync. */
describe('console: reviewTicket and reopenTicket', () => {
  let queue: DemoQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startDemoQueue()));

  const openConsole = (name: string, role: 'agent' | 'lead') =>
    consoles.open(`${name}.sqlite`, {
      token: queue.tokens.tokens[role],
      agentName: name,
      newClientId: () => `console-${name}`,
    });

  /** A ticket the AI answered in Spanish and closed. */
  async function aiResolvedTicket(n: number): Promise<string> {
    const posted = await queue.admin<TicketWithMessages>('POST', '/tickets', {
      subject: 'Tarjeta',
      text: '¿Cuándo llega mi tarjeta?',
      customer: { id: `cus_${n}`, name: 'Lucía', tier: 'standard' },
    });
    await queue.admin('POST', '/claims', { workerId: 'bot', limit: 1 });
    const decision = {
      action: 'resolve',
      language: 'es',
      intent: 'card_arrival',
      confidence: 0.99,
      reply: 'Llega en 5 días.',
      summary: null,
      engine: 'builtin',
      latencyMs: 3,
    };
    const pushed = await queue.admin<{ results: { status: string }[] }>('POST', '/mutations', {
      clientId: 'bot',
      mutations: [
        {
          id: n,
          type: 'ai_decision',
          ticketId: posted.ticket.id,
          createdAt: new Date().toISOString(),
          messageId: `ai-${n}`,
          decision,
        },
      ],
    });
    expect(pushed.results[0]?.status).toBe('applied');
    return posted.ticket.id;
  }

  it('a lead flags one ticket and reopens another: shown at once, then the queue has both and the agent sees the reopened one in the inbox', async () => {
    const flaggedId = await aiResolvedTicket(1);
    const reopenedId = await aiResolvedTicket(2);
    const lead = openConsole('Demo lead', 'lead');
    const agent = openConsole('Sam', 'agent');
    await lead.sync.syncNow();

    const flagged = await dispatchConsoleCall(lead.service, 'reviewTicket', {
      ticketId: flaggedId,
      verdict: 'flag',
      reason: 'Delivery time is wrong for Spain.',
    });
    expect(flagged).toMatchObject({
      ok: true,
      value: { ticket: { review: { verdict: 'flag', reason: 'Delivery time is wrong for Spain.', by: 'Demo lead' } } },
    });
    const reopened = await dispatchConsoleCall(lead.service, 'reopenTicket', {
      ticketId: reopenedId,
      reason: 'Customer asked about a lost card.',
    });
    expect(reopened).toMatchObject({
      ok: true,
      value: { ticket: { status: 'escalated', ownerQueue: 'general', escalation: { code: 'reopened' } } },
    });
    if (!reopened.ok) throw new Error('reopen failed');
    const local = reopened.value as { messages: { text: string; pending: boolean }[] };
    expect(local.messages.at(-1)).toMatchObject({ text: reopenNotice('es'), pending: true });
    expect(lead.outbox.count()).toBe(2);

    await lead.sync.syncNow();
    expect(lead.outbox.count()).toBe(0);
    const inQueue = await queue.admin<TicketWithMessages>('GET', `/tickets/${reopenedId}`);
    expect(inQueue.ticket).toMatchObject({ status: 'escalated', humanTouched: true, ownerQueue: 'general' });
    expect(inQueue.messages.at(-1)).toMatchObject({
      author: 'agent',
      authorName: 'Demo lead',
      kind: 'reply',
      text: reopenNotice('es'),
    });
    expect((await queue.admin<TicketWithMessages>('GET', `/tickets/${flaggedId}`)).ticket.review).toMatchObject({
      verdict: 'flag',
      by: 'Demo lead',
    });

    await agent.sync.syncNow();
    const inbox = await agent.service.listInbox({});
    expect(inbox.ok && inbox.value.map((t) => t.id)).toEqual([reopenedId]);
    const seenByLead = await lead.service.getTicket({ ticketId: reopenedId });
    expect(seenByLead.ok && seenByLead.value.messages.some((m) => m.pending)).toBe(false);
  });

  it("an agent's review is refused by the queue: the ticket shows the queue's state and the refused verdict is kept as not sent", async () => {
    const id = await aiResolvedTicket(3);
    const agent = openConsole('Sam', 'agent');
    await agent.sync.syncNow();
    const tried = await agent.service.reviewTicket({ ticketId: id, verdict: 'flag', reason: 'Looks wrong to me.' });
    expect(tried.ok).toBe(true);
    await agent.sync.syncNow();
    expect(agent.outbox.count()).toBe(0);
    const view = await agent.service.getTicket({ ticketId: id });
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.ticket.review).toBeNull();
    expect(view.value.unsent).toMatchObject([{ kind: 'review', reason: 'rejected', text: 'Looks wrong to me.' }]);
    expect(view.value.unsent?.[0]?.detail).toMatch(/agent token may not push review mutations/);
    expect((await queue.admin<TicketWithMessages>('GET', `/tickets/${id}`)).ticket.review).toBeNull();
  });

  it('getTicketHistory: from the queue online; offline the copy fetched earlier, else a clear needs-the-network error', async () => {
    const seen = await aiResolvedTicket(5);
    const unseen = await aiResolvedTicket(6);
    const lead = openConsole('Demo lead', 'lead');
    await lead.sync.syncNow();
    await lead.service.reopenTicket({ ticketId: seen, reason: 'Customer asked twice.' });
    await lead.sync.syncNow();

    const online = await dispatchConsoleCall(lead.service, 'getTicketHistory', { ticketId: seen });
    if (!online.ok) throw new Error(online.error.message);
    const history = online.value as {
      fromCache: boolean;
      events: { action: string; actor: { name: string }; inputs: Record<string, unknown>; reason: string | null }[];
    };
    expect(history.fromCache).toBe(false);
    expect(history.events.map((e) => e.action)).toEqual(['ticket_intake', 'ai_decision', 'reopen']);
    // The actor is the lead's token (bound to the demo tenant's Demo lead): the queue names the caller, not the console.
    expect(history.events[2]).toMatchObject({
      actor: { name: 'Demo lead', role: 'lead' },
      reason: 'Customer asked twice.',
    });

    await queue.stop();
    const offline = await lead.service.getTicketHistory({ ticketId: seen });
    expect(offline).toMatchObject({ ok: true, value: { fromCache: true, events: history.events } });
    const never = await lead.service.getTicketHistory({ ticketId: unseen });
    expect(never).toMatchObject({ ok: false, error: { code: 'needs_network' } });
    expect(never.ok === false && never.error.message).toMatch(/cannot be reached/);
    await queue.start();
  });

  it('refuses bad input before anything is queued: a flag without a reason, a reopen of an open ticket', async () => {
    const id = await aiResolvedTicket(4);
    const lead = openConsole('Demo lead', 'lead');
    await lead.sync.syncNow();
    const noReason = await dispatchConsoleCall(lead.service, 'reviewTicket', { ticketId: id, verdict: 'flag' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(noReason.ok === false && noReason.error.message).toMatch(/flag needs a reason/);
    await lead.service.reopenTicket({ ticketId: id, reason: 'Wrong answer.' });
    const twice = await lead.service.reopenTicket({ ticketId: id, reason: 'Again.' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(lead.outbox.count()).toBe(1);
  });
});

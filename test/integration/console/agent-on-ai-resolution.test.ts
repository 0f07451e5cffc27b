import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { postTicket } from '../../helpers/test-queue-hooks.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';
import { aiDecision, resolveDecision } from '../queue/builders.js';

/**
 * Issue 21, finding 4: only leads take a ticket out of the AI's resolution. An agent's console does not
 * offer it (answering or reopening an AI-resolved ticket is refused with the reason, before anything is
 * queued), a note is still fine, and a console that does not know its role yet shows the queue's refusal
 * where the agent sees it (the unsent changes of the ticket).
 */
describe("an agent's console on an AI-resolved ticket", () => {
  let queue: TestQueue;
  let ticketId: string;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));

  beforeEach(async () => {
    ticketId = await postTicket(queue);
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
    const decided = await queue.push('bot', [aiDecision(1, ticketId, resolveDecision)], queue.tokens.autopilot);
    expect(decided.results[0]?.status).toBe('applied');
  });

  const openConsole = (name: string, token: string) =>
    consoles.open(`${name}.sqlite`, {
      token,
      agentName: name,
    });

  const atQueue = async (): Promise<TicketWithMessages> =>
    (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`)).body;

  it('refuses an answer or a reopen with the reason and queues nothing; a note goes out; a lead may reopen', async () => {
    const agent = openConsole('sam', queue.tokens.agent);
    expect((await agent.sync.syncNow()).ok).toBe(true);
    await agent.identity.refresh();
    expect(agent.identity.role()).toBe('agent');

    for (const refused of [
      await agent.service.sendReply({ ticketId, text: 'Let me fix that.', resolve: true }),
      await agent.service.sendReply({ ticketId, text: 'Let me fix that.', resolve: false }),
      await agent.service.reopenTicket({ ticketId, reason: 'Wrong answer.' }),
    ]) {
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'not_allowed', message: expect.stringMatching(/AI resolved.*team lead/) },
      });
    }
    expect(agent.outbox.count()).toBe(0);
    expect((await agent.service.addNote({ ticketId, text: 'The AI answer looks wrong to me.' })).ok).toBe(true);
    expect((await agent.sync.syncNow()).ok).toBe(true);
    const noted = await atQueue();
    expect(noted.ticket.status).toBe('ai_resolved');
    expect(noted.messages.at(-1)).toMatchObject({ kind: 'note', text: 'The AI answer looks wrong to me.' });

    const lead = openConsole('lee', queue.tokens.lead);
    expect((await lead.sync.syncNow()).ok).toBe(true);
    await lead.identity.refresh();
    expect((await lead.service.reopenTicket({ ticketId, reason: 'Wrong answer.' })).ok).toBe(true);
    expect((await lead.sync.syncNow()).ok).toBe(true);
    expect((await atQueue()).ticket.status).toBe('escalated');
  });

  it('before it knows its role, the queue refuses the answer and the console shows that refusal on the ticket', async () => {
    // Never online yet, so its role is unknown; the ticket is in its cache (as a rebuilt cache would have it).
    const agent = openConsole('sam', queue.tokens.agent);
    agent.cache.putTicket((await atQueue()).ticket);
    expect(agent.identity.role()).toBeNull();
    expect((await agent.service.sendReply({ ticketId, text: 'Resolved for you.', resolve: true })).ok).toBe(true);
    expect((await agent.sync.syncNow()).ok).toBe(true);
    expect(agent.outbox.count()).toBe(0);
    const detail = await agent.service.getTicket({ ticketId });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.ticket.status).toBe('ai_resolved');
    expect(detail.value.unsent).toEqual([
      expect.objectContaining({
        kind: 'reply',
        text: 'Resolved for you.',
        reason: 'rejected',
        detail: expect.stringMatching(/may not move a ticket the AI resolved/),
      }),
    ]);
    expect((await atQueue()).ticket.status).toBe('ai_resolved');
  });
});

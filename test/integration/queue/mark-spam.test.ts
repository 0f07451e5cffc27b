import { afterAll, describe, expect, it } from 'vitest';
import type { MarkSpamMutation } from '../../../shared/api/mutations.js';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { TicketHistorySchema } from '../../../shared/api/ticket-history.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { aiDecision, escalateDecision, resolveDecision } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** An agent's "mark as spam" on the ticket, as a console sends it. */
const markSpam = (id: number, ticketId: string): MarkSpamMutation => ({
  id,
  type: 'mark_spam',
  ticketId,
  createdAt: new Date().toISOString(),
  messageId: `spam-${id}-${ticketId}`,
  agentName: 'Sam Agent',
});

for (const engine of engines) {
  describe(`mark as spam, with no queue code of its own (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());

    const read = async (id: string): Promise<TicketWithMessages> =>
      (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
    /** A ticket an autopilot claimed and decided. */
    const decided = async (decision: AiDecision): Promise<string> => {
      const id = await postTicket(queue);
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot-1', limit: 1 } });
      const result = await queue.push('bot-1', [aiDecision(1, id, decision)], queue.tokens.autopilot);
      expect(result.results[0]?.status).toBe('applied');
      return id;
    };

    it('an agent marks an escalated ticket as spam: resolved with an internal note, in the feed and the audit', async () => {
      const id = await decided(escalateDecision);
      const before = (await read(id)).ticket;
      const result = await queue.push('sam', [markSpam(1, id)], queue.tokens.agent);
      expect(result.results[0]).toMatchObject({
        status: 'applied',
        ticket: { status: 'resolved', humanTouched: true },
      });

      const { ticket, messages } = await read(id);
      expect(ticket).toMatchObject({ status: 'resolved', version: before.version + 1 });
      expect(messages.at(-1)).toMatchObject({
        id: `spam-1-${id}`,
        author: 'agent',
        authorName: 'payments agent',
        kind: 'note',
        text: 'Marked as spam.',
      });
      const feed = (await queue.call<ChangesResponse>('GET', `/v1/changes?since=${before.seq}`)).body;
      expect(feed.tickets.find((t) => t.id === id)?.status).toBe('resolved');
      expect(feed.messages.filter((m) => m.ticketId === id).map((m) => m.text)).toContain('Marked as spam.');

      const history = TicketHistorySchema.parse((await queue.call('GET', `/v1/tickets/${id}/history`)).body);
      expect(history.events.at(-1)).toMatchObject({ action: 'mark_spam', actor: { role: 'agent' } });
    });

    it('refuses it on an AI-resolved ticket and on a new one, saying why; neither ticket changes', async () => {
      const resolved = await decided(resolveDecision);
      const fresh = await postTicket(queue);
      const result = await queue.push('sam', [markSpam(1, resolved), markSpam(2, fresh)], queue.tokens.agent);
      expect(result.results.map(({ status, error }) => ({ status, error }))).toEqual([
        {
          status: 'rejected',
          error: 'The AI resolved this ticket; a team lead can reopen it after review, and then mark it as spam.',
        },
        {
          status: 'rejected',
          error: 'A new ticket is with the AI; it can be marked as spam once the AI hands it to a person.',
        },
      ]);
      expect((await read(resolved)).ticket.status).toBe('ai_resolved');
      expect((await read(fresh)).ticket.status).toBe('new');
      expect((await read(resolved)).messages.map((m) => m.text)).not.toContain('Marked as spam.');
      const history = TicketHistorySchema.parse((await queue.call('GET', `/v1/tickets/${resolved}/history`)).body);
      expect(history.events.at(-1)).toMatchObject({ action: 'mark_spam', inputs: { outcome: 'rejected' } });
    });
  });
}

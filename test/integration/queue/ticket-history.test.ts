import { afterAll, describe, expect, it } from 'vitest';
import { TicketHistorySchema, wasRefused } from '../../../shared/api/ticket-history.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { aiDecision, resolveDecision } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

for (const engine of engines) {
  describe(`GET /v1/tickets/:id/history (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());

    it('serves the audit trail of one ticket to every role of its tenant, oldest first, with actors and reasons', async () => {
      const id = await postTicket(queue);
      const other = await postTicket(queue);
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot-1', limit: 1 } });
      await queue.call('POST', '/v1/mutations', {
        token: queue.tokens.autopilot,
        body: { clientId: 'bot-1', mutations: [aiDecision(1, id, resolveDecision)] },
      });
      const now = new Date().toISOString();
      await queue.call('POST', '/v1/mutations', {
        token: queue.tokens.agent,
        body: {
          clientId: 'sam',
          mutations: [{ id: 1, type: 'review', ticketId: id, createdAt: now, verdict: 'approve', reviewerName: 'Sam' }],
        },
      });
      await queue.call('POST', '/v1/mutations', {
        token: queue.tokens.lead,
        body: {
          clientId: 'lee',
          mutations: [
            {
              id: 1,
              type: 'review',
              ticketId: id,
              createdAt: now,
              verdict: 'flag',
              reason: 'Wrong fee quoted.',
              reviewerName: 'Lee',
            },
            {
              id: 2,
              type: 'reopen',
              ticketId: id,
              createdAt: now,
              messageId: 'reopen-x',
              reason: 'Needs a refund.',
              agentName: 'Lee',
              ownerQueue: 'general',
            },
          ],
        },
      });

      for (const token of [queue.tokens.agent, queue.tokens.lead, queue.tokens.autopilot, queue.tokens.admin]) {
        const response = await queue.call('GET', `/v1/tickets/${id}/history`, { token });
        expect(response.status).toBe(200);
        const history = TicketHistorySchema.parse(response.body);
        expect(history.ticketId).toBe(id);
        expect(history.events.map((e) => [e.action, e.actor.name, e.actor.role])).toEqual([
          ['ticket_intake', 'payments admin', 'admin'],
          ['ai_decision', 'payments autopilot', 'autopilot'],
          // The tokens' names: what the consoles said (Sam, Lee) is kept nowhere.
          ['review', 'payments agent', 'agent'],
          ['review', 'payments lead', 'lead'],
          ['reopen', 'payments lead', 'lead'],
        ]);
        expect(JSON.stringify(history.events.slice(2))).not.toMatch(/"(Sam|Lee)"/);
        expect(history.events.map((e) => wasRefused(e))).toEqual([false, false, true, false, false]);
        expect(history.events[2]?.reason).toMatch(/agent token may not push review/);
        expect(history.events.slice(3).map((e) => e.reason)).toEqual(['Wrong fee quoted.', 'Needs a refund.']);
        expect(history.events[1]?.inputs).toMatchObject({
          decision: 'resolve',
          intent: 'card_declined',
          confidence: 0.93,
        });
        const seqs = history.events.map((e) => e.seq);
        expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      }
      const otherHistory = TicketHistorySchema.parse((await queue.call('GET', `/v1/tickets/${other}/history`)).body);
      expect(otherHistory.events.map((e) => e.action)).toEqual(['ticket_intake']);
    });

    it("answers 404 for another tenant's ticket and for an unknown one, with the same body", async () => {
      const id = await postTicket(queue);
      const intruder = await queue.addTenant('intruder');
      const foreign = await queue.call<{ error: { code: string; message: string } }>(
        'GET',
        `/v1/tickets/${id}/history`,
        { token: intruder.lead },
      );
      const unknown = await queue.call<{ error: { code: string; message: string } }>(
        'GET',
        '/v1/tickets/tkt_nope/history',
        { token: intruder.lead },
      );
      expect(foreign.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(foreign.body.error.code).toBe(unknown.body.error.code);
      expect(JSON.stringify(foreign.body)).not.toContain('Card declined');
      expect((await queue.call('GET', `/v1/tickets/${id}/history`, { token: null })).status).toBe(401);
    });
  });
}

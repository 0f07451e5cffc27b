import { afterAll, describe, expect, it } from 'vitest';
import type { HandleTimeMutation, Mutation } from '../../../shared/api/mutations.js';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { aiDecision, escalateDecision, resolveDecision } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const handleTime = (id: number, ticketId: string, seconds: number): HandleTimeMutation => ({
  id,
  type: 'handle_time',
  ticketId,
  createdAt: new Date().toISOString(),
  seconds,
  agentName: 'Ana',
});

/** The ticket fields the dashboard's cost per resolution and handle time come from. */
for (const engine of engines) {
  describe(`metric inputs on the ticket (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());

    const push = (clientId: string, mutations: Mutation[], token: string) => queue.push(clientId, mutations, token);
    const read = async (id: string) => (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body.ticket;
    const decided = async (decision: AiDecision, n: number): Promise<string> => {
      const id = await postTicket(queue);
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
      const result = await push('bot', [aiDecision(n, id, decision)], queue.tokens.autopilot);
      expect(result.results[0]?.status).toBe('applied');
      return id;
    };

    it('keeps the model cost of an applied AI decision on the ticket; none recorded leaves it out', async () => {
      const usage = { model: 'gpt-4o-mini', calls: 2, promptTokens: 1200, completionTokens: 300, costUsd: 0.0123 };
      const withCost = await decided({ ...escalateDecision, usage }, 1);
      expect((await read(withCost)).modelCostUsd).toBeCloseTo(0.0123, 9);
      const builtin = await decided(resolveDecision, 2);
      expect((await read(builtin)).modelCostUsd).toBeUndefined();
    });

    it('adds up handle time from agents and leads, once per mutation, and refuses it from an autopilot', async () => {
      const id = await decided(escalateDecision, 3);
      const before = await read(id);
      expect(
        (await push('agent-console', [handleTime(1, id, 90), handleTime(2, id, 30.5)], queue.tokens.agent)).results.map(
          (r) => r.status,
        ),
      ).toEqual(['applied', 'applied']);
      // A retried push of the same mutation counts once.
      expect((await push('agent-console', [handleTime(2, id, 30.5)], queue.tokens.agent)).results[0]?.status).toBe(
        'duplicate',
      );
      expect((await push('lead-console', [handleTime(1, id, 15)], queue.tokens.lead)).results[0]?.status).toBe(
        'applied',
      );
      const refused = await push('bot', [handleTime(50, id, 999)], queue.tokens.autopilot);
      expect(refused.results[0]?.status).toBe('rejected');
      const after = await read(id);
      expect(after.handleSeconds).toBeCloseTo(135.5, 9);
      // Bookkeeping: the version moves (consoles pull it) but updatedAt stays, so no console sees the ticket as changed or unread.
      expect(after.version).toBeGreaterThan(before.version);
      expect(after.updatedAt).toBe(before.updatedAt);
      // Consoles learn it through the changes feed.
      const feed = (await queue.call<ChangesResponse>('GET', '/v1/changes?since=0', { token: queue.tokens.agent }))
        .body;
      expect(feed.tickets.find((ticket) => ticket.id === id)?.handleSeconds).toBeCloseTo(135.5, 9);
    });

    it('refuses a handle time that is not a positive number of seconds up to 8 hours', async () => {
      const id = await decided(escalateDecision, 4);
      for (const seconds of [0, -5, 8 * 3600 + 1]) {
        const response = await queue.call('POST', '/v1/mutations', {
          token: queue.tokens.agent,
          body: { clientId: 'c', mutations: [handleTime(1, id, seconds)] },
        });
        expect(response.status, `seconds ${seconds}`).toBe(400);
      }
      expect((await read(id)).handleSeconds).toBeUndefined();
    });
  });
}

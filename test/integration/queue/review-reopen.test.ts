import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/api/mutations.js';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { reopenNotice } from '../../../shared/domain/reopen-notice.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply, aiDecision, escalateDecision, note, reopen, resolveDecision, review } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

for (const engine of engines) {
  describe(`lead review and reopen (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    /** Each worker numbers its decisions 1, 2, 3... like an autopilot (the queue refuses ids far ahead of a client's count). */
    let decisionIds: Map<string, number>;

    beforeEach(async () => {
      decisionIds = new Map();
    });

    const push = (clientId: string, mutations: Mutation[], token: string) => queue.push(clientId, mutations, token);
    const read = async (id: string): Promise<TicketWithMessages> => {
      const response = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`);
      expect(response.status).toBe(200);
      return response.body;
    };
    /** A ticket the AI decided: claimed and decided by an autopilot. */
    const decided = async (decision: AiDecision = resolveDecision, worker = 'bot-1'): Promise<string> => {
      const id = await postTicket(queue);
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: worker, limit: 1 } });
      const decisionId = (decisionIds.get(worker) ?? 0) + 1;
      decisionIds.set(worker, decisionId);
      const result = await push(worker, [aiDecision(decisionId, id, decision)], queue.tokens.autopilot);
      expect(result.results[0]?.status).toBe('applied');
      return id;
    };

    it('a lead approves and flags: the latest review is on the ticket, goes out on the feed, and moves the version', async () => {
      const id = await decided();
      const before = (await read(id)).ticket;
      expect(before.review).toBeNull();
      const approved = await push('lead-console', [review(1, id)], queue.tokens.lead);
      expect(approved.results[0]).toMatchObject({
        status: 'applied',
        ticket: { review: { verdict: 'approve', reason: null, by: 'payments lead' } },
      });
      const flagged = await push(
        'lead-console',
        [review(2, id, { verdict: 'flag', reason: 'Promised a refund we do not give.' })],
        queue.tokens.lead,
      );
      expect(flagged.results[0]?.status).toBe('applied');
      const { ticket, messages } = await read(id);
      expect(ticket.review).toEqual({
        verdict: 'flag',
        reason: 'Promised a refund we do not give.',
        by: 'payments lead',
        at: expect.any(String),
      });
      expect(ticket).toMatchObject({ status: 'ai_resolved', version: before.version + 2, humanTouched: false });
      expect(messages).toHaveLength(2); // a review adds nothing to the customer's thread
      const feed = (await queue.call<ChangesResponse>('GET', `/v1/changes?since=${before.seq}`)).body;
      expect(feed.tickets.find((t) => t.id === id)?.review?.verdict).toBe('flag');
    });

    it('refuses a review from an agent token with a clear error and applies the rest of the push', async () => {
      const id = await decided();
      const result = await push(
        'agent-console',
        [review(1, id, { verdict: 'flag', reason: 'Wrong.' }), note(2, id, { text: 'Hi' })],
        queue.tokens.agent,
      );
      expect(result.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
      expect(result.results[0]?.error).toMatch(
        /agent token may not push review mutations; it needs one of: lead, admin/,
      );
      expect(result.lastMutationId).toBe(2);
      expect((await read(id)).ticket.review).toBeNull();
      const asAutopilot = await push('bot-x', [review(1, id)], queue.tokens.autopilot);
      expect(asAutopilot.results[0]?.status).toBe('rejected');
    });

    it('refuses a flag without a reason at the door (400) and stores nothing', async () => {
      const id = await decided();
      const bad = review(1, id, { verdict: 'flag' });
      const response = await queue.call<{ error: { code: string; message: string } }>('POST', '/v1/mutations', {
        token: queue.tokens.lead,
        body: { clientId: 'lead-console', mutations: [bad] },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/flag needs a reason/);
      expect((await read(id)).ticket.review).toBeNull();
    });

    it('a lead reopens an AI-resolved ticket: escalated to the catch-all, human-touched, and the customer is told in their language', async () => {
      const german: AiDecision = { ...resolveDecision, language: 'de' } as AiDecision;
      const id = await decided(german);
      const result = await push('lead-console', [reopen(1, id)], queue.tokens.lead);
      expect(result.results[0]?.status).toBe('applied');
      const { ticket, messages } = await read(id);
      expect(ticket).toMatchObject({
        status: 'escalated',
        humanTouched: true,
        ownerQueue: 'general',
        escalation: { code: 'reopened', ruleId: 'reopen', detail: 'The answer ignored the second question.' },
      });
      const notice = messages.at(-1);
      expect(notice).toMatchObject({
        id: `reopen-1-${id}`,
        author: 'agent',
        authorName: 'payments lead',
        kind: 'reply',
        text: reopenNotice('de'),
      });
      expect(notice?.text).toMatch(/Person aus unserem Team/);
      // In the agents' inbox (escalated), and the AI may only draft now.
      const escalated = (
        await queue.call<{ tickets: { id: string }[] }>('GET', '/v1/tickets?status=escalated', {
          token: queue.tokens.agent,
        })
      ).body.tickets;
      expect(escalated.map((t) => t.id)).toContain(id);
      const again = await push('lead-console', [reopen(2, id)], queue.tokens.lead);
      expect(again.results[0]).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/is escalated, not resolved/),
      });
    });

    it('an agent may not reopen an AI-resolved ticket, but may reopen one a human resolved (its own queue wins)', async () => {
      const aiResolved = await decided();
      const refused = await push('agent-console', [reopen(1, aiResolved)], queue.tokens.agent);
      expect(refused.results[0]).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/agent token may not move a ticket the AI resolved \(ai_resolved -> escalated\)/),
      });
      expect((await read(aiResolved)).ticket.status).toBe('ai_resolved');
      expect((await read(aiResolved)).messages).toHaveLength(2);

      const humanResolved = await decided(escalateDecision, 'bot-2');
      await push('agent-console', [agentReply(2, humanResolved, { resolve: true })], queue.tokens.agent);
      const reopened = await push(
        'agent-console',
        [reopen(3, humanResolved, { ownerQueue: 'general' })],
        queue.tokens.agent,
      );
      expect(reopened.results[0]?.status).toBe('applied');
      const { ticket, messages } = await read(humanResolved);
      expect(ticket).toMatchObject({ status: 'escalated', ownerQueue: 'disputes', escalation: { code: 'reopened' } });
      expect(messages.at(-1)?.text).toBe(reopenNotice('de')); // escalateDecision is German
    });

    it('refuses a reopen of an open ticket, of one with no queue when none is sent, and replays of the same message id', async () => {
      const id = await decided();
      const fresh = await postTicket(queue);
      const open = await push('lead-console', [reopen(1, fresh)], queue.tokens.lead);
      expect(open.results[0]).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/is new, not resolved/),
      });

      const { ownerQueue: _dropped, ...withoutQueue } = reopen(2, id);
      const unowned = await push('lead-console', [withoutQueue], queue.tokens.lead);
      expect(unowned.results[0]).toMatchObject({ status: 'rejected', error: expect.stringMatching(/no owner queue/) });
      expect((await read(id)).ticket.status).toBe('ai_resolved');

      await push('lead-console', [reopen(3, id, { messageId: 'same-notice' })], queue.tokens.lead);
      const replay = await push('other-lead', [reopen(1, id, { messageId: 'same-notice' })], queue.tokens.lead);
      expect(replay.results[0]?.status).toBe('duplicate');
      expect((await read(id)).messages.filter((m) => m.id === 'same-notice')).toHaveLength(1);
    });

    it('a review of a new ticket is refused: nothing has been decided yet', async () => {
      const fresh = await postTicket(queue);
      const result = await push('lead-console', [review(1, fresh)], queue.tokens.lead);
      expect(result.results[0]).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/nothing to review/),
      });
    });
  });
}

describe('reopen notice', () => {
  it('speaks the customer language, regional variants included, and falls back to English', () => {
    expect(reopenNotice('fr')).toMatch(/membre de notre équipe/);
    expect(reopenNotice('pt-BR')).toBe(reopenNotice('pt'));
    expect(reopenNotice('xx')).toBe(reopenNotice('en'));
    expect(reopenNotice(null)).toMatch(/member of our team will follow up/);
    expect(reopenNotice('en')).toMatch(/Nothing in our earlier answer is final/);
  });
});

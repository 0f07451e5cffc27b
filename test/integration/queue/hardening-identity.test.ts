import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '../../../shared/api/mutations.js';
import { ErrorBodySchema, type ChangesResponse, type TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { TicketHistorySchema, type AuditEvent } from '../../../shared/api/ticket-history.js';
import { issueToken } from '../../../server/auth/tokens.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import {
  agentReply,
  aiDecision,
  mutationMadeNow,
  note,
  reopen as reopenMutation,
  resolveDecision,
  review,
} from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** An agent's reopen (the queue refuses it on an AI resolution; a lead's goes through). */
const reopen = (id: number, ticketId: string) =>
  reopenMutation(id, ticketId, { reason: 'The AI got it wrong.', agentName: 'Sam Agent' });

/**
 * Issue 21, findings 3, 4, 5 and 9 (audit rows of a rejected push): who a push or a pull acts as is
 * the token, not what the client says. Client ids belong to the token that first used them, the
 * per-client counter only moves for pushes that token may make, an agent cannot leave an AI
 * resolution by any route, the audit trail names the token, and a refused push cannot flood it.
 */
for (const engine of engines) {
  describe(`identity hardening (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    /** A second agent of the same tenant, with a token of its own. */
    let mallory: string;
    let ticketId: string;

    beforeEach(async () => {
      const issued = issueToken('agent', 'Mallory');
      await queue.store.addTokens(queue.tenantId, [issued.record]);
      mallory = issued.plaintext;
      ticketId = await postTicket(queue);
    });

    const pushRaw = (clientId: string, mutations: Mutation[], token: string) =>
      queue.call<unknown>('POST', '/v1/mutations', { token, body: { clientId, mutations } });
    const errorOf = (body: unknown) => ErrorBodySchema.parse(body).error;
    const lastMutationId = async (clientId: string, token: string): Promise<number | null> => {
      const page = await queue.call<ChangesResponse>('GET', `/v1/changes?since=0&clientId=${clientId}`, { token });
      expect(page.status).toBe(200);
      return page.body.lastMutationId;
    };
    const messageCount = async (): Promise<number> =>
      (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`)).body.messages.length;
    const aiResolvedTicket = async (): Promise<string> => {
      const id = await postTicket(queue);
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot-1', limit: 10 } });
      const decided = await queue.push('bot-1', [aiDecision(1, id, resolveDecision)], queue.tokens.autopilot);
      expect(decided.results[0]?.status).toBe('applied');
      return id;
    };
    const history = async (id: string): Promise<AuditEvent[]> =>
      TicketHistorySchema.parse((await queue.call('GET', `/v1/tickets/${id}/history`)).body).events;

    it("another token cannot push under a console's client id: refused whole, and the console's next reply is applied, not a duplicate", async () => {
      const first = await queue.push('console-victim', [agentReply(1, ticketId)], queue.tokens.agent);
      expect(first.lastMutationId).toBe(1);

      // The attack of the issue: the victim's id (seen in ticket history) with the highest id there is.
      for (const id of [Number.MAX_SAFE_INTEGER, 2]) {
        for (const mutation of [agentReply(id, ticketId, { messageId: `evil-${id}` }), review(id, ticketId)]) {
          const refused = await pushRaw('console-victim', [mutation], mallory);
          expect(refused.status).toBe(403);
          expect(errorOf(refused.body).code).toBe('client_id_taken');
          expect(errorOf(refused.body).message).toMatch(/console-victim.*another token/);
        }
      }
      expect(await lastMutationId('console-victim', queue.tokens.agent)).toBe(1);
      expect(await messageCount()).toBe(2);

      const next = await queue.push(
        'console-victim',
        [agentReply(2, ticketId, { text: 'Second answer.' })],
        queue.tokens.agent,
      );
      expect(next.results[0]?.status).toBe('applied');
      expect(next.lastMutationId).toBe(2);
      expect(await messageCount()).toBe(3);
    });

    it("a changes pull naming another token's client id is refused; one's own and unknown ids are answered", async () => {
      await queue.push('console-victim', [note(1, ticketId)], queue.tokens.agent);
      const snooped = await queue.call('GET', '/v1/changes?since=0&clientId=console-victim', { token: mallory });
      expect(snooped.status).toBe(403);
      expect(errorOf(snooped.body).code).toBe('client_id_taken');
      expect(await lastMutationId('console-victim', queue.tokens.agent)).toBe(1);
      expect(await lastMutationId('console-mallory', mallory)).toBe(0);
      // Pulling does not take an id: the first push does.
      await queue.push('console-mallory', [note(1, ticketId, { messageId: 'mallory-note' })], mallory);
      expect(
        (await queue.call('GET', '/v1/changes?since=0&clientId=console-mallory', { token: queue.tokens.agent })).status,
      ).toBe(403);
    });

    it("a client's own push cannot jump its counter far ahead: refused whole with where to continue, nothing applied", async () => {
      await queue.push('console-a', [note(1, ticketId)], queue.tokens.agent);
      const jump = await pushRaw(
        'console-a',
        [
          note(2, ticketId, { messageId: 'fine' }),
          note(2 + MAX_MUTATIONS_PER_PUSH + 1, ticketId, { messageId: 'far' }),
        ],
        queue.tokens.agent,
      );
      expect(jump.status).toBe(409);
      const error = errorOf(jump.body);
      expect(error.code).toBe('mutation_ids_out_of_range');
      expect(error.details).toMatchObject({ lastMutationId: 1 });
      expect(error.message).toMatch(/continue at 2/);
      expect(await lastMutationId('console-a', queue.tokens.agent)).toBe(1);
      expect(await messageCount()).toBe(2);
      // A new client id starts at 0: the same bound holds from there.
      expect((await pushRaw('console-new', [note(Number.MAX_SAFE_INTEGER, ticketId)], queue.tokens.agent)).status).toBe(
        409,
      );
      // Within the bound the push is taken, and a mutation the role may not push is rejected and counted as
      // processed, so a console's outbox moves on past it.
      const taken = await queue.push(
        'console-a',
        [review(2, ticketId), note(1 + MAX_MUTATIONS_PER_PUSH, ticketId, { messageId: 'edge' })],
        queue.tokens.agent,
      );
      expect(taken.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
      expect(taken.lastMutationId).toBe(1 + MAX_MUTATIONS_PER_PUSH);
    });

    it('an agent cannot leave an AI resolution by resolving it first and then reopening it; a lead can', async () => {
      const id = await aiResolvedTicket();
      const before = (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;

      const resolved = await queue.push('console-sam', [agentReply(1, id, { resolve: true })], queue.tokens.agent);
      expect(resolved.results[0]).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/AI resolved.*lead/),
      });
      const reopened = await queue.push('console-sam', [reopen(2, id)], queue.tokens.agent);
      expect(reopened.results[0]?.status).toBe('rejected');
      // Both in one push, and a plain reply (ai_resolved -> pending) are refused the same way.
      const together = await queue.push(
        'console-sam',
        [agentReply(3, id, { resolve: true }), reopen(4, id), agentReply(5, id)],
        queue.tokens.agent,
      );
      expect(together.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      const after = (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
      expect(after.ticket).toMatchObject({ status: 'ai_resolved', version: before.ticket.version });
      expect(after.messages).toHaveLength(before.messages.length);

      // What does not move the ticket out of ai_resolved stays open to agents; leads may overrule the AI.
      expect((await queue.push('console-sam', [note(6, id)], queue.tokens.agent)).results[0]?.status).toBe('applied');
      expect((await queue.push('console-lee', [reopen(1, id)], queue.tokens.lead)).results[0]).toMatchObject({
        status: 'applied',
        ticket: { status: 'escalated' },
      });
    });

    it('the audit trail, the messages, the review and the assignee name the caller, never a name the console sent', async () => {
      await queue.push(
        'console-sam',
        [
          agentReply(1, ticketId, { agentName: 'Lee Lead' }),
          note(2, ticketId, { agentName: 'payments agent' }),
          { ...mutationMadeNow('assign', 3, ticketId, 'sam'), agentName: 'Lee Lead', assignee: 'Lee Lead' },
        ],
        queue.tokens.agent,
      );
      await queue.push('console-lee', [review(1, ticketId, { reviewerName: 'Sam Agent' })], queue.tokens.lead);
      const events = await history(ticketId);
      const [reply, noted, assigned, reviewed] = events.slice(1);
      expect(reply).toMatchObject({
        action: 'agent_reply',
        actor: { name: 'payments agent', role: 'agent', clientId: 'console-sam' },
      });
      expect(reply?.inputs).not.toHaveProperty('agentName');
      expect(reply?.inputs).not.toHaveProperty('claimedName');
      expect(noted).toMatchObject({ actor: { name: 'payments agent' } });
      expect(assigned).toMatchObject({ action: 'assign', inputs: { assignee: 'payments agent' } });
      expect(reviewed).toMatchObject({ action: 'review', actor: { name: 'payments lead', role: 'lead' } });
      expect(JSON.stringify(events)).not.toMatch(/Lee Lead|Sam Agent/);
      const { body } = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`);
      expect(
        body.messages.filter((message) => message.author === 'agent').map((message) => message.authorName),
      ).toEqual(['payments agent', 'payments agent', 'payments agent']);
      expect(body.ticket).toMatchObject({ assignee: 'payments agent', review: { by: 'payments lead' } });
    });

    it('a push of 200 rejected mutations writes a bounded number of audit rows; applied and conflicting ones are each recorded', async () => {
      const headBefore = (await queue.store.auditHead()).seq;
      const rejected = Array.from({ length: MAX_MUTATIONS_PER_PUSH }, (_, i) => review(i + 1, ticketId));
      const answer = await queue.push('console-flood', rejected, queue.tokens.agent);
      expect(answer.results.every((r) => r.status === 'rejected')).toBe(true);
      const written = (await queue.store.auditHead()).seq - headBefore;
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThanOrEqual(11);
      const summary = (await queue.store.auditPage(headBefore, 100)).find(
        (record) => record.action === 'mutations_rejected',
      );
      expect(summary).toMatchObject({
        ticketId: null,
        actorName: 'payments agent',
        actorRole: 'agent',
        actorClientId: 'console-flood',
      });
      expect(JSON.parse(summary?.inputsJson ?? '{}')).toMatchObject({
        count: MAX_MUTATIONS_PER_PUSH - (written - 1),
        types: { review: MAX_MUTATIONS_PER_PUSH - (written - 1) },
      });

      const applied = Array.from({ length: 20 }, (_, i) => note(201 + i, ticketId));
      const beforeApplied = (await queue.store.auditHead()).seq;
      await queue.push('console-flood', applied, queue.tokens.agent);
      expect((await queue.store.auditHead()).seq - beforeApplied).toBe(20);

      await queue.push('console-other', [agentReply(1, ticketId, { messageId: 'other-reply' })], queue.tokens.lead);
      const stale = Array.from({ length: 15 }, (_, i) => agentReply(221 + i, ticketId, { baseVersion: 1 }));
      const beforeConflicts = (await queue.store.auditHead()).seq;
      const conflicts = await queue.push('console-flood', stale, queue.tokens.agent);
      expect(conflicts.results.every((r) => r.status === 'conflict')).toBe(true);
      expect((await queue.store.auditHead()).seq - beforeConflicts).toBe(15);
    });
  });
}

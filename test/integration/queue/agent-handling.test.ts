import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssignMutation, HandbackMutation, Mutation, SnoozeMutation } from '../../../shared/api/mutations.js';
import type { MutationGate, QueueStore } from '../../../server/storage/queue-store.js';
import { agentReply, aiDecision, escalateDecision } from './builders.js';
import { postgresStoreUnderTest, sqliteStoreUnderTest, type StoreUnderTest } from './store-contract.js';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const allowAll: MutationGate = () => null;
const customer = { id: 'cus_1', name: 'Ada Lovelace', tier: 'premium' as const };

/** What each mutation here carries: made at T0, its message id named after its type and id. */
const madeAtT0 = <T extends Mutation['type']>(type: T, id: number, ticketId: string) => ({
  id,
  type,
  ticketId,
  createdAt: T0.toISOString(),
  messageId: `${type}-${id}`,
});
const assign = (id: number, ticketId: string, extra: Partial<AssignMutation> = {}): AssignMutation => ({
  ...madeAtT0('assign', id, ticketId),
  assignee: 'Sam Agent',
  agentName: 'Sam Agent',
  ...extra,
});
const snooze = (id: number, ticketId: string, until: string | null): SnoozeMutation => ({
  ...madeAtT0('snooze', id, ticketId),
  until,
  agentName: 'Sam Agent',
});
const handback = (id: number, ticketId: string, extra: Partial<HandbackMutation> = {}): HandbackMutation => ({
  ...madeAtT0('handback', id, ticketId),
  agentName: 'Sam Agent',
  ...extra,
});

/** Take, snooze and hand-back behave the same on every queue engine. */
function describeAgentHandling(engine: string, open: () => Promise<StoreUnderTest>): void {
  describe(`agent handling (assign, snooze, handback): ${engine}`, () => {
    let opened: StoreUnderTest;
    let store: QueueStore;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      await store.createTenant({ id: 'alpha', name: 'Alpha' }, []);
    });
    afterEach(() => opened.cleanup());

    const push = (clientId: string, mutations: Mutation[], now = T0) =>
      store.applyMutations({
        tenantId: 'alpha',
        clientId,
        principal: `token:${clientId}`,
        // The caller: every person a pushed mutation names is this one (server/domain/caller-names.ts).
        actor: { name: 'Sam Agent', role: 'agent' },
        mutations,
        gate: allowAll,
        now,
      });

    /** A ticket the autopilot escalated: what lands in an agent's inbox. */
    async function escalated(): Promise<string> {
      const { ticket } = await store.intakeTicket({
        tenantId: 'alpha',
        subject: 'Chargeback',
        customer,
        channel: 'api',
        text: 'I dispute this',
        idempotencyKey: null,
        now: T0,
      });
      await store.claimTickets({ tenantId: 'alpha', workerId: 'bot', limit: 1, leaseMs: 60_000, now: T0 });
      const decided = await push('bot', [aiDecision(1, ticket.id, escalateDecision)], at(1));
      expect(decided.results[0]).toMatchObject({
        status: 'applied',
        ticket: { status: 'escalated', humanTouched: false },
      });
      return ticket.id;
    }

    it('takes a ticket: the assignee is stored and sent through the feed, and the AI only drafts from then on', async () => {
      const id = await escalated();
      const before = await store.currentCursor('alpha');
      const taken = await push('console', [assign(1, id)], at(2));
      expect(taken.results[0]).toMatchObject({
        status: 'applied',
        ticket: { assignee: 'Sam Agent', humanTouched: true, status: 'escalated' },
      });
      const feed = await store.changes('alpha', { since: before, limit: 10 });
      expect(feed.tickets[0]).toMatchObject({ id, assignee: 'Sam Agent' });
      expect(feed.messages.map((m) => [m.kind, m.text])).toEqual([['note', 'Assigned to Sam Agent.']]);
      expect((await push('console', [assign(1, id)], at(3))).results[0]?.status).toBe('duplicate');
    });

    it('snoozes until a time, and a customer message wakes the ticket', async () => {
      const id = await escalated();
      const until = at(3_600_000).toISOString();
      const snoozed = await push('console', [snooze(1, id, until)], at(2));
      expect(snoozed.results[0]).toMatchObject({
        status: 'applied',
        ticket: { snoozedUntil: until, status: 'escalated' },
      });
      expect((await store.getTicket('alpha', id))?.ticket.snoozedUntil).toBe(until);
      const replied = await store.appendCustomerReply({
        tenantId: 'alpha',
        ticketId: id,
        text: 'Any news?',
        now: at(5),
      });
      expect(replied?.ticket.status).toBe('escalated');
      expect(replied?.ticket.snoozedUntil ?? null).toBeNull();
    });

    it('refuses to snooze or hand back a ticket the AI still holds', async () => {
      const { ticket } = await store.intakeTicket({
        tenantId: 'alpha',
        subject: 'Hi',
        customer,
        channel: 'api',
        text: 'Hello',
        idempotencyKey: null,
        now: T0,
      });
      const refused = await push(
        'console',
        [snooze(1, ticket.id, at(60_000).toISOString()), handback(2, ticket.id)],
        at(1),
      );
      expect(refused.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(refused.results[1]?.error).toMatch(/already with the AI/);
      expect((await store.getTicket('alpha', ticket.id))?.ticket).toMatchObject({ status: 'new', version: 1 });
    });

    it('hands a human-owned ticket back to the AI, which may then answer it again', async () => {
      const id = await escalated();
      await push('console', [assign(1, id), agentReply(2, id, { text: 'Looking into it.' })], at(2));
      // While a human holds it, the AI may not answer on its own.
      const claimedWhileHuman = await store.claimTickets({
        tenantId: 'alpha',
        workerId: 'bot',
        limit: 5,
        leaseMs: 60_000,
        now: at(3),
      });
      expect(claimedWhileHuman).toEqual([]);

      const handed = await push('console', [handback(3, id, { baseVersion: 4 })], at(4));
      expect(handed.results[0]).toMatchObject({
        status: 'applied',
        ticket: { status: 'new', humanTouched: false, escalation: null, aiDraft: null },
      });
      const after = (await store.getTicket('alpha', id))?.ticket;
      expect(after?.assignee ?? null).toBeNull();
      expect((await store.getTicket('alpha', id))?.messages.at(-1)).toMatchObject({
        kind: 'note',
        text: 'Handed back to the AI.',
      });

      const claims = await store.claimTickets({
        tenantId: 'alpha',
        workerId: 'bot',
        limit: 5,
        leaseMs: 60_000,
        now: at(5),
      });
      expect(claims.map((c) => c.ticket.id)).toEqual([id]);
      const answered = await push('bot', [aiDecision(2, id)], at(6));
      expect(answered.results[0]).toMatchObject({ status: 'applied', ticket: { status: 'ai_resolved' } });
    });

    it("a hand-back based on an old version loses to another agent's later reply", async () => {
      const id = await escalated();
      await push('other-console', [agentReply(1, id, { baseVersion: 2 })], at(2));
      const stale = await push('console', [handback(1, id, { baseVersion: 2 })], at(3));
      expect(stale.results[0]).toMatchObject({
        status: 'conflict',
        reason: 'answered_elsewhere',
        ticket: { status: 'pending', humanTouched: true },
      });
    });
  });
}

describeAgentHandling('sqlite', sqliteStoreUnderTest);

const started = await startTestPostgres();
const server: TestPostgres | null = started.ok ? started.pg : null;
afterAll(() => server?.stop());

describe.skipIf(!server)('PostgreSQL', () => {
  describeAgentHandling('postgres', async () => {
    if (!server) throw new Error('no PostgreSQL');
    return postgresStoreUnderTest(server, 5);
  });
});

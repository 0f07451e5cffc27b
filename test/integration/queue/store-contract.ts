import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/api/mutations.js';
import type { MutationGate, QueueStore } from '../../../server/storage/queue-store.js';
import { hashToken } from '../../../server/auth/tokens.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import type { TestPostgres } from './test-postgres.js';
import { agentReply, aiDecision, note } from './builders.js';
import { describeAiHealthStoreContract } from './ai-health-store-contract.js';
import { describeChatStoreContract } from './chat-store-contract.js';
import { describeIdentityStoreContract } from './identity-store-contract.js';
import { describeSettingsContract } from './settings-contract.js';
import { describeTagsStoreContract } from './tags-store-contract.js';

export interface StoreUnderTest {
  store: QueueStore;
  cleanup(): Promise<void>;
}

/** An empty, migrated SQLite store in a temp dir; cleanup closes it and removes the dir. */
export async function sqliteStoreUnderTest(): Promise<StoreUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-store-'));
  const store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An empty, migrated PostgreSQL store in a new database of `server`; cleanup closes it and drops the database. */
export async function postgresStoreUnderTest(server: TestPostgres, maxConnections: number): Promise<StoreUnderTest> {
  const db = await server.createDatabase();
  const store = await PostgresQueueStore.open(db.url, { maxConnections });
  return {
    store,
    async cleanup() {
      await store.close();
      await db.drop();
    },
  };
}

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const allowAll: MutationGate = () => null;
/** The token every push and pull of the contract is made with (client ids belong to the first token that pushes). */
const CLIENT_TOKEN = 'token:tok_alpha_admin';
const customer = { id: 'cus_1', name: 'Ada', tier: 'standard' as const };

/**
 * The behaviour every QueueStore engine must have. Run it for each engine (SQLite now, PostgreSQL later)
 * with a factory that hands out an empty, migrated store.
 */
export function describeQueueStoreContract(engine: string, open: () => Promise<StoreUnderTest>): void {
  describe(`QueueStore contract: ${engine}`, () => {
    let subject: StoreUnderTest;
    let store: QueueStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
      await store.createTenant({ id: 'alpha', name: 'Alpha' }, [
        { tokenHash: hashToken('alpha-admin'), role: 'admin', name: 'Alpha admin' },
      ]);
      await store.createTenant({ id: 'beta', name: 'Beta' }, []);
    });
    afterEach(() => subject.cleanup());

    const intake = (tenantId: string, idempotencyKey: string | null = null, now = T0) =>
      store.intakeTicket({ tenantId, subject: 'Help', customer, channel: 'api', text: 'Hello', idempotencyKey, now });
    const push = (tenantId: string, clientId: string, mutations: Mutation[], now = T0, gate = allowAll) =>
      store.applyMutations({ tenantId, clientId, principal: CLIENT_TOKEN, mutations, gate, now });

    it('finds tokens by hash only, and knows its tenants', async () => {
      const found = await store.identity.authenticate('api_token', hashToken('alpha-admin'), T0);
      expect(found).toMatchObject({
        ok: true,
        caller: { tenantId: 'alpha', role: 'admin', name: 'Alpha admin', userId: null },
      });
      expect(await store.identity.authenticate('api_token', 'alpha-admin', T0)).toEqual({
        ok: false,
        reason: 'unknown_credential',
      });
      await store.addTokens('beta', [{ tokenHash: hashToken('beta-agent'), role: 'agent', name: 'B' }]);
      expect(await store.identity.authenticate('api_token', hashToken('beta-agent'), T0)).toMatchObject({
        ok: true,
        caller: { tenantId: 'beta', role: 'agent' },
      });
      expect(await store.getTenant('alpha')).toEqual({ id: 'alpha', name: 'Alpha' });
      expect(await store.getTenant('gamma')).toBeNull();
      await expect(store.createTenant({ id: 'alpha', name: 'Again' }, [])).rejects.toThrow();
    });

    it("keeps each tenant's owner queues to itself and refuses a second queue with the same id", async () => {
      await store.createOwnerQueue('alpha', { id: 'cards', name: 'Cards' });
      await store.createOwnerQueue('alpha', { id: 'billing', name: 'Billing' });
      await store.createOwnerQueue('beta', { id: 'cards', name: 'Beta cards' });
      expect(await store.listOwnerQueues('alpha')).toEqual([
        { id: 'billing', name: 'Billing' },
        { id: 'cards', name: 'Cards' },
      ]);
      expect(await store.listOwnerQueues('beta')).toEqual([{ id: 'cards', name: 'Beta cards' }]);
      await expect(store.createOwnerQueue('alpha', { id: 'cards', name: 'Again' })).rejects.toThrow();
      expect(await store.listOwnerQueues('alpha')).toHaveLength(2);
      expect(await store.listOwnerQueues('gamma')).toEqual([]);
    });

    it('keeps escalation rule versions per tenant and saves only on the latest base version', async () => {
      const rules = [{ id: 'catch-all', ownerQueue: 'general', when: {} }];
      expect(await store.getRuleSet('alpha')).toEqual({ version: 0, rules: null, savedAt: null, savedBy: null });
      const first = await store.saveRuleSet({
        tenantId: 'alpha',
        rules,
        baseVersion: 0,
        savedBy: 'Lead A',
        savedAt: T0.toISOString(),
      });
      expect(first).toEqual({
        status: 'saved',
        ruleSet: { version: 1, rules, savedAt: T0.toISOString(), savedBy: 'Lead A' },
      });
      const changed = [{ id: 'big', ownerQueue: 'payments', escalate: true, when: { minAmount: 500 } }, ...rules];
      const stale = await store.saveRuleSet({
        tenantId: 'alpha',
        rules: changed,
        baseVersion: 0,
        savedBy: 'Lead B',
        savedAt: at(1).toISOString(),
      });
      expect(stale).toEqual({
        status: 'conflict',
        current: { version: 1, rules, savedAt: T0.toISOString(), savedBy: 'Lead A' },
      });
      await store.saveRuleSet({
        tenantId: 'alpha',
        rules: changed,
        baseVersion: 1,
        savedBy: 'Lead B',
        savedAt: at(2).toISOString(),
      });
      expect(await store.getRuleSet('alpha')).toEqual({
        version: 2,
        rules: changed,
        savedAt: at(2).toISOString(),
        savedBy: 'Lead B',
      });
      expect(await store.getRuleSet('beta')).toEqual({ version: 0, rules: null, savedAt: null, savedBy: null });
    });

    describeSettingsContract(() => store);
    describeChatStoreContract(() => store);
    describeAiHealthStoreContract(() => store);
    describeIdentityStoreContract(() => store);
    describeTagsStoreContract(() => store);

    it('intakes a ticket with its message seq before the ticket seq, once per idempotency key', async () => {
      const first = await intake('alpha', 'k1');
      expect(first.created).toBe(true);
      expect(first.ticket).toMatchObject({
        tenantId: 'alpha',
        status: 'new',
        version: 1,
        humanTouched: false,
        createdAt: T0.toISOString(),
      });
      expect(first.messages[0]?.seq).toBeLessThan(first.ticket.seq);
      const again = await intake('alpha', 'k1');
      expect(again).toEqual({ ...first, created: false });
      const elsewhere = await intake('beta', 'k1');
      expect(elsewhere.created).toBe(true);
      expect(await store.listTickets('alpha', { limit: 10 })).toHaveLength(1);
    });

    it("draws every seq from the tenant's own counter: one tenant's activity never shows in another's cursor", async () => {
      const a = await intake('alpha');
      const b = await intake('beta');
      expect(b.messages[0]?.seq).toBe(1);
      expect(await store.currentCursor('alpha')).toBe(a.ticket.seq);
      expect(await store.currentCursor('beta')).toBe(b.ticket.seq);
      expect(await store.currentCursor('gamma')).toBe(0);
      expect((await intake('alpha')).messages[0]?.seq).toBe(a.ticket.seq + 1);
    });

    it('scopes every read and write by tenant', async () => {
      const { ticket } = await intake('alpha');
      expect(await store.getTicket('beta', ticket.id)).toBeNull();
      expect(await store.appendCustomerReply({ tenantId: 'beta', ticketId: ticket.id, text: 'x', now: T0 })).toBeNull();
      expect(await store.listTickets('beta', { limit: 10 })).toEqual([]);
      expect((await store.changes('beta', { since: 0, limit: 10 })).tickets).toEqual([]);
      expect(await store.claimTickets({ tenantId: 'beta', workerId: 'w', limit: 10, leaseMs: 1000, now: T0 })).toEqual(
        [],
      );
      expect(
        await store.renewClaim({ tenantId: 'beta', ticketId: ticket.id, workerId: 'w', leaseMs: 1000, now: T0 }),
      ).toEqual({ status: 'not_found' });
      const pushed = await push('beta', 'c', [note(1, ticket.id)]);
      expect(pushed.results[0]?.status).toBe('rejected');
      expect((await store.getTicket('alpha', ticket.id))?.messages).toHaveLength(1);
    });

    it('pages the changes feed by seq', async () => {
      for (let i = 0; i < 3; i++) await intake('alpha');
      const page1 = await store.changes('alpha', { since: 0, limit: 4, client: { id: 'c', principal: CLIENT_TOKEN } });
      expect(page1.tickets.length + page1.messages.length).toBe(4);
      expect(page1.hasMore).toBe(true);
      expect(page1.lastMutationId).toBe(0);
      const page2 = await store.changes('alpha', { since: page1.cursor, limit: 4 });
      expect(page2.tickets.length + page2.messages.length).toBe(2);
      expect(page2.hasMore).toBe(false);
      expect(page2.lastMutationId).toBeNull();
      expect(page2.cursor).toBe(await store.currentCursor('alpha'));
      const page3 = await store.changes('alpha', { since: page2.cursor, limit: 4 });
      expect(page3).toMatchObject({ tickets: [], messages: [], cursor: page2.cursor, hasMore: false });
    });

    it('applies each mutation id of a client once, counting gated ones as processed', async () => {
      const { ticket } = await intake('alpha');
      const gate = (mutation: Mutation): string | null => (mutation.type === 'note' ? 'no notes here' : null);
      const first = await push('alpha', 'c', [agentReply(1, ticket.id), note(2, ticket.id)], T0, gate);
      expect(first.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
      expect(first.results[1]?.error).toBe('no notes here');
      expect(first.lastMutationId).toBe(2);
      const again = await push('alpha', 'c', [agentReply(1, ticket.id), note(2, ticket.id), note(3, ticket.id)]);
      expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'applied']);
      expect(again.lastMutationId).toBe(3);
      expect((await store.getTicket('alpha', ticket.id))?.messages.map((m) => m.kind)).toEqual([
        'reply',
        'reply',
        'note',
      ]);
    });

    it('claims exclusively while the lease lives, again after it expires, and renews only for the holder', async () => {
      const older = await intake('alpha', null, at(0));
      const newer = await intake('alpha', null, at(1));
      const w1 = await store.claimTickets({ tenantId: 'alpha', workerId: 'w1', limit: 1, leaseMs: 1000, now: at(10) });
      expect(w1.map((c) => c.ticket.id)).toEqual([older.ticket.id]);
      expect(w1[0]?.leaseUntil).toBe(at(1010).toISOString());
      const w2 = await store.claimTickets({ tenantId: 'alpha', workerId: 'w2', limit: 5, leaseMs: 1000, now: at(20) });
      expect(w2.map((c) => c.ticket.id)).toEqual([newer.ticket.id]);

      const renew = (workerId: string, ms: number) =>
        store.renewClaim({ tenantId: 'alpha', ticketId: older.ticket.id, workerId, leaseMs: 1000, now: at(ms) });
      expect(await renew('w2', 500)).toEqual({ status: 'lost' });
      expect(await renew('w1', 500)).toEqual({ status: 'renewed', leaseUntil: at(1500).toISOString() });
      // At 1400 w2's lease (until 1020) has run out, w1's renewed one (until 1500) has not.
      const before = await store.claimTickets({
        tenantId: 'alpha',
        workerId: 'w3',
        limit: 5,
        leaseMs: 1000,
        now: at(1400),
      });
      expect(before.map((c) => c.ticket.id)).toEqual([newer.ticket.id]);
      const w4 = await store.claimTickets({
        tenantId: 'alpha',
        workerId: 'w4',
        limit: 5,
        leaseMs: 1000,
        now: at(1500),
      });
      expect(w4.map((c) => c.ticket.id)).toEqual([older.ticket.id]);
      expect(await renew('w1', 1600)).toEqual({ status: 'lost' });
      expect(await store.currentCursor('alpha')).toBe(newer.ticket.seq);
    });

    it('accepts an AI decision only from the live claim holder', async () => {
      const { ticket } = await intake('alpha');
      await store.claimTickets({ tenantId: 'alpha', workerId: 'bot', limit: 1, leaseMs: 1000, now: T0 });
      const late = await push('alpha', 'bot', [aiDecision(1, ticket.id)], at(1000));
      expect(late.results[0]).toMatchObject({ status: 'conflict', ticket: { id: ticket.id, status: 'new' } });
      await store.claimTickets({ tenantId: 'alpha', workerId: 'bot', limit: 1, leaseMs: 1000, now: at(1000) });
      const inTime = await push('alpha', 'bot', [aiDecision(2, ticket.id)], at(1500));
      expect(inTime.results[0]).toMatchObject({ status: 'applied', ticket: { status: 'ai_resolved', version: 2 } });
    });

    it('moves the status on a customer reply', async () => {
      const { ticket } = await intake('alpha');
      await push('alpha', 'c', [agentReply(1, ticket.id, { resolve: true })]);
      const replied = await store.appendCustomerReply({
        tenantId: 'alpha',
        ticketId: ticket.id,
        text: 'Not fixed',
        now: at(5),
      });
      expect(replied?.ticket).toMatchObject({ status: 'escalated', version: 3, updatedAt: at(5).toISOString() });
      expect(replied?.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
    });
    it('records a customer rating of a closed ticket only, latest wins, and sends it through the feed', async () => {
      const { ticket } = await intake('alpha');
      const rate = (score: number, comment: string | undefined, now: Date, tenantId = 'alpha') =>
        store.rateTicket({ tenantId, ticketId: ticket.id, score, ...(comment === undefined ? {} : { comment }), now });
      expect(await rate(5, undefined, at(1))).toMatchObject({
        status: 'not_closed',
        ticket: { status: 'new', csat: null, version: 1 },
      });
      expect(await rate(5, undefined, at(1), 'beta')).toEqual({ status: 'not_found' });
      expect(await store.rateTicket({ tenantId: 'alpha', ticketId: 'tkt_missing', score: 3, now: at(1) })).toEqual({
        status: 'not_found',
      });
      expect(ticket.csat).toBeNull();

      await push('alpha', 'c', [agentReply(1, ticket.id, { resolve: true })]);
      const before = await store.currentCursor('alpha');
      const rated = await rate(2, '  Slow answer  ', at(2));
      expect(rated).toMatchObject({
        status: 'rated',
        ticket: { status: 'resolved', version: 3, updatedAt: at(2).toISOString() },
      });
      if (rated.status !== 'rated') throw new Error('not rated');
      expect(rated.ticket.csat).toEqual({ score: 2, comment: 'Slow answer', at: at(2).toISOString() });
      expect(rated.ticket.seq).toBeGreaterThan(before);
      const feed = await store.changes('alpha', { since: before, limit: 10 });
      expect(feed.tickets).toEqual([rated.ticket]);
      expect(feed.messages).toEqual([]);

      const again = await rate(5, '   ', at(3));
      expect(again).toMatchObject({
        status: 'rated',
        ticket: { version: 4, csat: { score: 5, at: at(3).toISOString() } },
      });
      expect((await store.getTicket('alpha', ticket.id))?.ticket.csat).toEqual({ score: 5, at: at(3).toISOString() });
      expect((await store.getTicket('alpha', ticket.id))?.messages).toHaveLength(2);
      // A customer writing again reopens the ticket; the rating stays until a new one replaces it.
      const reopened = await store.appendCustomerReply({
        tenantId: 'alpha',
        ticketId: ticket.id,
        text: 'One more thing',
        now: at(4),
      });
      expect(reopened?.ticket).toMatchObject({ status: 'escalated', csat: { score: 5 } });
      expect(await rate(1, undefined, at(5))).toMatchObject({ status: 'not_closed', ticket: { status: 'escalated' } });
    });
  });
}

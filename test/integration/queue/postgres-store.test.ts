import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { hashToken } from '../../../server/auth/tokens.js';
import { POSTGRES_MIGRATIONS } from '../../../server/storage/postgres-migrations.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { aiDecision } from './builders.js';
import { describeQueueStoreContract, postgresStoreUnderTest } from './store-contract.js';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';

const started = await startTestPostgres();
const server: TestPostgres | null = started.ok ? started.pg : null;
afterAll(() => server?.stop());

async function openStore(): Promise<{ store: PostgresQueueStore; url: string; drop(): Promise<void> }> {
  if (!server) throw new Error('no PostgreSQL');
  const db = await server.createDatabase();
  const store = await PostgresQueueStore.open(db.url, { maxConnections: 20 });
  return { store, url: db.url, drop: db.drop };
}

describe.skipIf(!server)('PostgreSQL queue store', () => {
  describeQueueStoreContract('postgres', async () => {
    if (!server) throw new Error('no PostgreSQL');
    return postgresStoreUnderTest(server, 20);
  });

  describe('under concurrency', () => {
    let store: PostgresQueueStore;
    let url: string;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      ({ store, url, drop } = await openStore());
      await store.createTenant({ id: 't', name: 'T' }, [
        { tokenHash: hashToken('t-admin'), role: 'admin', name: 'admin' },
      ]);
    });
    afterAll(async () => {
      await store.close();
      await drop();
    });
    const customer = { id: 'c', name: 'C', tier: 'standard' as const };
    const intake = (i: number, key: string | null = null) =>
      store.intakeTicket({
        tenantId: 't',
        subject: `s${i}`,
        customer,
        channel: 'api',
        text: `hello ${i}`,
        idempotencyKey: key,
        now: new Date(),
      });

    it('a second queue process migrating the same database at the same time is harmless', async () => {
      const [a, b] = await Promise.all([PostgresQueueStore.open(url), PostgresQueueStore.open(url)]);
      expect(await a.getTenant('t')).toEqual({ id: 't', name: 'T' });
      await Promise.all([a.close(), b.close()]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const version = await client.query<{ version: number }>('SELECT version FROM schema_version');
      await client.end();
      expect(version.rows).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
    });

    it('concurrent intakes with one idempotency key make one ticket', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, () => intake(0, 'same-key')));
      expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
    });

    it('concurrent claimers (FOR UPDATE SKIP LOCKED) never get the same ticket, and together get all', async () => {
      const made = await store.intakeBatch(
        Array.from({ length: 200 }, (_, i) => ({
          tenantId: 't',
          subject: `b${i}`,
          customer,
          channel: 'api',
          text: 'x',
          idempotencyKey: null,
          now: new Date(),
        })),
      );
      const now = new Date();
      const claimers = Array.from({ length: 16 }, (_, w) =>
        (async () => {
          const got: string[] = [];
          for (;;) {
            const batch = await store.claimTickets({
              tenantId: 't',
              workerId: `w${w}`,
              limit: 7,
              leaseMs: 60_000,
              now,
            });
            if (batch.length === 0) return got;
            got.push(...batch.map((c) => c.ticket.id));
          }
        })(),
      );
      const all = (await Promise.all(claimers)).flat();
      const expected = new Set([...made.map((r) => r.ticket.id)]);
      const claimedOfBatch = all.filter((id) => expected.has(id));
      expect(claimedOfBatch.length).toBe(200);
      expect(new Set(all).size).toBe(all.length);
    });

    it('the changes feed never skips a row: a reader paging during concurrent writes sees every seq once', async () => {
      const base = await store.currentCursor('t');
      const writers = Array.from({ length: 8 }, (_, w) =>
        (async () => {
          for (let i = 0; i < 25; i++) await intake(1000 + w * 100 + i);
        })(),
      );
      const seen = new Map<number, number>();
      let cursor = base;
      let writing = true;
      const done = Promise.all(writers).then(() => {
        writing = false;
      });
      while (writing) {
        const page = await store.changes('t', { since: cursor, limit: 7 });
        for (const item of [...page.tickets, ...page.messages]) seen.set(item.seq, (seen.get(item.seq) ?? 0) + 1);
        cursor = page.cursor;
      }
      await done;
      for (;;) {
        const page = await store.changes('t', { since: cursor, limit: 500 });
        for (const item of [...page.tickets, ...page.messages]) seen.set(item.seq, (seen.get(item.seq) ?? 0) + 1);
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      // 8 writers x 25 tickets x (ticket + message) rows, each seen exactly once by the paging reader.
      expect(seen.size).toBe(400);
      expect([...seen.values()].every((count) => count === 1)).toBe(true);
      const all = await store.changes('t', { since: base, limit: 5000 });
      expect([...all.tickets, ...all.messages].map((x) => x.seq).sort((a, b) => a - b)).toEqual(
        [...seen.keys()].sort((a, b) => a - b),
      );
    });

    it('records one AI decision per ticket even when two holders race', async () => {
      const { ticket } = await intake(5000);
      const now = new Date();
      let store2: QueueStore | null = null;
      try {
        store2 = await PostgresQueueStore.open(url);
        // w1 claims with a lease that is already over at `later`, w2 takes it over; both push.
        await store.claimTickets({ tenantId: 't', workerId: 'w1', limit: 1000, leaseMs: 1000, now });
        const later = new Date(now.getTime() + 2000);
        const taken = await store2.claimTickets({
          tenantId: 't',
          workerId: 'w2',
          limit: 1000,
          leaseMs: 60_000,
          now: later,
        });
        expect(taken.find((c) => c.ticket.id === ticket.id)?.previousHolder).toBe('w1');
        /** Worker `clientId` submits its decision on the ticket (mutation `id`) through `through`. */
        const decide = (through: QueueStore, clientId: string, id: number) =>
          through.applyMutations({
            tenantId: 't',
            clientId,
            principal: 'token:autopilot',
            mutations: [aiDecision(id, ticket.id)],
            gate: () => null,
            now: later,
          });
        const [r1, r2] = await Promise.all([decide(store, 'w1', 101), decide(store2, 'w2', 102)]);
        expect([r1.results[0]?.status, r2.results[0]?.status]).toEqual(['conflict', 'applied']);
        const stats = await store.stats('t');
        expect(stats.ticketsDecidedMoreThanOnce).toBe(0);
        expect(stats.aiDecisions.total).toBe(1);
      } finally {
        await store2?.close();
      }
    });
  });
});

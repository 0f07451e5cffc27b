import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessChanges, type ProcessChanges } from '../../../server/change-sharing.js';
import { CHANGE_CHANNEL, LISTENER_APPLICATION_NAME } from '../../../server/storage/postgres-change-channel.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { startTestPostgres } from './test-postgres.js';

/**
 * Two queue processes' change broadcasters over one PostgreSQL database, in one test process (two stores, each with
 * its own pool and LISTEN connection): what one announces reaches the other's listeners once, and its own listeners
 * once (not again through its own LISTEN connection); a notification that does not read is logged and dropped.
 */
const postgres = await startTestPostgres();
const server = postgres.ok ? postgres.pg : null;

describe.skipIf(!server)('changes shared through PostgreSQL LISTEN/NOTIFY', () => {
  let db: { url: string; drop(): Promise<void> };
  let admin: pg.Client;
  const stores: PostgresQueueStore[] = [];
  const opened: ProcessChanges[] = [];
  const logs: string[][] = [[], []];

  beforeAll(async () => {
    if (!server) return;
    db = await server.createDatabase();
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    for (const log of logs) {
      const store = await PostgresQueueStore.open(db.url);
      stores.push(store);
      opened.push(openProcessChanges(store, (line) => log.push(line)));
    }
    await listenersInPlace(admin, new URL(db.url).pathname.slice(1), opened.length);
  }, 30_000);

  afterAll(async () => {
    for (const changes of opened) await changes.close();
    for (const store of stores) await store.close();
    await admin?.end();
    await db?.drop();
    await server?.stop();
  });

  const events = (index: number) => {
    const changes = opened[index];
    if (!changes) throw new Error('The broadcasters are open only inside the tests.');
    return changes.events;
  };

  it("tells the other process's listeners, and its own once", async () => {
    const heard: [string[], string[]] = [[], []];
    const unsubscribe = [0, 1].flatMap((index) =>
      ['acme', 'marker'].map((tenant) =>
        events(index).subscribe(tenant, (cursor) => heard[index as 0 | 1].push(`${tenant} ${cursor}`)),
      ),
    );
    try {
      await events(0).announce('acme', async () => 0);
      await until(() => heard[1].length === 1);
      // Notifications reach every connection in commit order: had the first process heard its own announcement
      // through LISTEN, it would have heard it before the second process's announcement that follows.
      await events(1).announce('marker', async () => 0);
      await until(() => heard[0].includes('marker 0'));
      expect(heard).toEqual([
        ['acme 0', 'marker 0'],
        ['acme 0', 'marker 0'],
      ]);
      expect(logs).toEqual([[], []]);
    } finally {
      for (const stop of unsubscribe) stop();
    }
  });

  it('logs and drops a notification that does not read, and goes on listening', async () => {
    const heard: number[] = [];
    const unsubscribe = events(1).subscribe('acme', (cursor) => heard.push(cursor));
    try {
      for (const payload of ['not json', JSON.stringify({ origin: 'x', tenant: 'a'.repeat(300), cursor: 1 })])
        await admin.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, payload]);
      await events(0).announce('acme', async () => 0);
      await until(() => heard.length === 1);
      expect(heard).toEqual([0]);
      for (const log of logs) {
        expect(log).toHaveLength(2);
        for (const line of log) expect(line).toMatch(/^ignored a change notification that does not read: /);
      }
    } finally {
      unsubscribe();
      for (const log of logs) log.splice(0);
    }
  });

  it("on SQLite the broadcaster is this process's only (nothing announced elsewhere, nothing listened to)", async () => {
    const store = await SqliteQueueStore.open(':memory:');
    const changes = openProcessChanges(store, () => undefined);
    try {
      const heard: number[] = [];
      changes.events.subscribe('acme', (cursor) => heard.push(cursor));
      await changes.events.announce('acme', async () => 7);
      expect(heard).toEqual([7]);
    } finally {
      await changes.close();
      await store.close();
    }
  });
});

/** Waits until `count` change listeners of the database have run LISTEN and wait for notifications. */
async function listenersInPlace(admin: pg.Client, database: string, count: number): Promise<void> {
  await until(async () => {
    const answer = await admin.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM pg_stat_activity
        WHERE datname = $1 AND application_name = $2 AND state = 'idle' AND query LIKE 'LISTEN %'`,
      [database, LISTENER_APPLICATION_NAME],
    );
    return answer.rows[0]?.n === count;
  });
}

/** Waits for the condition, checking every 10 ms for at most 10 s. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('The condition did not come true within 10 s.');
    await delay(10);
  }
}

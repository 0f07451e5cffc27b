import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from '../../../server/storage/postgres-migrations.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { SQLITE_MIGRATIONS } from '../../../server/storage/sqlite-migrations.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';
import { startTestPostgres } from './test-postgres.js';

/** The steps before the one that moved owner queues into tenant settings. */
const stepsBefore = (steps: readonly string[]): readonly string[] =>
  steps.slice(
    0,
    steps.findIndex((step) => step.includes('CREATE TABLE tenant_settings')),
  );

/** A database from before tenant settings: two tenants, one with two owner queues made by `queue create`. */
const OLD_ROWS = `
  INSERT INTO tenants (id, name, created_at) VALUES ('alpha', 'Alpha', '2026-01-01T00:00:00.000Z'),
    ('beta', 'Beta', '2026-01-01T00:00:00.000Z');
  INSERT INTO owner_queues (tenant_id, id, name, created_at) VALUES
    ('alpha', 'general', 'General', '2026-01-02T00:00:00.000Z'),
    ('alpha', 'cards', 'Cards', '2026-01-03T00:00:00.000Z');`;

/** What every engine must show after the step: the queues as version-1 queue settings, seqs going on from them. */
async function expectQueuesMovedIntoSettings(store: QueueStore): Promise<void> {
  expect(await store.listOwnerQueues('alpha')).toEqual([
    { id: 'cards', name: 'Cards' },
    { id: 'general', name: 'General' },
  ]);
  expect(await store.listSettings('alpha', 0, 10)).toEqual({
    items: [
      {
        kind: 'queue',
        id: 'cards',
        version: 1,
        value: { name: 'Cards' },
        deleted: false,
        savedAt: '2026-01-03T00:00:00.000Z',
        savedBy: 'system',
        seq: 1,
      },
      {
        kind: 'queue',
        id: 'general',
        version: 1,
        value: { name: 'General' },
        deleted: false,
        savedAt: '2026-01-02T00:00:00.000Z',
        savedBy: 'system',
        seq: 2,
      },
    ],
    cursor: 2,
    hasMore: false,
  });
  expect(await store.listOwnerQueues('beta')).toEqual([]);
  const next = await store.saveSetting({
    tenantId: 'alpha',
    kind: 'queue',
    id: 'cards',
    baseVersion: 1,
    value: { name: 'Cards & PINs' },
    savedBy: 'Admin',
    savedAt: '2026-02-01T00:00:00.000Z',
  });
  expect(next).toMatchObject({ status: 'stored', setting: { version: 2, seq: 3 } });
}

const started = await startTestPostgres();
const server = started.ok ? started.pg : null;
afterAll(() => server?.stop());

describe('the tenant settings migration step', () => {
  const dir = tempDirForEachTest('switchboard-settings-migration-');

  it('moves SQLite owner queues into queue settings and drops the old table', async () => {
    const path = join(dir(), 'old.sqlite');
    const old = new Database(path);
    const steps = stepsBefore(SQLITE_MIGRATIONS);
    for (const step of steps) old.exec(step);
    old.pragma(`user_version = ${steps.length}`);
    old.exec(OLD_ROWS);
    old.close();

    const store = SqliteQueueStore.open(path);
    try {
      await expectQueuesMovedIntoSettings(store);
    } finally {
      await store.close();
    }
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'owner_queues'").all()).toEqual([]);
    raw.close();
  });

  it.skipIf(!server)('moves PostgreSQL owner queues into queue settings', async () => {
    if (!server) throw new Error('no PostgreSQL');
    const db = await server.createDatabase();
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const steps = stepsBefore(POSTGRES_MIGRATIONS);
        for (const step of steps) await client.query(step);
        await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL)');
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [steps.length]);
        await client.query(OLD_ROWS);
      } finally {
        await client.end();
      }
      const store = await PostgresQueueStore.open(db.url, { maxConnections: 2 });
      try {
        await expectQueuesMovedIntoSettings(store);
      } finally {
        await store.close();
      }
    } finally {
      await db.drop();
    }
  });
});

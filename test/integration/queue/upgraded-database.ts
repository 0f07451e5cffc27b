import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { POSTGRES_MIGRATIONS } from '../../../server/storage/postgres-migrations.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { SQLITE_MIGRATIONS } from '../../../server/storage/sqlite-migrations.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import type { TestPostgres } from './test-postgres.js';

/** What a migration step is tested with: a database from before it, with rows of that time, then opened. */
export interface UpgradedDatabase {
  name: 'sqlite' | 'postgres';
  /**
   * Makes a database migrated up to (not including) the first step whose SQL contains `stepMarker`, runs
   * `oldRows` (SQL of that schema) on it, opens it as a store (which runs the rest), and hands it to `check`.
   */
  upgrade(stepMarker: string, oldRows: string, check: (store: QueueStore) => Promise<void>): Promise<void>;
}

function stepsBefore(steps: readonly string[], stepMarker: string): readonly string[] {
  const index = steps.findIndex((step) => step.includes(stepMarker));
  expect(index, `a migration step containing ${stepMarker}`).toBeGreaterThan(0);
  return steps.slice(0, index);
}

async function checkAndClose(store: QueueStore, check: (store: QueueStore) => Promise<void>): Promise<void> {
  try {
    await check(store);
  } finally {
    await store.close();
  }
}

/** SQLite always; PostgreSQL on `server` when there is one. */
export function upgradedDatabases(server: TestPostgres | null): UpgradedDatabase[] {
  const sqlite: UpgradedDatabase = {
    name: 'sqlite',
    async upgrade(stepMarker, oldRows, check) {
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-upgrade-'));
      try {
        const path = join(dir, 'queue.sqlite');
        const raw = new Database(path);
        const steps = stepsBefore(SQLITE_MIGRATIONS, stepMarker);
        for (const step of steps) raw.exec(step);
        raw.pragma(`user_version = ${steps.length}`);
        raw.exec(oldRows);
        raw.close();
        await checkAndClose(SqliteQueueStore.open(path), check);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  if (!server) return [sqlite];
  const postgres: UpgradedDatabase = {
    name: 'postgres',
    async upgrade(stepMarker, oldRows, check) {
      const db = await server.createDatabase();
      try {
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        try {
          const steps = stepsBefore(POSTGRES_MIGRATIONS, stepMarker);
          for (const step of steps) await client.query(step);
          await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL)');
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [steps.length]);
          await client.query(oldRows);
        } finally {
          await client.end();
        }
        await checkAndClose(await PostgresQueueStore.open(db.url, { maxConnections: 2 }), check);
      } finally {
        await db.drop();
      }
    },
  };
  return [sqlite, postgres];
}

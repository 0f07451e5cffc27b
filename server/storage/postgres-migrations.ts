import type pg from 'pg';
import { POSTGRES_MIGRATIONS, refuseNewerSchema } from './schema-steps.js';

export { POSTGRES_MIGRATIONS };

/** Any fixed number: the advisory lock key that serialises migrations across queue processes. */
const MIGRATION_LOCK = 7_400_001;

/**
 * Runs the steps this database has not run yet. Several queue processes may start against one database at
 * once: an advisory lock makes them migrate one after another.
 */
export async function migratePostgres(client: pg.PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = await client.query<{ version: number }>('SELECT version FROM schema_version');
    let current = row.rows[0]?.version ?? 0;
    if (row.rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    refuseNewerSchema(current, POSTGRES_MIGRATIONS.length);
    for (; current < POSTGRES_MIGRATIONS.length; current++) {
      await client.query(POSTGRES_MIGRATIONS[current] ?? '');
      await client.query('UPDATE schema_version SET version = $1', [current + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

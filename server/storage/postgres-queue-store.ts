import pg from 'pg';
import { PostgresChangeChannel } from './postgres-change-channel.js';
import { migratePostgres } from './postgres-migrations.js';
import { postgresOperations } from './postgres-operations.js';
import type { SaveRuleSetInput, SaveRuleSetResult } from './rule-set-rows.js';
import { ScriptedQueueStore } from './scripted-queue-store.js';
import { runScriptAsync, type Async, type Script, type StoreOperations } from './store-operations.js';

/** BIGINT (seq, lease_until, counts) as a JS number: every value we store fits in 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** PostgreSQL's code for a unique key another transaction wrote first. */
const UNIQUE_VIOLATION = '23505';

/**
 * The queue on PostgreSQL, for many queue processes sharing one database.
 *
 * Feed order: each tenant has its own sequence (its row in `tenant_sequences`), and every transaction
 * that writes feed rows first locks its tenant's row (lockFeed) and holds that lock until it commits, so
 * the tenant's seq values become visible in the order they were drawn; a pull (always of one tenant) can
 * never see seq N+1 while N is still uncommitted and skip it. Taking that lock first in every such
 * transaction (before any ticket row; a transaction writes one tenant only) also keeps lock order
 * fixed, so pushes cannot deadlock; tenants never wait on each other's writes.
 * Claims do not move the feed and never touch `tenant_sequences`: they pick rows with FOR UPDATE SKIP LOCKED,
 * so many workers claim at once without waiting on each other.
 */
export class PostgresQueueStore extends ScriptedQueueStore {
  private readonly poolOperations: Async<StoreOperations>;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
  ) {
    super();
    this.poolOperations = postgresOperations(pool);
  }

  static async open(connectionString: string, options: { maxConnections?: number } = {}): Promise<PostgresQueueStore> {
    const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types: TYPES });
    pool.on('error', () => undefined); // an idle client lost its connection; the pool replaces it
    try {
      const client = await pool.connect();
      try {
        await migratePostgres(client);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresQueueStore(pool, connectionString);
  }

  override async saveRuleSet(input: SaveRuleSetInput): Promise<SaveRuleSetResult> {
    try {
      return await super.saveRuleSet(input);
    } catch (error) {
      // Two leads saving the same base version at once: the primary key lets one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION)
        return { status: 'conflict', current: await this.getRuleSet(input.tenantId) };
      throw error;
    }
  }

  /** NOTIFY and LISTEN between the queue processes on this database (announces go through the store's pool). */
  changeChannel(log: (message: string) => void): PostgresChangeChannel {
    return new PostgresChangeChannel(this.pool, this.connectionString, log);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  protected write<T>(script: Script<T>): Promise<T> {
    return this.transaction('BEGIN', script);
  }

  protected snapshot<T>(script: Script<T>): Promise<T> {
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', script);
  }

  protected direct<T>(script: Script<T>): Promise<T> {
    return runScriptAsync(script, this.poolOperations);
  }

  private async transaction<T>(begin: string, script: Script<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      try {
        const result = await runScriptAsync(script, postgresOperations(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }
}

import type pg from 'pg';
import { SIGNING_SECRET_STATEMENTS } from './signing-secret-sql.js';
import { postgresStatementOperations } from './sql-statements.js';
import type { Async } from './store-operations.js';
import type { WebhookOperations } from './webhook-operations.js';

/** The webhook operations in PostgreSQL, on a pooled client inside a transaction (or on the pool). */
export function postgresWebhookOperations(db: pg.Pool | pg.PoolClient): Async<WebhookOperations> {
  return { ...postgresStatementOperations(db, SIGNING_SECRET_STATEMENTS) };
}

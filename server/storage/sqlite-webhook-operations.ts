import type Database from 'better-sqlite3';
import { SIGNING_SECRET_STATEMENTS } from './signing-secret-sql.js';
import { sqliteStatementOperations } from './sql-statements.js';
import type { WebhookOperations } from './webhook-operations.js';

/** The webhook operations in SQLite (inside the caller's immediate transaction, which holds the write lock). */
export function sqliteWebhookOperations(db: Database.Database): WebhookOperations {
  return { ...sqliteStatementOperations(db, SIGNING_SECRET_STATEMENTS) };
}

import type pg from 'pg';
import type { EmailOperations } from './email-operations.js';
import type { OutboxRow } from './email-rows.js';
import { CLAIMABLE, EMAIL_STATEMENTS, OUTBOX_COLUMNS } from './email-sql.js';
import { postgresStatementOperations } from './sql-statements.js';
import { numberedParameters } from './setting-sql.js';
import type { Async } from './store-operations.js';

// Claims pick rows with FOR UPDATE SKIP LOCKED, so several channel workers claim at once without waiting on each other.
const CLAIM = numberedParameters(`WITH picked AS (
    SELECT delivery_id FROM email_outbox WHERE ${CLAIMABLE} ORDER BY next_attempt_at, delivery_id LIMIT ?
    FOR UPDATE SKIP LOCKED
  )
  UPDATE email_outbox o SET state = 'sending', lease_until = ? FROM picked WHERE o.delivery_id = picked.delivery_id
  RETURNING ${OUTBOX_COLUMNS.split(',')
    .map((column) => `o.${column.trim()}`)
    .join(', ')}`);

/** The email channel's operations in PostgreSQL, on a pooled client inside a transaction (or on the pool). */
export function postgresEmailOperations(db: pg.Pool | pg.PoolClient): Async<EmailOperations> {
  const operations = postgresStatementOperations(db, EMAIL_STATEMENTS);
  return {
    ...operations,
    claimOutbox: async (claim) =>
      (
        await db.query<OutboxRow>(CLAIM, [
          claim.tenantId,
          claim.channelId,
          claim.nowMs,
          claim.nowMs,
          claim.limit,
          claim.leaseUntil,
        ])
      ).rows.sort((a, b) => a.next_attempt_at - b.next_attempt_at),
  };
}

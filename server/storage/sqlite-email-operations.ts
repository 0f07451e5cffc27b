import type Database from 'better-sqlite3';
import type { EmailOperations } from './email-operations.js';
import type { OutboxRow } from './email-rows.js';
import { CLAIMABLE, EMAIL_STATEMENTS, OUTBOX_COLUMNS } from './email-sql.js';
import { sqliteStatementOperations } from './sql-statements.js';

/** The email channel's operations in SQLite (inside the caller's immediate transaction, which holds the write lock). */
export function sqliteEmailOperations(db: Database.Database): EmailOperations {
  const operations = sqliteStatementOperations(db, EMAIL_STATEMENTS);
  return {
    ...operations,
    claimOutbox(claim) {
      const rows = db
        .prepare(
          `SELECT ${OUTBOX_COLUMNS} FROM email_outbox WHERE ${CLAIMABLE} ORDER BY next_attempt_at, rowid LIMIT ?`,
        )
        .all(claim.tenantId, claim.channelId, claim.nowMs, claim.nowMs, claim.limit) as OutboxRow[];
      const take = db.prepare("UPDATE email_outbox SET state = 'sending', lease_until = ? WHERE delivery_id = ?");
      for (const row of rows) take.run(claim.leaseUntil, row.delivery_id);
      return rows.map((row) => ({ ...row, state: 'sending', lease_until: claim.leaseUntil }));
    },
  };
}

import type Database from 'better-sqlite3';
import type { EmailOperations } from './email-operations.js';
import type { OutboxRow } from './email-rows.js';
import { CLAIMABLE, EMAIL_STATEMENTS, OUTBOX_COLUMNS } from './email-sql.js';

/** The email channel's operations in SQLite (inside the caller's immediate transaction, which holds the write lock). */
export function sqliteEmailOperations(db: Database.Database): EmailOperations {
  const statements = Object.entries(EMAIL_STATEMENTS).map(([name, spec]) => [
    name,
    (...args: never[]) => {
      const { sql, values } = (spec.statement as (...given: never[]) => { sql: string; values: unknown[] })(...args);
      const prepared = db.prepare(sql);
      const rows = prepared.reader ? (prepared.all(...values) as Record<string, unknown>[]) : [];
      if (!prepared.reader) prepared.run(...values);
      return spec.answer(rows);
    },
  ]);
  // Each entry answers its operation with EMAIL_STATEMENTS' types (checked there).
  const operations = Object.fromEntries(statements) as Omit<EmailOperations, 'claimOutbox'>;
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

import type Database from 'better-sqlite3';
import type { AuditHead } from '../audit/audit-chain.js';
import { AUDIT_COLUMNS, auditRowValues, type AuditRow } from './audit-rows.js';
import type { AuditOperations } from './store-operations.js';

/** The audit chain's operations in SQLite's SQL (appends run inside the caller's write transaction). */
export function sqliteAuditOperations(db: Database.Database): AuditOperations {
  // Prepared once (on first use): an import appends one record per ticket, thousands in a transaction.
  let insertRecord: Database.Statement | null = null;
  return {
    auditHead() {
      const row = db.prepare<[], AuditHead>('SELECT seq, hash FROM audit_head WHERE id = 1').get();
      if (!row) throw new Error('The audit chain head row is missing.');
      return row;
    },
    insertAuditRecord(record) {
      insertRecord ??= db.prepare(
        `INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${AUDIT_COLUMNS.split(',')
          .map(() => '?')
          .join(', ')})`,
      );
      insertRecord.run(...auditRowValues(record));
    },
    setAuditHead(head) {
      db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(head.seq, head.hash);
    },
    auditPage: (afterSeq, limit) =>
      db
        .prepare<[number, number], AuditRow>(
          `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?`,
        )
        .all(afterSeq, limit),
    ticketAudit: (tenantId, ticketId) =>
      db
        .prepare<[string, string], AuditRow>(
          `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE tenant_id = ? AND ticket_id = ? ORDER BY seq`,
        )
        .all(tenantId, ticketId),
    auditRange: (query) =>
      db
        .prepare<[number, string, string, string | null, string | null, number], AuditRow>(
          `SELECT ${AUDIT_COLUMNS} FROM audit_events
           WHERE seq > ? AND at >= ? AND at < ? AND (? IS NULL OR tenant_id = ?) ORDER BY seq LIMIT ?`,
        )
        .all(query.afterSeq, query.from, query.to, query.tenantId ?? null, query.tenantId ?? null, query.limit),
  };
}

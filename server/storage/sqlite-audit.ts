import type Database from 'better-sqlite3';
import { sealAuditRecord, type AuditEntry, type AuditHead, type AuditRecord } from '../audit/audit-chain.js';
import type { AuditRangeQuery } from './queue-store.js';
import { AUDIT_COLUMNS, auditRecordFromRow, auditRowValues, type AuditRow } from './audit-rows.js';

/** The audit chain in the SQLite queue file. Appends run inside the caller's write transaction. */
export class SqliteAuditLog {
  constructor(private readonly db: Database.Database) {}

  append(entries: readonly AuditEntry[]): void {
    if (entries.length === 0) return;
    let head = this.head();
    const insert = this.db.prepare(
      `INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const entry of entries) {
      const record = sealAuditRecord(entry, head);
      insert.run(...auditRowValues(record));
      head = { seq: record.seq, hash: record.hash };
    }
    this.db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(head.seq, head.hash);
  }

  head(): AuditHead {
    const row = this.db.prepare<[], AuditHead>('SELECT seq, hash FROM audit_head WHERE id = 1').get();
    if (!row) throw new Error('The audit chain head row is missing.');
    return row;
  }

  page(afterSeq: number, limit: number): AuditRecord[] {
    return this.db
      .prepare<[number, number], AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?`,
      )
      .all(afterSeq, limit)
      .map(auditRecordFromRow);
  }

  ofTicket(tenantId: string, ticketId: string): AuditRecord[] {
    return this.db
      .prepare<[string, string], AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE tenant_id = ? AND ticket_id = ? ORDER BY seq`,
      )
      .all(tenantId, ticketId)
      .map(auditRecordFromRow);
  }

  range(query: AuditRangeQuery): AuditRecord[] {
    return this.db
      .prepare<[number, string, string, string | null, string | null, number], AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events
         WHERE seq > ? AND at >= ? AND at < ? AND (? IS NULL OR tenant_id = ?) ORDER BY seq LIMIT ?`,
      )
      .all(query.afterSeq, query.from, query.to, query.tenantId ?? null, query.tenantId ?? null, query.limit)
      .map(auditRecordFromRow);
  }
}

import type pg from 'pg';
import { sealAuditRecord, type AuditEntry, type AuditHead, type AuditRecord } from '../audit/audit-chain.js';
import type { AuditRangeQuery } from './queue-store.js';
import { AUDIT_COLUMNS, auditRecordFromRow, auditRowValues, type AuditRow } from './audit-rows.js';

type Db = pg.PoolClient | pg.Pool;

/**
 * Appends to the audit chain inside the caller's transaction. The head row is locked (FOR UPDATE)
 * until that transaction ends, so concurrent queue processes extend the chain one after another.
 * Callers append last in their transaction, after any feed or ticket locks, so lock order stays fixed.
 */
export async function appendAuditPg(db: pg.PoolClient, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  let head = await readAuditHeadPg(db, true);
  const placeholders = AUDIT_COLUMNS.split(',')
    .map((_column, index) => `$${index + 1}`)
    .join(', ');
  for (const entry of entries) {
    const record = sealAuditRecord(entry, head);
    await db.query(`INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${placeholders})`, auditRowValues(record));
    head = { seq: record.seq, hash: record.hash };
  }
  await db.query('UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [head.seq, head.hash]);
}

export async function readAuditHeadPg(db: Db, forUpdate = false): Promise<AuditHead> {
  const result = await db.query<AuditHead>(
    `SELECT seq, hash FROM audit_head WHERE id = 1${forUpdate ? ' FOR UPDATE' : ''}`,
  );
  const row = result.rows[0];
  if (!row) throw new Error('The audit chain head row is missing.');
  return { seq: Number(row.seq), hash: row.hash };
}

export async function auditPagePg(db: Db, afterSeq: number, limit: number): Promise<AuditRecord[]> {
  const result = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [afterSeq, limit],
  );
  return result.rows.map(auditRecordFromRow);
}

export async function ticketAuditPg(db: Db, tenantId: string, ticketId: string): Promise<AuditRecord[]> {
  const result = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE tenant_id = $1 AND ticket_id = $2 ORDER BY seq`,
    [tenantId, ticketId],
  );
  return result.rows.map(auditRecordFromRow);
}

export async function auditRangePg(db: Db, query: AuditRangeQuery): Promise<AuditRecord[]> {
  const result = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_events
     WHERE seq > $1 AND at >= $2 AND at < $3 AND ($4::text IS NULL OR tenant_id = $4) ORDER BY seq LIMIT $5`,
    [query.afterSeq, query.from, query.to, query.tenantId ?? null, query.limit],
  );
  return result.rows.map(auditRecordFromRow);
}

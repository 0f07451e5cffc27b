import type pg from 'pg';
import type { AuditHead } from '../audit/audit-chain.js';
import { AUDIT_COLUMNS, auditRowValues, type AuditRow } from './audit-rows.js';
import type { AuditOperations, Async } from './store-operations.js';

const PLACEHOLDERS = AUDIT_COLUMNS.split(',')
  .map((_column, index) => `$${index + 1}`)
  .join(', ');

/**
 * The audit chain's operations in PostgreSQL's SQL. Appending reads the head row locked (FOR UPDATE) until
 * the transaction ends, so concurrent queue processes extend the chain one after another.
 */
export function postgresAuditOperations(db: pg.Pool | pg.PoolClient): Async<AuditOperations> {
  const records = async (sql: string, values: readonly unknown[]): Promise<AuditRow[]> =>
    (await db.query<AuditRow>(sql, [...values])).rows;
  return {
    async auditHead(lock) {
      const result = await db.query<AuditHead>(
        `SELECT seq, hash FROM audit_head WHERE id = 1${lock ? ' FOR UPDATE' : ''}`,
      );
      const row = result.rows[0];
      if (!row) throw new Error('The audit chain head row is missing.');
      return { seq: Number(row.seq), hash: row.hash };
    },
    async insertAuditRecord(record) {
      await db.query(`INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${PLACEHOLDERS})`, auditRowValues(record));
    },
    async setAuditHead(head) {
      await db.query('UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [head.seq, head.hash]);
    },
    auditPage: (afterSeq, limit) =>
      records(`SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, limit]),
    ticketAudit: (tenantId, ticketId) =>
      records(`SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE tenant_id = $1 AND ticket_id = $2 ORDER BY seq`, [
        tenantId,
        ticketId,
      ]),
    auditRange: (query) =>
      records(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events
         WHERE seq > $1 AND at >= $2 AND at < $3 AND ($4::text IS NULL OR tenant_id = $4) ORDER BY seq LIMIT $5`,
        [query.afterSeq, query.from, query.to, query.tenantId ?? null, query.limit],
      ),
  };
}

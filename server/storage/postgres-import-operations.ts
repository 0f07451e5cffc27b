import type pg from 'pg';
import { chunks, importedTicketRecord, type ImportedTicketRow, type ImportOperations } from './import-operations.js';
import { messageValues, newTicketValues, type RowValues } from './row-values.js';
import type { Async } from './store-operations.js';

/** The import's store operations in PostgreSQL's SQL: multi-row statements, so a batch costs few round trips. */
export function postgresImportOperations(db: pg.Pool | pg.PoolClient): Async<ImportOperations> {
  const insertRows = async (table: string, rows: readonly RowValues[], onConflict = ''): Promise<void> => {
    for (const chunk of chunks(rows)) {
      const [first] = chunk;
      if (!first) continue;
      const columns = Object.keys(first);
      const tuples = chunk.map(
        (_row, index) => `(${columns.map((_column, column) => `$${index * columns.length + column + 1}`).join(', ')})`,
      );
      await db.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${onConflict}`,
        chunk.flatMap((row) => Object.values(row)),
      );
    }
  };
  return {
    async importedTickets(tenantId, system, externalIds) {
      const result = await db.query<ImportedTicketRow>(
        `SELECT external_id, ticket_id, fingerprint, imported_version FROM imported_tickets
         WHERE tenant_id = $1 AND system = $2 AND external_id = ANY($3)`,
        [tenantId, system, [...externalIds]],
      );
      return result.rows.map(importedTicketRecord);
    },
    async saveImportedTickets(tenantId, system, records) {
      await insertRows(
        'imported_tickets',
        records.map((record) => ({
          tenant_id: tenantId,
          system,
          external_id: record.externalId,
          ticket_id: record.ticketId,
          fingerprint: record.fingerprint,
          imported_version: record.importedVersion,
        })),
        ` ON CONFLICT (tenant_id, system, external_id)
          DO UPDATE SET fingerprint = excluded.fingerprint, imported_version = excluded.imported_version`,
      );
    },
    async reserveSeqs(tenantId, count) {
      const result = await db.query<{ value: number }>(
        'UPDATE tenant_sequences SET value = value + $2 WHERE tenant_id = $1 RETURNING value',
        [tenantId, count],
      );
      const row = result.rows[0];
      if (!row) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
      return Number(row.value);
    },
    insertTickets: (tickets) => insertRows('tickets', tickets.map(newTicketValues)),
    insertMessages: (tenantId, messages) =>
      insertRows(
        'messages',
        messages.map((message) => messageValues(tenantId, message)),
      ),
    async presentMessageIds(tenantId, messageIds) {
      const result = await db.query<{ id: string }>('SELECT id FROM messages WHERE tenant_id = $1 AND id = ANY($2)', [
        tenantId,
        [...messageIds],
      ]);
      return result.rows.map((row) => row.id);
    },
  };
}

import type Database from 'better-sqlite3';
import { chunks, importedTicketRecord, type ImportedTicketRow, type ImportOperations } from './import-operations.js';
import { messageValues, newTicketValues, type RowValues } from './row-values.js';

/** The import's store operations in SQLite's SQL: one prepared statement per row shape, run for each row. */
export function sqliteImportOperations(db: Database.Database): ImportOperations {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const insertRows = (table: string, rows: readonly RowValues[]): void => {
    const [first] = rows;
    if (!first) return;
    const columns = Object.keys(first);
    const insert = prepared(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) insert.run(...Object.values(row));
  };
  const inList = (count: number): string => Array.from({ length: count }, () => '?').join(', ');
  return {
    importedTickets: (tenantId, system, externalIds) =>
      chunks(externalIds).flatMap((ids) =>
        (
          db
            .prepare(
              `SELECT external_id, ticket_id, fingerprint, imported_version FROM imported_tickets
               WHERE tenant_id = ? AND system = ? AND external_id IN (${inList(ids.length)})`,
            )
            .all(tenantId, system, ...ids) as ImportedTicketRow[]
        ).map(importedTicketRecord),
      ),
    saveImportedTickets(tenantId, system, records) {
      const save = prepared(
        `INSERT INTO imported_tickets (tenant_id, system, external_id, ticket_id, fingerprint, imported_version)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, system, external_id)
         DO UPDATE SET fingerprint = excluded.fingerprint, imported_version = excluded.imported_version`,
      );
      for (const record of records)
        save.run(tenantId, system, record.externalId, record.ticketId, record.fingerprint, record.importedVersion);
    },
    reserveSeqs(tenantId, count) {
      const row = prepared('UPDATE tenant_sequences SET value = value + ? WHERE tenant_id = ? RETURNING value').get(
        count,
        tenantId,
      ) as { value: number } | undefined;
      if (!row) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
      return row.value;
    },
    insertTickets: (tickets) => insertRows('tickets', tickets.map(newTicketValues)),
    insertMessages: (tenantId, messages) =>
      insertRows(
        'messages',
        messages.map((message) => messageValues(tenantId, message)),
      ),
    presentMessageIds: (tenantId, messageIds) =>
      chunks(messageIds).flatMap(
        (ids) =>
          db
            .prepare(`SELECT id FROM messages WHERE tenant_id = ? AND id IN (${inList(ids.length)})`)
            .pluck()
            .all(tenantId, ...ids) as string[],
      ),
  };
}

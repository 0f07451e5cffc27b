import type { Message, Ticket } from '../../shared/domain/ticket.js';
import type { ImportedTicketRecord, ImportSystem } from '../domain/ticket-import.js';

/**
 * The store operations of a ticket import (import-script.ts), answered by each engine with its SQL
 * (sqlite-import-operations.ts, postgres-import-operations.ts). They work on a batch at a time: an import
 * writes thousands of rows, and one statement per row would be most of its time.
 */
export interface ImportOperations {
  /** What earlier imports recorded of these external ids (those never imported are left out). */
  importedTickets(tenantId: string, system: ImportSystem, externalIds: readonly string[]): ImportedTicketRecord[];
  /** Records (or replaces) what this import left of each ticket. */
  saveImportedTickets(tenantId: string, system: ImportSystem, records: readonly ImportedTicketRecord[]): void;
  /** Draws `count` feed numbers at once; returns the last (the range is last - count + 1 .. last). */
  reserveSeqs(tenantId: string, count: number): number;
  insertTickets(tickets: readonly Ticket[]): void;
  insertMessages(tenantId: string, messages: readonly Message[]): void;
  /** Which of these message ids the tenant already has. */
  presentMessageIds(tenantId: string, messageIds: readonly string[]): string[];
}

/** The imported_tickets table's row. */
export interface ImportedTicketRow {
  external_id: string;
  ticket_id: string;
  fingerprint: string;
  imported_version: number;
}

export function importedTicketRecord(row: ImportedTicketRow): ImportedTicketRecord {
  return {
    externalId: row.external_id,
    ticketId: row.ticket_id,
    fingerprint: row.fingerprint,
    importedVersion: Number(row.imported_version),
  };
}

/** Rows per multi-row statement: keeps every statement under both engines' bound-parameter limits. */
export const ROWS_PER_STATEMENT = 500;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

import type { Rows, Statements } from './sql-statements.js';

/** A merge as stored (schema-steps.ts ticketMergeStep: ticket_merges). */
export interface MergeRow {
  id: string;
  tenant_id: string;
  source_ticket_id: string;
  target_ticket_id: string;
  /** The ids of the source's messages moved into the target, as a JSON array. */
  moved_json: string;
  by_name: string;
  by_user_id: string | null;
  at: string;
  undo_until: string;
  undone_at: string | null;
  /** The source's status before the merge resolved it (an undo restores it). */
  source_status: string;
  /** The source's channel that told the customer where the conversation continues, or null. */
  customer_told_by: string | null;
}

/** Merges of tickets, one statement each for both engines (sql-statements.ts). */
export interface MergeOperations {
  insertMerge(row: MergeRow): void;
  /** `lock`: held until the transaction ends (an undo's read). */
  mergeRow(tenantId: string, mergeId: string, lock: boolean): MergeRow | null;
  markMergeUndone(tenantId: string, mergeId: string, at: string): void;
  /** Puts a message on another ticket of the tenant with a new feed number (consoles pull it again). */
  moveMessage(tenantId: string, messageId: string, ticketId: string, seq: number): void;
  /** The subject of a reply's outbox row (a merge notice names the ticket the conversation continues on). */
  setOutboxSubject(tenantId: string, messageId: string, subject: string): void;
  /** Puts a stored email attachment on the ticket its message now belongs to (it is downloaded through that ticket). */
  moveAttachment(tenantId: string, attachmentId: string, ticketId: string): void;
}

const MERGE_COLUMNS = [
  'id',
  'tenant_id',
  'source_ticket_id',
  'target_ticket_id',
  'moved_json',
  'by_name',
  'by_user_id',
  'at',
  'undo_until',
  'undone_at',
  'source_status',
  'customer_told_by',
] as const satisfies readonly (keyof MergeRow)[];

const none = (): void => undefined;
const first = <R>(rows: Rows): R | null => (rows[0] as R | undefined) ?? null;

export const MERGE_STATEMENTS: Statements<MergeOperations> = {
  insertMerge: {
    statement: (row) => ({
      sql: `INSERT INTO ticket_merges (${MERGE_COLUMNS.join(', ')}) VALUES (${MERGE_COLUMNS.map(() => '?').join(', ')})`,
      values: MERGE_COLUMNS.map((column) => row[column]),
    }),
    answer: none,
  },
  mergeRow: {
    statement: (tenantId, mergeId, lock) => ({
      sql: `SELECT ${MERGE_COLUMNS.join(', ')} FROM ticket_merges WHERE tenant_id = ? AND id = ?`,
      values: [tenantId, mergeId],
      lock,
    }),
    answer: first<MergeRow>,
  },
  markMergeUndone: {
    statement: (tenantId, mergeId, at) => ({
      sql: 'UPDATE ticket_merges SET undone_at = ? WHERE tenant_id = ? AND id = ?',
      values: [at, tenantId, mergeId],
    }),
    answer: none,
  },
  moveMessage: {
    statement: (tenantId, messageId, ticketId, seq) => ({
      sql: 'UPDATE messages SET ticket_id = ?, seq = ? WHERE tenant_id = ? AND id = ?',
      values: [ticketId, seq, tenantId, messageId],
    }),
    answer: none,
  },
  moveAttachment: {
    statement: (tenantId, attachmentId, ticketId) => ({
      sql: 'UPDATE email_blobs SET ticket_id = ? WHERE tenant_id = ? AND id = ?',
      values: [ticketId, tenantId, attachmentId],
    }),
    answer: none,
  },
  setOutboxSubject: {
    statement: (tenantId, messageId, subject) => ({
      sql: 'UPDATE email_outbox SET subject = ? WHERE tenant_id = ? AND message_id = ?',
      values: [subject, tenantId, messageId],
    }),
    answer: none,
  },
};

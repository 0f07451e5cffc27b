import {
  CustomerTicketSchema,
  customerHistoryConsoleMethods,
  type CustomerTicket,
} from '../../../shared/api/customer-history-console.js';
import type { ConsoleInput, ConsoleOutput } from '../../../shared/api/console-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { LocalDatabase } from './local-database.js';
import { ftsQuery } from './search-text.js';
import { StatementCache } from './statement-cache.js';

const LIST = customerHistoryConsoleMethods.listCustomerTickets;

/** A customer ticket's row as the query reads it: the panel's fields only, never the whole ticket JSON parsed. */
interface CustomerTicketRow {
  id: string;
  subject: string;
  status: string;
  channel: string;
  csat: number | null;
  createdAt: string;
  updatedAt: string;
  mergedInto: string | null;
}

/** The customer's tickets newest first, from the tickets_by_customer index (customer_id, created_at, id). */
const CUSTOMER_TICKETS = 'SELECT t.rowid AS rowid FROM tickets t WHERE t.customer_id = @customerId';
const NEWEST_FIRST = 'ORDER BY t.created_at DESC, t.id DESC';
/**
 * A ticket whose subject or one of whose messages (replies and notes) has every searched word, by the cache's full-text
 * indexes (search-text.ts). Each index is asked about this ticket's rows only (MATCH with a rowid), so a word common in
 * the whole cache costs no more than a rare one: the work grows with the customer's tickets, not with the cache.
 */
const HAS_TEXT = `(EXISTS (SELECT 1 FROM subject_search s WHERE subject_search MATCH @match AND s.rowid = t.rowid)
  OR EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id
    AND EXISTS (SELECT 1 FROM message_search ms WHERE message_search MATCH @match AND ms.rowid = m.rowid)))`;
const PANEL_FIELDS = `SELECT id, json_extract(json, '$.subject') AS subject, status, json_extract(json, '$.channel') AS channel,
  csat_score AS csat, created_at AS createdAt, updated_at AS updatedAt, json_extract(json, '$.mergedInto') AS mergedInto
  FROM tickets WHERE rowid = ?`;

/**
 * The customer panel's history on the local cache (issue 19): a customer's tickets, newest first, the open one
 * included, found offline; `text` narrows to those whose subject or messages have all its words. `total` counts every
 * match, `tickets` the newest `limit` of them.
 */
export class CustomerHistory {
  private readonly statements: StatementCache;

  constructor(db: LocalDatabase) {
    this.statements = new StatementCache(db);
  }

  listCustomerTickets(input: ConsoleInput<'listCustomerTickets'>): Result<ConsoleOutput<'listCustomerTickets'>> {
    const parsed = LIST.input.safeParse(input);
    if (!parsed.success) return fail('validation_failed', parsed.error.issues[0]?.message ?? 'The input is invalid.');
    const { customerId, text, limit } = parsed.data;
    const match = text === undefined ? null : ftsQuery(text);
    // Words with nothing searchable in them (only punctuation) narrow to nothing; an empty text does not narrow.
    if (match === null && text !== undefined && text.trim().length > 0) return ok({ tickets: [], total: 0 });
    const rowids = this.statements
      .prepared(`${CUSTOMER_TICKETS}${match === null ? '' : ` AND ${HAS_TEXT}`} ${NEWEST_FIRST}`)
      .pluck()
      .all(match === null ? { customerId } : { customerId, match }) as number[];
    const fields = this.statements.prepared(PANEL_FIELDS);
    const tickets = rowids.slice(0, limit).flatMap((rowid) => {
      const row = fields.get(rowid) as CustomerTicketRow | undefined;
      return row ? [customerTicket(row)] : [];
    });
    return ok({ tickets, total: rowids.length });
  }
}

/** The row as the contract's CustomerTicket (a ticket without a merge pointer reads null). */
function customerTicket(row: CustomerTicketRow): CustomerTicket {
  return CustomerTicketSchema.parse({ ...row, mergedInto: row.mergedInto ?? null });
}

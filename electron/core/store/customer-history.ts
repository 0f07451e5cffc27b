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

/** A ticket (or a message, with its ticket's id) by its row in the cache. */
interface TicketKey {
  rowid: number;
  id: string;
}

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
const CUSTOMER_TICKETS = 'SELECT rowid, id FROM tickets WHERE customer_id = ? ORDER BY created_at DESC, id DESC';
/** The messages (replies and notes) of the customer's tickets, by the same index and messages_by_ticket. */
const CUSTOMER_MESSAGES =
  'SELECT m.rowid AS rowid, m.ticket_id AS id FROM tickets t JOIN messages m ON m.ticket_id = t.id WHERE t.customer_id = ?';
/** The rows of a full-text index (subject_search or message_search) that have every searched word, within a rowid range. */
const matchingRows = (index: 'subject_search' | 'message_search') =>
  `SELECT rowid FROM ${index} WHERE ${index} MATCH ? AND rowid BETWEEN ? AND ?`;
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
    const customerTickets = this.statements.prepared(CUSTOMER_TICKETS).all(customerId) as TicketKey[];
    const found = match === null ? customerTickets : this.withText(customerId, customerTickets, match);
    const fields = this.statements.prepared(PANEL_FIELDS);
    const tickets = found.slice(0, limit).flatMap(({ rowid }) => {
      const row = fields.get(rowid) as CustomerTicketRow | undefined;
      return row ? [customerTicket(row)] : [];
    });
    return ok({ tickets, total: found.length });
  }

  /**
   * Of the customer's tickets (in their order), those whose subject or one of whose messages has every searched word,
   * by the cache's full-text indexes (search-text.ts, as the review search). Each index is read once over the rowids of
   * the customer's rows, and its hits kept when they are among them: one query, however many tickets the customer has
   * (a MATCH per row rebuilds a prefix word's list of hits every time).
   */
  private withText(customerId: string, tickets: readonly TicketKey[], match: string): TicketKey[] {
    const matched = new Set<string>();
    const ticketOfRow = new Map(tickets.map(({ rowid, id }) => [rowid, id]));
    this.hitsAmong('subject_search', match, ticketOfRow, matched);
    if (matched.size < tickets.length) {
      const messages = this.statements.prepared(CUSTOMER_MESSAGES).all(customerId) as TicketKey[];
      const ticketOfMessage = new Map(
        messages.filter(({ id }) => !matched.has(id)).map(({ rowid, id }) => [rowid, id]),
      );
      this.hitsAmong('message_search', match, ticketOfMessage, matched);
    }
    return tickets.filter(({ id }) => matched.has(id));
  }

  /** Adds to `matched` the ticket of every row of `ticketOfRow` that the index finds for `match`. */
  private hitsAmong(
    index: 'subject_search' | 'message_search',
    match: string,
    ticketOfRow: ReadonlyMap<number, string>,
    matched: Set<string>,
  ): void {
    if (ticketOfRow.size === 0) return;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const rowid of ticketOfRow.keys()) {
      low = Math.min(low, rowid);
      high = Math.max(high, rowid);
    }
    // all() and not iterate(): a row at a time across into JavaScript is ten times slower for thousands of hits.
    const hits = this.statements.prepared(matchingRows(index)).pluck().all(match, low, high) as number[];
    for (const rowid of hits) {
      const id = ticketOfRow.get(rowid);
      if (id !== undefined) matched.add(id);
    }
  }
}

/** The row as the contract's CustomerTicket (a ticket without a merge pointer reads null). */
function customerTicket(row: CustomerTicketRow): CustomerTicket {
  return CustomerTicketSchema.parse({ ...row, mergedInto: row.mergedInto ?? null });
}

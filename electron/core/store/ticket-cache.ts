import type { LocalMessage } from '../../../shared/api/console-contract.js';
import { MessageSchema, TicketSchema, type Message, type Ticket, type TicketStatus } from '../../../shared/domain/ticket.js';
import type { LocalDatabase } from './local-database.js';

interface TicketRow {
  json: string;
}
interface MessageRow {
  json: string;
  pending: number;
}

/** The console's copy of tickets and messages, as last pulled from the queue plus local unsent changes. */
export class TicketCache {
  private readonly upsertTicketStmt;
  private readonly upsertMessageStmt;
  private readonly insertPendingMessageStmt;
  private readonly getTicketStmt;
  private readonly listByStatusStmt;
  private readonly listMessagesStmt;
  private readonly countStmt;

  constructor(private readonly db: LocalDatabase) {
    this.upsertTicketStmt = db.prepare(
      `INSERT INTO tickets (id, status, created_at, updated_at, seq, json) VALUES (@id, @status, @createdAt, @updatedAt, @seq, @json)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, seq = excluded.seq, json = excluded.json`,
    );
    this.upsertMessageStmt = db.prepare(
      `INSERT INTO messages (id, ticket_id, created_at, seq, pending, json) VALUES (@id, @ticketId, @createdAt, @seq, 0, @json)
       ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, pending = 0, json = excluded.json, created_at = excluded.created_at`,
    );
    this.insertPendingMessageStmt = db.prepare(
      `INSERT OR IGNORE INTO messages (id, ticket_id, created_at, seq, pending, json) VALUES (@id, @ticketId, @createdAt, 0, 1, @json)`,
    );
    this.getTicketStmt = db.prepare<[string], TicketRow>('SELECT json FROM tickets WHERE id = ?');
    this.listByStatusStmt = db.prepare<[string, number], TicketRow>(
      'SELECT json FROM tickets WHERE status = ? ORDER BY created_at ASC LIMIT ?',
    );
    this.listMessagesStmt = db.prepare<[string], MessageRow>(
      'SELECT json, pending FROM messages WHERE ticket_id = ? ORDER BY created_at ASC, seq ASC',
    );
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tickets');
  }

  putTicket(ticket: Ticket): void {
    this.upsertTicketStmt.run({ ...ticket, json: JSON.stringify(ticket) });
  }

  putMessage(message: Message): void {
    this.upsertMessageStmt.run({ ...message, json: JSON.stringify(message) });
  }

  /** A message written here and not yet acknowledged by the queue. */
  putPendingMessage(message: Message): void {
    this.insertPendingMessageStmt.run({ ...message, json: JSON.stringify(message) });
  }

  getTicket(id: string): Ticket | null {
    const row = this.getTicketStmt.get(id);
    return row ? TicketSchema.parse(JSON.parse(row.json)) : null;
  }

  listByStatus(status: TicketStatus, limit = 10_000): Ticket[] {
    return this.listByStatusStmt.all(status, limit).map((row) => TicketSchema.parse(JSON.parse(row.json)));
  }

  listMessages(ticketId: string): LocalMessage[] {
    return this.listMessagesStmt
      .all(ticketId)
      .map((row) => ({ ...MessageSchema.parse(JSON.parse(row.json)), pending: row.pending === 1 }));
  }

  countTickets(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

import { MessageSchema, TicketSchema, type Ticket } from '../../../shared/domain/ticket.js';
import { reviewSignals } from '../../../shared/metrics/review-signals.js';
import { ticketFacts, type TicketFacts } from '../../../shared/metrics/ticket-facts.js';
import type { LocalDatabase } from '../store/local-database.js';

/**
 * Bump when TicketFacts or how they are derived changes: every stored fact is then derived again.
 * The stamp of a ticket's facts is this version, its updated_at and its feed seq.
 */
const FACTS_VERSION = 1;

interface StaleRow {
  id: string;
  json: string;
  stamp: string;
}

/**
 * The metrics' facts of every cached ticket, kept in a table of the console cache next to the tickets
 * and brought up to date before each read: only tickets whose update time or feed position moved since
 * are derived again. A derived cache: created on demand, and dropping it loses nothing.
 */
export class MetricFactsStore {
  private readonly staleStmt;
  private readonly messagesStmt;
  private readonly upsertStmt;
  private readonly pruneStmt;
  private readonly allStmt;
  private memory: { generation: string; facts: TicketFacts[] } | null = null;

  constructor(private readonly db: LocalDatabase) {
    db.exec(`CREATE TABLE IF NOT EXISTS metric_facts (ticket_id TEXT PRIMARY KEY, stamp TEXT NOT NULL, json TEXT NOT NULL)`);
    const stamp = `'${FACTS_VERSION}|' || t.updated_at || '|' || t.seq`;
    this.staleStmt = db.prepare<[], StaleRow>(
      `SELECT t.id AS id, t.json AS json, ${stamp} AS stamp FROM tickets t LEFT JOIN metric_facts f ON f.ticket_id = t.id
       WHERE f.stamp IS NULL OR f.stamp <> ${stamp}`,
    );
    this.messagesStmt = db.prepare<[string], { json: string }>('SELECT json FROM messages WHERE ticket_id = ?');
    this.upsertStmt = db.prepare(
      'INSERT INTO metric_facts (ticket_id, stamp, json) VALUES (?, ?, ?) ON CONFLICT(ticket_id) DO UPDATE SET stamp = excluded.stamp, json = excluded.json',
    );
    this.pruneStmt = db.prepare('DELETE FROM metric_facts WHERE ticket_id NOT IN (SELECT id FROM tickets)');
    this.allStmt = db.prepare<[], { json: string }>('SELECT json FROM metric_facts');
  }

  /** Facts of every ticket in the cache, derived again where the ticket changed. */
  all(): TicketFacts[] {
    const changed = this.refresh();
    if (changed || !this.memory) {
      this.memory = { generation: String(Date.now()), facts: this.allStmt.all().map((row) => JSON.parse(row.json) as TicketFacts) };
    }
    return this.memory.facts;
  }

  /** Derives facts for new and changed tickets and drops those of removed ones; returns whether anything moved. */
  refresh(): boolean {
    return this.db.transaction(() => {
      const stale = this.staleStmt.all();
      for (const row of stale) {
        const ticket = TicketSchema.parse(JSON.parse(row.json));
        this.upsertStmt.run(ticket.id, row.stamp, JSON.stringify(this.derive(ticket)));
      }
      const pruned = this.pruneStmt.run().changes;
      return stale.length > 0 || pruned > 0;
    })();
  }

  private derive(ticket: Ticket): TicketFacts {
    const messages = this.messagesStmt.all(ticket.id).map((row) => MessageSchema.parse(JSON.parse(row.json)));
    return ticketFacts(ticket, messages, reviewSignals(ticket));
  }
}

import { MessageSchema, TicketSchema, type Ticket } from '../../../shared/domain/ticket.js';
import { reviewSignals } from '../../../shared/metrics/review-signals.js';
import { ticketFacts, type TicketFacts } from '../../../shared/metrics/ticket-facts.js';
import type { LocalDatabase } from '../store/local-database.js';

/**
 * Bump when TicketFacts or how they are derived changes: every stored fact is then derived again.
 * The stamp of a ticket's facts is this version, its updated_at and its feed seq.
 */
const FACTS_VERSION = 3;

interface StaleRow {
  id: string;
  json: string;
  stamp: string;
}

interface Fingerprint {
  n: number;
  seq: number | null;
  updated: string | null;
}

/**
 * The metrics' facts of every cached ticket, kept in a table of the console cache next to the tickets
 * and brought up to date before each read: only tickets whose update time or feed position moved since
 * are derived again. A derived cache: created on demand, and dropping it loses nothing.
 * The facts are also held in memory, and a cheap fingerprint of the tickets table (count, highest seq,
 * latest update) skips the search for changed tickets when nothing moved since the last read.
 */
export class MetricFactsStore {
  private readonly staleStmt;
  private readonly messagesStmt;
  private readonly upsertStmt;
  private readonly removedStmt;
  private readonly deleteStmt;
  private readonly allStmt;
  private readonly fingerprintStmt;
  private memory: Map<string, TicketFacts> | null = null;
  private lastFingerprint: string | null = null;

  constructor(private readonly db: LocalDatabase) {
    db.exec(
      `CREATE TABLE IF NOT EXISTS metric_facts (ticket_id TEXT PRIMARY KEY, stamp TEXT NOT NULL, json TEXT NOT NULL)`,
    );
    // A covering index: finding changed tickets and the fingerprint read it alone, never the ticket rows
    // with their JSON (a full scan of those costs seconds on 100,000 tickets). Derived too: safe to drop.
    db.exec('CREATE INDEX IF NOT EXISTS metric_ticket_stamps ON tickets (id, updated_at, seq)');
    const stamp = `'${FACTS_VERSION}|' || t.updated_at || '|' || t.seq`;
    this.staleStmt = db.prepare<[], StaleRow>(
      `SELECT s.id AS id, (SELECT json FROM tickets WHERE id = s.id) AS json, s.stamp AS stamp FROM
         (SELECT t.id AS id, ${stamp} AS stamp FROM tickets t INDEXED BY metric_ticket_stamps) s
         LEFT JOIN metric_facts f ON f.ticket_id = s.id
       WHERE f.stamp IS NULL OR f.stamp <> s.stamp`,
    );
    this.messagesStmt = db.prepare<[string], { json: string }>('SELECT json FROM messages WHERE ticket_id = ?');
    this.upsertStmt = db.prepare(
      'INSERT INTO metric_facts (ticket_id, stamp, json) VALUES (?, ?, ?) ON CONFLICT(ticket_id) DO UPDATE SET stamp = excluded.stamp, json = excluded.json',
    );
    this.removedStmt = db.prepare<[], { id: string }>(
      'SELECT ticket_id AS id FROM metric_facts WHERE ticket_id NOT IN (SELECT id FROM tickets)',
    );
    this.deleteStmt = db.prepare('DELETE FROM metric_facts WHERE ticket_id = ?');
    this.allStmt = db.prepare<[], { json: string }>('SELECT json FROM metric_facts');
    this.fingerprintStmt = db.prepare<[], Fingerprint>(
      'SELECT COUNT(*) AS n, MAX(seq) AS seq, MAX(updated_at) AS updated FROM tickets INDEXED BY metric_ticket_stamps',
    );
  }

  /** Facts of every ticket in the cache, derived again where the ticket changed. */
  all(): Iterable<TicketFacts> {
    const fingerprint = JSON.stringify(this.fingerprintStmt.get());
    if (this.memory && fingerprint === this.lastFingerprint) return this.memory.values();
    const memory =
      this.memory ??
      new Map(
        this.allStmt
          .all()
          .map((row) => facts(row.json))
          .map((item) => [item.id, item] as const),
      );
    const { changed, removed } = this.update();
    for (const item of changed) memory.set(item.id, item);
    for (const id of removed) memory.delete(id);
    this.memory = memory;
    this.lastFingerprint = fingerprint;
    return memory.values();
  }

  /** Derives facts for new and changed tickets and drops those of removed ones; returns whether anything moved. */
  refresh(): boolean {
    const { changed, removed } = this.update();
    if (this.memory) {
      for (const item of changed) this.memory.set(item.id, item);
      for (const id of removed) this.memory.delete(id);
    }
    return changed.length > 0 || removed.length > 0;
  }

  private update(): { changed: TicketFacts[]; removed: string[] } {
    return this.db.transaction(() => {
      const changed = this.staleStmt.all().map((row) => {
        const derived = this.derive(TicketSchema.parse(JSON.parse(row.json)));
        this.upsertStmt.run(derived.id, row.stamp, JSON.stringify(derived));
        return derived;
      });
      const removed = this.removedStmt.all().map((row) => row.id);
      for (const id of removed) this.deleteStmt.run(id);
      return { changed, removed };
    })();
  }

  private derive(ticket: Ticket): TicketFacts {
    const messages = this.messagesStmt.all(ticket.id).map((row) => MessageSchema.parse(JSON.parse(row.json)));
    return ticketFacts(ticket, messages, reviewSignals(ticket));
  }
}

function facts(json: string): TicketFacts {
  return JSON.parse(json) as TicketFacts;
}

import { StatementCache } from './statement-cache.js';
import type { LocalMessage, ReviewHit, ReviewQuery, UnsentChange } from '../../../shared/api/console-contract.js';
import { MutationSchema, type ConflictReason, type Mutation } from '../../../shared/api/mutations.js';
import { mutatorOf } from '../../../shared/mutations/index.js';
import {
  MessageSchema,
  TicketSchema,
  type Message,
  type Ticket,
  type TicketStatus,
} from '../../../shared/domain/ticket.js';
import type { Statement } from 'better-sqlite3';
import { markCacheDamaged, type LocalDatabase } from './local-database.js';
import { excerpt, ftsQuery, searchableText } from './search-text.js';
import type { SlaPolicyBook } from '../../../shared/sla/inbox-policy.js';
import { InboxDueTimes } from './inbox-due.js';

interface TicketRow {
  json: string;
}
/** status .. snoozed_until, in the order of the ticket insert and update statements. */
type TicketColumns = [
  status: string,
  updatedAt: string,
  seq: number,
  json: string,
  language: string | null,
  intent: string | null,
  humanTouched: number,
  ownerQueue: string | null,
  customerTier: string,
  reasonCode: string | null,
  assignee: string | null,
  snoozedUntil: string | null,
];
interface MessageRow {
  json: string;
  pending: number;
}
type UnnumberedLike =
  | (Omit<Extract<Mutation, { type: 'note' }>, 'id'> & { id: number })
  | (Omit<Extract<Mutation, { type: 'agent_reply' }>, 'id'> & { id: number });

interface UnsentRow {
  id: number;
  ticket_id: string;
  reason: string;
  detail: string;
  at: string;
  json: string;
}

/** How many newest matches a search looks at before grouping them by ticket. */
const SEARCH_WINDOW = 400;

/** The console's copy of tickets and messages, as last pulled from the queue plus local unsent changes. */
export class TicketCache {
  private readonly insertTicketStmt;
  private readonly updateTicketStmt;
  private readonly indexSubjectStmt;
  private readonly insertMessageStmt;
  private readonly confirmMessageStmt;
  private readonly indexMessageStmt;
  private readonly insertPendingMessageStmt;
  private readonly deletePendingMessageStmt;
  private readonly getTicketStmt;
  private readonly listByStatusStmt;
  private readonly listNewestByStatusStmt;
  private readonly listMessagesStmt;
  private readonly countStmt;
  private readonly statements: StatementCache;
  /** The inbox's due time of each escalation, by the SLA policies (see useSlaPolicies). */
  private readonly due: InboxDueTimes;

  constructor(private readonly db: LocalDatabase) {
    this.statements = new StatementCache(db);
    this.due = new InboxDueTimes(db);
    // Positional parameters in one order (TicketColumns) for both: a fresh console's first sync writes 100,000s.
    this.insertTicketStmt = db.prepare<[...TicketColumns, string, string]>(
      `INSERT INTO tickets (status, updated_at, seq, json, language, intent, human_touched, owner_queue, customer_tier,
         reason_code, assignee, snoozed_until, created_at, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.updateTicketStmt = db.prepare<[...TicketColumns, string]>(
      `UPDATE tickets SET status = ?, updated_at = ?, seq = ?, json = ?, language = ?, intent = ?, human_touched = ?,
         owner_queue = ?, customer_tier = ?, reason_code = ?, assignee = ?, snoozed_until = ? WHERE id = ?`,
    );
    this.indexSubjectStmt = db.prepare('INSERT INTO subject_search (rowid, body) VALUES (?, ?)');
    this.insertMessageStmt = db.prepare<[string, string, string, number, string]>(
      'INSERT INTO messages (id, ticket_id, created_at, seq, pending, json) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO NOTHING',
    );
    // A known message may come back on another ticket (a merge moved it, or its undo): it moves with it.
    this.confirmMessageStmt = db.prepare(
      'UPDATE messages SET ticket_id = @ticketId, seq = @seq, pending = 0, json = @json, created_at = @createdAt WHERE id = @id',
    );
    this.indexMessageStmt = db.prepare('INSERT INTO message_search (rowid, body) VALUES (?, ?)');
    this.insertPendingMessageStmt = db.prepare(
      `INSERT OR IGNORE INTO messages (id, ticket_id, created_at, seq, pending, json) VALUES (@id, @ticketId, @createdAt, 0, 1, @json)`,
    );
    this.deletePendingMessageStmt = db.prepare<[string], { rowid: number; ticket_id: string }>(
      'DELETE FROM messages WHERE id = ? AND pending = 1 RETURNING rowid, ticket_id',
    );
    this.getTicketStmt = db.prepare<[string], TicketRow>('SELECT json FROM tickets WHERE id = ?');
    this.listByStatusStmt = db.prepare<[string, number], TicketRow>(
      'SELECT json FROM tickets WHERE status = ? ORDER BY created_at ASC LIMIT ?',
    );
    this.listNewestByStatusStmt = db.prepare<[string, number], TicketRow>(
      'SELECT json FROM tickets WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    );
    this.listMessagesStmt = db.prepare<[string], MessageRow>(
      'SELECT json, pending FROM messages WHERE ticket_id = ? ORDER BY created_at ASC, seq ASC',
    );
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tickets');
  }

  putTicket(ticket: Ticket): void {
    const inbox = inboxColumns(ticket);
    const columns: TicketColumns = [
      ticket.status,
      ticket.updatedAt,
      ticket.seq,
      JSON.stringify(ticket),
      ticket.language,
      ticket.intent,
      ticket.humanTouched ? 1 : 0,
      inbox.ownerQueue,
      inbox.customerTier,
      inbox.reasonCode,
      inbox.assignee,
      inbox.snoozedUntil,
    ];
    const inserted = this.insertTicketStmt.run(...columns, ticket.createdAt, ticket.id);
    if (inserted.changes === 1) this.indexSubjectStmt.run(inserted.lastInsertRowid, searchableText(ticket.subject));
    else this.updateTicketStmt.run(...columns, ticket.id);
    this.due.mark(ticket.id);
  }

  putMessage(message: Message): void {
    // Positional parameters: a fresh console's first sync writes a million of these.
    const json = JSON.stringify(message);
    const inserted = this.insertMessageStmt.run(message.id, message.ticketId, message.createdAt, message.seq, json);
    if (inserted.changes === 1) this.indexMessageStmt.run(inserted.lastInsertRowid, searchableText(message.text));
    else this.confirmMessageStmt.run({ ...message, json });
    this.due.mark(message.ticketId);
  }

  /** A message written here and not yet acknowledged by the queue. */
  putPendingMessage(message: Message): void {
    const inserted = this.insertPendingMessageStmt.run({ ...message, json: JSON.stringify(message) });
    if (inserted.changes === 1) this.indexMessageStmt.run(inserted.lastInsertRowid, searchableText(message.text));
    this.due.mark(message.ticketId);
  }

  /** Removes a local message the queue never accepted (it stays readable among the unsent changes). */
  removePendingMessage(messageId: string): void {
    const removed = this.deletePendingMessageStmt.get(messageId);
    if (!removed) return;
    this.prepared('DELETE FROM message_search WHERE rowid = ?').run(removed.rowid);
    this.due.mark(removed.ticket_id);
  }

  /** Local pending messages whose change is not among `outboxMessageIds`. */
  pendingMessagesWithout(outboxMessageIds: ReadonlySet<string>): Message[] {
    const rows = this.prepared('SELECT json FROM messages WHERE pending = 1').all() as TicketRow[];
    return rows.map((row) => MessageSchema.parse(JSON.parse(row.json))).filter((m) => !outboxMessageIds.has(m.id));
  }

  /**
   * Counts the inbox's due times by these SLA policies; when they differ from those the stored due times were
   * computed with, computes them all again. Returns whether it did (the inbox's order may have changed).
   */
  useSlaPolicies(book: SlaPolicyBook): boolean {
    return this.due.usePolicies(book);
  }

  /** The SLA policy that counts an owner queue's tickets in the inbox. */
  slaPolicyFor(queue: string | null) {
    return this.due.policyFor(queue);
  }

  getTicket(id: string): Ticket | null {
    const row = this.getTicketStmt.get(id);
    return row ? TicketSchema.parse(JSON.parse(row.json)) : null;
  }

  /** The oldest `limit` tickets in a status, oldest first. */
  listByStatus(status: TicketStatus, limit = 10_000): Ticket[] {
    return this.listByStatusStmt.all(status, limit).map((row) => TicketSchema.parse(JSON.parse(row.json)));
  }

  /** The newest `limit` tickets in a status, newest first. */
  listNewestByStatus(status: TicketStatus, limit: number): Ticket[] {
    return this.listNewestByStatusStmt.all(status, limit).map((row) => TicketSchema.parse(JSON.parse(row.json)));
  }

  /** Tickets created at or after `fromIso`, oldest first (the rules preview's window). */
  listCreatedSince(fromIso: string, limit = 100_000): Ticket[] {
    return this.db
      .prepare<[string, number], TicketRow>(
        'SELECT json FROM tickets WHERE created_at >= ? ORDER BY created_at ASC LIMIT ?',
      )
      .all(fromIso, limit)
      .map((row) => TicketSchema.parse(JSON.parse(row.json)));
  }

  listMessages(ticketId: string): LocalMessage[] {
    return this.listMessagesStmt
      .all(ticketId)
      .map((row) => ({ ...MessageSchema.parse(JSON.parse(row.json)), pending: row.pending === 1 }));
  }

  countTickets(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  /** Tickets in this status (tickets_by_status answers it without reading rows). */
  countByStatus(status: TicketStatus): number {
    return (this.prepared('SELECT COUNT(*) AS n FROM tickets WHERE status = ?').get(status) as { n: number }).n;
  }

  /**
   * Offline review: tickets matching every given filter, and with `text` the ones whose messages,
   * notes or subject contain all its words, newest match first, each with an excerpt of the match.
   */
  search(query: ReviewQuery): ReviewHit[] {
    const limit = query.limit ?? 100;
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (query.language) {
      where.push('t.language = @language');
      params.language = query.language;
    }
    if (query.intent) {
      where.push('t.intent = @intent');
      params.intent = query.intent;
    }
    if (query.handledBy === 'ai') where.push("t.status = 'ai_resolved'");
    if (query.handledBy === 'human') where.push('t.human_touched = 1');
    if (query.csat === 'high') where.push('t.csat_score >= 4');
    if (query.csat === 'low') where.push('t.csat_score <= 3');
    if (query.csat === 'unrated') where.push('t.csat_score IS NULL');
    if (query.from) {
      where.push('t.created_at >= @from');
      params.from = query.from.slice(0, 10);
    }
    if (query.to) {
      where.push('t.created_at < @to');
      params.to = nextDay(query.to.slice(0, 10));
    }
    const filter = where.length > 0 ? ` AND ${where.join(' AND ')}` : '';
    const match = query.text ? ftsQuery(query.text) : null;
    if (!match) {
      if (query.text && query.text.trim().length > 0) return [];
      const rows = this.prepared(
        `SELECT t.json AS json FROM tickets t WHERE 1 = 1${filter} ORDER BY t.updated_at DESC LIMIT @limit`,
      ).all({
        ...params,
        limit,
      }) as TicketRow[];
      return rows.map((row) => ({ ticket: TicketSchema.parse(JSON.parse(row.json)), excerpt: null }));
    }
    params.match = match;
    const hits = new Map<string, ReviewHit>();
    const subjects = this.prepared(
      // CROSS JOIN keeps the full-text index as the outer loop: with a filter on tickets the planner
      // would otherwise walk the tickets and evaluate the MATCH once per row (seconds on a big cache).
      `SELECT t.json AS json FROM subject_search s CROSS JOIN tickets t ON t.rowid = s.rowid
       WHERE subject_search MATCH @match${filter} ORDER BY s.rowid DESC LIMIT @window`,
    ).all({ ...params, window: limit }) as TicketRow[];
    for (const row of subjects) {
      const ticket = TicketSchema.parse(JSON.parse(row.json));
      hits.set(ticket.id, { ticket, excerpt: null });
    }
    if (hits.size < limit) {
      const messages = this.prepared(
        `SELECT m.ticket_id AS ticketId, m.rowid AS messageRowid FROM message_search s
           CROSS JOIN messages m ON m.rowid = s.rowid CROSS JOIN tickets t ON t.id = m.ticket_id
         WHERE message_search MATCH @match${filter} ORDER BY s.rowid DESC LIMIT @window`,
      ).all({ ...params, window: SEARCH_WINDOW }) as Array<{ ticketId: string; messageRowid: number }>;
      // Only the tickets shown and their newest matching message are read and parsed: a common word
      // can match hundreds of messages of a few tickets, and copying their JSON out is most of the work.
      const messageText = this.prepared('SELECT json FROM messages WHERE rowid = ?');
      for (const row of messages) {
        const existing = hits.get(row.ticketId);
        if (existing && existing.excerpt !== null) continue;
        if (!existing && hits.size >= limit) continue;
        const stored = messageText.get(row.messageRowid) as TicketRow | undefined;
        const found = existing ? existing.ticket : this.getTicket(row.ticketId);
        if (!stored || !found) continue;
        const text = (JSON.parse(stored.json) as { text: string }).text;
        if (existing) existing.excerpt = excerpt(text, query.text ?? '');
        else hits.set(row.ticketId, { ticket: found, excerpt: excerpt(text, query.text ?? '') });
      }
    }
    return [...hits.values()];
  }

  /** Distinct languages and intents in the cache, for the review filters. */
  facets(): { languages: string[]; intents: string[] } {
    const values = (column: 'language' | 'intent') =>
      (
        this.prepared(
          `SELECT DISTINCT ${column} AS v FROM tickets WHERE ${column} IS NOT NULL ORDER BY 1`,
        ).all() as Array<{ v: string }>
      ).map((row) => row.v);
    return { languages: values('language'), intents: values('intent') };
  }

  /**
   * Removes closed tickets (AI-resolved or resolved) not updated since `cutoff`, with their messages,
   * unless they still have unsent or refused changes. Returns how many tickets left the cache.
   */
  applyRetention(cutoff: Date): number {
    return this.transaction(() => {
      const ids = this.prepared(
        `SELECT id, rowid FROM tickets WHERE status IN ('ai_resolved', 'resolved') AND updated_at < ?
             AND id NOT IN (SELECT ticket_id FROM outbox) AND id NOT IN (SELECT ticket_id FROM unsent)`,
      ).all(cutoff.toISOString()) as Array<{ id: string; rowid: number }>;
      const messagesOf = this.prepared('DELETE FROM messages WHERE ticket_id = ? RETURNING rowid');
      const unindexMessage = this.prepared('DELETE FROM message_search WHERE rowid = ?');
      const unindexSubject = this.prepared('DELETE FROM subject_search WHERE rowid = ?');
      const removeTicket = this.prepared('DELETE FROM tickets WHERE id = ?');
      const remember = this.prepared('INSERT OR IGNORE INTO purged_tickets (id) VALUES (?)');
      for (const { id, rowid } of ids) {
        for (const row of messagesOf.all(id) as Array<{ rowid: number }>) unindexMessage.run(row.rowid);
        unindexSubject.run(rowid);
        removeTicket.run(id);
        remember.run(id);
      }
      return ids.length;
    });
  }

  /** Of these ticket ids, the ones retention removed earlier (their threads must be fetched whole again). */
  takePurged(ids: readonly string[]): string[] {
    const found: string[] = [];
    const check = this.prepared('DELETE FROM purged_tickets WHERE id = ? RETURNING id');
    for (const id of ids) if (check.get(id)) found.push(id);
    return found;
  }

  /** Keeps a refused change under a row id of its own (mutation ids of lost answers are unknown). */
  addUnsent(
    mutation: Mutation | UnnumberedLike,
    reason: ConflictReason | 'rejected',
    detail: string,
    at: string,
  ): void {
    this.prepared('INSERT INTO unsent (ticket_id, reason, detail, at, json) VALUES (?, ?, ?, ?, ?)').run(
      mutation.ticketId,
      reason,
      detail,
      at,
      JSON.stringify(mutation),
    );
  }

  listUnsent(ticketId?: string): UnsentChange[] {
    const rows = (
      ticketId === undefined
        ? this.prepared('SELECT * FROM unsent ORDER BY id').all()
        : this.prepared('SELECT * FROM unsent WHERE ticket_id = ? ORDER BY id').all(ticketId)
    ) as UnsentRow[];
    return rows.flatMap((row) => {
      const mutation = MutationSchema.safeParse({ ...(JSON.parse(row.json) as object), id: Math.max(1, row.id) });
      // What the mutation keeps for the agent to send again; a refused take, snooze or hand-back shows in the ticket as it is.
      const kept = mutation.success ? mutatorOf(mutation.data).kept?.(mutation.data) : null;
      if (!kept) return [];
      return [
        {
          id: row.id,
          ticketId: row.ticket_id,
          ...kept,
          reason: row.reason as UnsentChange['reason'],
          detail: row.detail,
          at: row.at,
        },
      ];
    });
  }

  countUnsent(): number {
    return (this.prepared('SELECT COUNT(*) AS n FROM unsent').get() as { n: number }).n;
  }

  deleteUnsent(id: number): boolean {
    return this.prepared('DELETE FROM unsent WHERE id = ?').run(id).changes === 1;
  }

  /** Runs `work` in one transaction; the due times of the tickets it changed are computed before it commits. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(() => {
      const result = work();
      this.due.computeMarked();
      return result;
    })();
  }

  /** Marks this cache's file for a rebuild from the queue at the next start (see markCacheDamaged). */
  markDamaged(reason: string): void {
    if (this.db.memory) return;
    markCacheDamaged(this.db.name, reason);
  }

  private prepared(sql: string): Statement<unknown[], unknown> {
    return this.statements.prepared(sql);
  }
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return day;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Up to ~160 characters of `text` around the first searched word found in it. */
/** The columns the inbox window filters and orders by. */
function inboxColumns(ticket: Ticket) {
  return {
    ownerQueue: ticket.ownerQueue,
    customerTier: ticket.customer.tier,
    reasonCode: ticket.escalation?.code ?? null,
    assignee: ticket.assignee ?? null,
    snoozedUntil: ticket.snoozedUntil ?? null,
  };
}

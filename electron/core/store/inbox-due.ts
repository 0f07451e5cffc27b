import type { Statement } from 'better-sqlite3';
import { CustomerTierSchema, MessageAuthorSchema, MessageKindSchema } from '../../../shared/domain/ticket.js';
import { inboxPolicyFor, slaPolicyBook, type SlaPolicyBook } from '../../../shared/sla/inbox-policy.js';
import { inboxDue, ticketSlaTimes, type ClockMessage } from '../../../shared/sla/ticket-clock.js';
import type { LocalDatabase } from './local-database.js';
import { StatementCache } from './statement-cache.js';

/** Meta key of the policies the stored due times were computed with. */
const POLICIES_KEY = 'slaPolicies';
/** Part of that key: raised when the rule computing due times changes, so every cache computes them once more. */
const DUE_RULE_VERSION = 1;
/** The due time of an escalation that never falls due by its policy (see instantAfterBusinessTime): sorted last. */
export const NEVER_DUE = '9999-12-31T23:59:59.999Z';

interface EscalationRow {
  created_at: string;
  owner_queue: string | null;
  customer_tier: string | null;
}

interface ThreadRow {
  author: string | null;
  kind: string | null;
  created_at: string;
}

/**
 * The inbox's due column (tickets.due_at, with sla_target: which target it counts down), by business time of the
 * owner queue's SLA policy: computed for escalated tickets as they or their messages are cached, and for all of
 * them again when the policies change. Other statuses have none (the inbox shows escalations only).
 *
 * Writes mark their ticket; inside a transaction the marked tickets are computed when TicketCache.transaction's
 * work ends (a page of the feed brings a ticket before its messages), outside one at once.
 */
export class InboxDueTimes {
  private book: SlaPolicyBook = slaPolicyBook([]);
  private readonly marked = new Set<string>();
  private readonly statements: StatementCache;

  constructor(private readonly db: LocalDatabase) {
    this.statements = new StatementCache(db);
  }

  /** The policy that counts an owner queue's tickets (see inboxPolicyFor). */
  policyFor(queue: string | null) {
    return inboxPolicyFor(this.book, queue);
  }

  /**
   * Counts by these policies from now on; when they differ from those the stored due times were computed with
   * (or some escalation has none), computes every escalation's due time again, in one transaction.
   * Returns whether it did.
   */
  usePolicies(book: SlaPolicyBook): boolean {
    this.book = book;
    const key = JSON.stringify({
      rule: DUE_RULE_VERSION,
      catchAllQueue: book.catchAllQueue,
      policies: [...book.policies.values()].sort((a, b) => (a.queueId < b.queueId ? -1 : 1)),
    });
    const stored = this.prepared('SELECT value FROM meta WHERE key = ?').get(POLICIES_KEY) as
      { value: string } | undefined;
    const missing =
      this.prepared("SELECT 1 FROM tickets WHERE status = 'escalated' AND due_at IS NULL LIMIT 1").get() !== undefined;
    if (stored?.value === key && !missing) return false;
    this.db.transaction(() => {
      const escalated = this.prepared("SELECT id FROM tickets WHERE status = 'escalated'").all() as { id: string }[];
      for (const { id } of escalated) this.compute(id);
      this.prepared(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(POLICIES_KEY, key);
    })();
    return true;
  }

  /** The ticket or its thread changed: its due time is computed at the end of the transaction, or now. */
  mark(ticketId: string): void {
    this.marked.add(ticketId);
    if (!this.db.inTransaction) this.computeMarked();
  }

  computeMarked(): void {
    for (const id of this.marked) this.compute(id);
    this.marked.clear();
  }

  private compute(id: string): void {
    const row = this.prepared(
      "SELECT created_at, owner_queue, customer_tier FROM tickets WHERE id = ? AND status = 'escalated'",
    ).get(id) as EscalationRow | undefined;
    if (!row) {
      this.prepared(
        'UPDATE tickets SET due_at = NULL, sla_target = NULL WHERE id = ? AND (due_at IS NOT NULL OR sla_target IS NOT NULL)',
      ).run(id);
      return;
    }
    const due = this.dueOf(id, row);
    this.prepared('UPDATE tickets SET due_at = ?, sla_target = ? WHERE id = ?').run(due.dueAt, due.target, id);
  }

  private dueOf(id: string, row: EscalationRow): { dueAt: string; target: string | null } {
    const tier = CustomerTierSchema.safeParse(row.customer_tier);
    const { policy } = this.policyFor(row.owner_queue);
    try {
      const times = ticketSlaTimes({ createdAt: row.created_at, status: 'escalated' }, this.threadOf(id));
      const due = inboxDue(times, policy, tier.success ? tier.data : 'standard');
      return due.dueAt === null
        ? { dueAt: NEVER_DUE, target: null }
        : { dueAt: new Date(due.dueAt).toISOString(), target: due.target };
    } catch (error) {
      // A creation time the SLA cannot count from (not a time in 1900-9999): ordered by creation, no countdown.
      if (error instanceof RangeError) return { dueAt: row.created_at, target: null };
      throw error;
    }
  }

  /** What the SLA clock reads of the ticket's messages (pending ones included). */
  private threadOf(id: string): ClockMessage[] {
    const rows = this.prepared(
      `SELECT json_extract(json, '$.author') AS author, json_extract(json, '$.kind') AS kind, created_at
       FROM messages WHERE ticket_id = ?`,
    ).all(id) as ThreadRow[];
    return rows.flatMap((row) => {
      const author = MessageAuthorSchema.safeParse(row.author);
      const kind = MessageKindSchema.safeParse(row.kind);
      return author.success && kind.success
        ? [{ author: author.data, kind: kind.data, createdAt: row.created_at }]
        : [];
    });
  }

  private prepared(sql: string): Statement<unknown[], unknown> {
    return this.statements.prepared(sql);
  }
}

import { StatementCache } from './statement-cache.js';
import type { Statement } from 'better-sqlite3';
import {
  InboxWindowQuerySchema,
  type InboxRow,
  type InboxWindow,
  type InboxWindowQuery,
} from '../../../shared/api/console-contract.js';
import { CustomerTierSchema, EscalationReasonCodeSchema, TicketTagsSchema } from '../../../shared/domain/ticket.js';
import type { BusinessHours } from '../../../shared/sla/business-hours.js';
import { SLA_TARGETS, type InboxSla } from '../../../shared/sla/ticket-clock.js';
import type { LocalDatabase } from './local-database.js';

/** The business hours an owner queue's tickets are counted in (its SLA policy's). */
export type SlaHoursOf = (queue: string | null) => BusinessHours;

/** The tickets of the filter's tag, found through the tag's ticket_tags rows (tickets_inbox_by_id covers the join). */
const FROM_TAG = 'FROM ticket_tags tt CROSS JOIN tickets t ON t.id = tt.ticket_id';
/** Whether a ticket walked in due-time order carries the filter's tag: one lookup of ticket_tags' key. */
const HAS_TAG = 'EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.tag = @tag AND tt.ticket_id = t.id)';
/**
 * Up to this many matches, a tag's window sorts its tickets (read by id) by due time; beyond, walking the due-time
 * index finds a window sooner (npm run bench -- inbox-tags).
 */
const SORT_TAGGED_BELOW = 5_000;

/** How long a total is reused when nothing was invalidated: a snooze that ends shows in the counts within this time. */
const TOTAL_REUSE_MS = 60_000;

interface InboxRowColumns {
  id: string;
  subject: string | null;
  customer_name: string | null;
  customer_tier: string | null;
  language: string | null;
  intent: string | null;
  owner_queue: string | null;
  reason_code: string | null;
  assignee: string | null;
  created_at: string;
  updated_at: string;
  due_at: string | null;
  sla_target: string | null;
  snoozed_until: string | null;
  version: number | null;
  seen_updated_at: string | null;
  /** The ticket's tags as JSON text (an array of tag ids), null when it has none. */
  tags: string | null;
}

/**
 * The agent's inbox served in windows from indexed columns of the local cache: escalated tickets,
 * snoozed ones left out until their time, ordered by SLA due time. Only the rows of the window are
 * read whole, so a cache of 100,000 escalations answers as fast as one of 100.
 */
export class InboxQueries {
  private readonly statements: StatementCache;
  private readonly recordSeenStmt;
  /** Counts per query, reused while nothing changed (scrolling asks for many windows of one query). */
  private readonly totals = new Map<string, { total: number; at: number }>();

  constructor(
    private readonly db: LocalDatabase,
    /** The person at the console now (their name is a ticket's assignee). */
    private readonly agentName: () => string,
    private readonly slaHoursOf: SlaHoursOf,
  ) {
    this.statements = new StatementCache(db);
    this.recordSeenStmt = db.prepare<[string]>(
      `INSERT INTO ticket_reads (ticket_id, seen_updated_at) SELECT id, updated_at FROM tickets WHERE id = ?
       ON CONFLICT (ticket_id) DO UPDATE SET seen_updated_at = excluded.seen_updated_at`,
    );
  }

  window(input: InboxWindowQuery, now: Date): InboxWindow {
    const query = InboxWindowQuerySchema.parse(input);
    const where = ["t.status = 'escalated'"];
    const params: Record<string, string | number> = { now: now.toISOString(), me: this.agentName() };
    if (query.view === 'snoozed') where.push('t.snoozed_until > @now AND (t.assignee IS NULL OR t.assignee = @me)');
    else where.push('(t.snoozed_until IS NULL OR t.snoozed_until <= @now)');
    if (query.view === 'mine') where.push('t.assignee = @me');
    const columns = {
      queue: 'owner_queue',
      language: 'language',
      intent: 'intent',
      reason: 'reason_code',
      tier: 'customer_tier',
    } as const;
    for (const [key, column] of Object.entries(columns) as Array<[keyof typeof columns, string]>) {
      const value = query.filters[key];
      if (value === undefined) continue;
      where.push(`t.${column} = @${key}`);
      params[key] = value;
    }
    // A tag through ticket_tags (migrations.ts), never the tickets' JSON: counted from the tag's rows outwards, each
    // ticket's inbox columns read from tickets_inbox_by_id; its rows found as cheaply as the tag is common or rare.
    const tagged = query.filters.tag !== undefined;
    if (query.filters.tag !== undefined) params.tag = query.filters.tag;
    const untagged = where.join(' AND ');
    const filter = tagged ? `${untagged} AND ${HAS_TAG}` : untagged;
    const counted = tagged ? `${FROM_TAG} WHERE tt.tag = @tag AND ${untagged}` : `FROM tickets t WHERE ${untagged}`;
    const { now: _now, ...stable } = params;
    const countKey = JSON.stringify([filter, stable]);
    const cached = this.totals.get(countKey);
    const total =
      cached && now.getTime() - cached.at < TOTAL_REUSE_MS
        ? cached.total
        : this.countTotal(counted, params, now.getTime(), countKey);
    // Unread = total minus the tickets read since their last change, counted from the (small) reads table
    // outwards, so it stays exact after every read without counting the whole inbox again.
    const read = (
      this.prepared(
        `SELECT COUNT(*) AS n FROM ticket_reads r CROSS JOIN tickets t ON t.id = r.ticket_id
         WHERE r.seen_updated_at >= t.updated_at AND ${filter}`,
      ).get(params) as { n: number }
    ).n;
    // A rare tag's rows are sorted from its few ticket_tags rows; a common one's found walking the due-time index.
    const source = tagged && total <= SORT_TAGGED_BELOW ? counted : `FROM tickets t WHERE ${filter}`;
    const rows = this.rowsOf(source, params, query);
    const inboxRows = rows.map((row) => toInboxRow(row, this.slaOf(row)));
    return { total, unread: Math.max(0, total - read), offset: query.offset, rows: inboxRows };
  }

  /** How many tickets match (`counted`: a FROM … WHERE clause), from covering indexes alone; kept per query until the cache changes. */
  private countTotal(counted: string, params: Record<string, string | number>, at: number, key: string): number {
    const total = (this.prepared(`SELECT COUNT(*) AS n ${counted}`).get(params) as { n: number }).n;
    this.totals.set(key, { total, at });
    return total;
  }

  /** The cache changed (sync, a local action): totals are counted afresh. */
  invalidate(): void {
    this.totals.clear();
  }

  /** The window's row ids come from covering indexes (`source`: a FROM … WHERE clause); only those rows are read whole. */
  private rowsOf(
    source: string,
    params: Record<string, string | number>,
    query: { limit: number; offset: number },
  ): InboxRowColumns[] {
    return this.prepared(
      `SELECT t.id, json_extract(t.json, '$.subject') AS subject, json_extract(t.json, '$.customer.name') AS customer_name,
         t.customer_tier, t.language, t.intent, t.owner_queue, t.reason_code, t.assignee, t.created_at, t.updated_at,
         t.due_at, t.sla_target, t.snoozed_until, json_extract(t.json, '$.version') AS version, r.seen_updated_at,
         json_extract(t.json, '$.tags') AS tags
       FROM (SELECT t.rowid AS rid ${source} ORDER BY t.due_at, t.id LIMIT @limit OFFSET @offset) w
       CROSS JOIN tickets t ON t.rowid = w.rid
       LEFT JOIN ticket_reads r ON r.ticket_id = t.id
       ORDER BY t.due_at, t.id`,
    ).all({ ...params, limit: query.limit, offset: query.offset }) as InboxRowColumns[];
  }

  /** Languages and intents among the escalations, for the filter menus (from the covering index, no row reads). */
  facets(): { languages: string[]; intents: string[] } {
    const values = (column: 'language' | 'intent') =>
      (
        this.prepared(
          `SELECT DISTINCT ${column} AS v FROM tickets WHERE status = 'escalated' AND ${column} IS NOT NULL ORDER BY 1`,
        ).all() as Array<{
          v: string;
        }>
      ).map((row) => row.v);
    return { languages: values('language'), intents: values('intent') };
  }

  /** The row's countdown: the target its due time is for, in its queue's business hours. */
  private slaOf(row: InboxRowColumns): InboxSla | null {
    const target = SLA_TARGETS.find((name) => name === row.sla_target);
    return target ? { target, hours: this.slaHoursOf(row.owner_queue) } : null;
  }

  /** Remembers the ticket as read at its current change; returns false for a ticket not in the cache. */
  recordSeen(ticketId: string): boolean {
    return this.recordSeenStmt.run(ticketId).changes > 0;
  }

  private prepared(sql: string): Statement<unknown[], unknown> {
    return this.statements.prepared(sql);
  }
}

/** The row's tags when it has any (a cache written by an older console may hold none, or unreadable ones: none). */
function tagsOf(json: string | null): Pick<InboxRow, 'tags'> {
  if (json === null) return {};
  const tags = TicketTagsSchema.safeParse(JSON.parse(json));
  return tags.success && tags.data.length > 0 ? { tags: tags.data } : {};
}

function toInboxRow(row: InboxRowColumns, sla: InboxSla | null): InboxRow {
  const tier = CustomerTierSchema.safeParse(row.customer_tier);
  const reason = EscalationReasonCodeSchema.safeParse(row.reason_code);
  return {
    id: row.id,
    subject: row.subject ?? '',
    customerName: row.customer_name ?? '',
    tier: tier.success ? tier.data : 'standard',
    language: row.language,
    intent: row.intent,
    ownerQueue: row.owner_queue,
    reason: reason.success ? reason.data : null,
    assignee: row.assignee,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dueAt: row.due_at ?? row.created_at,
    sla,
    snoozedUntil: row.snoozed_until,
    isNew: row.seen_updated_at === null,
    unread: row.seen_updated_at === null || row.seen_updated_at < row.updated_at,
    ...tagsOf(row.tags),
    version: row.version ?? 0,
  };
}

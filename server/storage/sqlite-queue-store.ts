import Database from 'better-sqlite3';
import type { ChangesResponse, OwnerQueue, Role, TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { Mutation, MutationOutcome, PushResponse } from '../../shared/api/mutations.js';
import { newTicket, type Message, type Ticket, type TicketStatus } from '../../shared/domain/ticket.js';
import type { StoredRuleSet } from '../../shared/rules/rule-set.js';
import { canBeRated, csatOf } from '../domain/customer-rating.js';
import { statusAfterCustomerReply } from '../domain/customer-reply.js';
import { newMessageId, newTicketId } from '../domain/ids.js';
import { planGatedMutation, type NewMessage, type TicketHandling, type TicketPatch } from '../domain/mutation-plan.js';
import { checkPullClient, checkPush, type ClientCounter } from '../domain/push-admission.js';
import { ruleSetFromRow, type RuleSetRow, type SaveRuleSetInput, type SaveRuleSetResult } from './rule-set-rows.js';
import { feedPageBound } from './feed-page.js';
import { makeSqliteFilesOwnerOnly } from './owner-only-file.js';
import type { AuditHead, AuditRecord } from '../audit/audit-chain.js';
import {
  customerReplyEntry,
  intakeEntry,
  pushEntries,
  ratingEntry,
  ruleSetEntry,
  SYSTEM_ACTOR,
} from '../audit/audit-entries.js';
import { SqliteAuditLog } from './sqlite-audit.js';
import { migrate } from './sqlite-migrations.js';
import { buildStats } from './stats.js';
import {
  claimFromRow,
  messageFromRow,
  ticketFromRow,
  ticketParams,
  type MessageRow,
  type TicketRow,
} from './ticket-rows.js';
import { tokenListingFromRow, type TokenListingRow } from './token-rows.js';
import type {
  ApplyMutationsInput,
  AuditRangeQuery,
  ChangesQuery,
  ClaimedTicket,
  ClaimInput,
  CustomerReplyInput,
  IntakeInput,
  IntakeResult,
  ListTicketsQuery,
  NewToken,
  QueueStore,
  RatingInput,
  RatingResult,
  RenewClaimInput,
  RenewClaimResult,
  TenantRecord,
  TenantStats,
  TokenListing,
  TokenRecord,
} from './queue-store.js';

type Params = Record<string, string | number | null>;

/** The embedded queue engine: one SQLite file in WAL mode; every write in one immediate transaction. */
export class SqliteQueueStore implements QueueStore {
  private readonly db: Database.Database;
  private readonly audit: SqliteAuditLog;

  private constructor(db: Database.Database) {
    this.db = db;
    this.audit = new SqliteAuditLog(db);
  }

  /** Opens (creating if needed) and migrates the database; throws with SQLite's reason when it cannot. */
  static open(path: string): SqliteQueueStore {
    makeSqliteFilesOwnerOnly(path);
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteQueueStore(db);
  }

  async createTenant(tenant: TenantRecord, tokens: readonly NewToken[]): Promise<void> {
    this.write(() => {
      this.db.prepare<Params>('INSERT INTO tenants (id, name, created_at) VALUES (:id, :name, :now)').run({
        id: tenant.id,
        name: tenant.name,
        now: new Date().toISOString(),
      });
      this.db.prepare('INSERT INTO tenant_sequences (tenant_id, value) VALUES (?, 0)').run(tenant.id);
      this.insertTokens(tenant.id, tokens);
    });
  }

  async getTenant(tenantId: string): Promise<TenantRecord | null> {
    const row = this.db.prepare<[string], TenantRecord>('SELECT id, name FROM tenants WHERE id = ?').get(tenantId);
    return row ?? null;
  }

  async addTokens(tenantId: string, tokens: readonly NewToken[]): Promise<void> {
    this.write(() => this.insertTokens(tenantId, tokens));
  }

  async createOwnerQueue(tenantId: string, queue: OwnerQueue): Promise<void> {
    this.write(() => {
      this.db
        .prepare<Params>(
          'INSERT INTO owner_queues (tenant_id, id, name, created_at) VALUES (:tenantId, :id, :name, :now)',
        )
        .run({ tenantId, id: queue.id, name: queue.name, now: new Date().toISOString() });
    });
  }

  async listOwnerQueues(tenantId: string): Promise<OwnerQueue[]> {
    return this.db
      .prepare<[string], OwnerQueue>('SELECT id, name FROM owner_queues WHERE tenant_id = ? ORDER BY id')
      .all(tenantId);
  }

  async getRuleSet(tenantId: string): Promise<StoredRuleSet> {
    return ruleSetFromRow(this.latestRuleSetRow(tenantId));
  }

  async saveRuleSet(input: SaveRuleSetInput): Promise<SaveRuleSetResult> {
    return this.write(() => {
      const current = ruleSetFromRow(this.latestRuleSetRow(input.tenantId));
      if (current.version !== input.baseVersion) return { status: 'conflict', current };
      const version = current.version + 1;
      this.db
        .prepare<Params>(
          'INSERT INTO escalation_rule_sets (tenant_id, version, rules_json, saved_by, saved_at) VALUES (:tenantId, :version, :rules, :savedBy, :savedAt)',
        )
        .run({
          tenantId: input.tenantId,
          version,
          rules: JSON.stringify(input.rules),
          savedBy: input.savedBy,
          savedAt: input.savedAt,
        });
      this.audit.append([ruleSetEntry(input, version)]);
      return {
        status: 'saved',
        ruleSet: { version, rules: [...input.rules], savedAt: input.savedAt, savedBy: input.savedBy },
      };
    });
  }

  private latestRuleSetRow(tenantId: string): RuleSetRow | undefined {
    return this.db
      .prepare<[string], RuleSetRow>(
        'SELECT version, rules_json, saved_by, saved_at FROM escalation_rule_sets WHERE tenant_id = ? ORDER BY version DESC LIMIT 1',
      )
      .get(tenantId);
  }

  async findToken(tokenHash: string): Promise<TokenRecord | null> {
    const row = this.db
      .prepare<[string], { tenant_id: string; role: Role; name: string }>(
        'SELECT tenant_id, role, name FROM tokens WHERE token_hash = ? AND revoked_at IS NULL',
      )
      .get(tokenHash);
    return row ? { tenantId: row.tenant_id, role: row.role, name: row.name } : null;
  }

  async listTokens(tenantId: string): Promise<TokenListing[]> {
    return this.db
      .prepare<[string], TokenListingRow>(
        'SELECT token_hash, role, name, created_at, revoked_at FROM tokens WHERE tenant_id = ? ORDER BY created_at, rowid',
      )
      .all(tenantId)
      .map(tokenListingFromRow);
  }

  async revokeToken(tenantId: string, tokenHash: string, now: Date): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE tokens SET revoked_at = ? WHERE tenant_id = ? AND token_hash = ? AND revoked_at IS NULL')
      .run(now.toISOString(), tenantId, tokenHash);
    return result.changes === 1;
  }

  async intakeTicket(input: IntakeInput): Promise<IntakeResult> {
    return this.write(() => this.intakeOne(input));
  }

  async intakeBatch(inputs: readonly IntakeInput[]): Promise<IntakeResult[]> {
    return this.write(() => inputs.map((input) => this.intakeOne(input)));
  }

  private intakeOne(input: IntakeInput): IntakeResult {
    {
      if (input.idempotencyKey !== null) {
        const earlier = this.db
          .prepare<[string, string], { ticket_id: string }>(
            'SELECT ticket_id FROM intake_keys WHERE tenant_id = ? AND idempotency_key = ?',
          )
          .get(input.tenantId, input.idempotencyKey);
        const existing = earlier ? this.readTicketWithMessages(input.tenantId, earlier.ticket_id) : null;
        if (existing) return { ...existing, created: false };
      }
      const at = input.now.toISOString();
      const messageSeq = this.nextSeq(input.tenantId);
      const ticket: Ticket = newTicket({
        id: newTicketId(),
        tenantId: input.tenantId,
        subject: input.subject,
        customer: input.customer,
        channel: input.channel,
        at,
        seq: this.nextSeq(input.tenantId),
      });
      this.db
        .prepare<Params>(
          `INSERT INTO tickets (id, tenant_id, subject, customer_json, channel, status, language, intent, confidence, owner_queue,
             escalation_json, ai_draft, summary, human_touched, version, created_at, updated_at, seq)
           VALUES (:id, :tenant_id, :subject, :customer_json, :channel, :status, :language, :intent, :confidence, :owner_queue,
             :escalation_json, :ai_draft, :summary, :human_touched, :version, :created_at, :updated_at, :seq)`,
        )
        .run(ticketParams(ticket));
      const message = this.insertMessage(
        input.tenantId,
        ticket.id,
        { id: newMessageId(), author: 'customer', authorName: input.customer.name, kind: 'reply', text: input.text },
        at,
        messageSeq,
      );
      if (input.idempotencyKey !== null) {
        this.db
          .prepare('INSERT INTO intake_keys (tenant_id, idempotency_key, ticket_id) VALUES (?, ?, ?)')
          .run(input.tenantId, input.idempotencyKey, ticket.id);
      }
      this.audit.append([intakeEntry(ticket, message.id, input.idempotencyKey, input.actor ?? SYSTEM_ACTOR)]);
      return { ticket, messages: [message], created: true };
    }
  }

  async appendCustomerReply(input: CustomerReplyInput): Promise<TicketWithMessages | null> {
    return this.write(() => {
      const row = this.readTicketRow(input.tenantId, input.ticketId);
      if (!row) return null;
      const ticket = ticketFromRow(row);
      const messageId = newMessageId();
      const changed = this.changeTicket(
        ticket,
        { status: statusAfterCustomerReply(ticket), snoozedUntil: null },
        { id: messageId, author: 'customer', authorName: ticket.customer.name, kind: 'reply', text: input.text },
        input.now,
      );
      this.audit.append([customerReplyEntry(ticket, changed, messageId, input.actor ?? SYSTEM_ACTOR)]);
      return this.readTicketWithMessages(input.tenantId, input.ticketId);
    });
  }

  async rateTicket(input: RatingInput): Promise<RatingResult> {
    return this.write((): RatingResult => {
      const row = this.readTicketRow(input.tenantId, input.ticketId);
      if (!row) return { status: 'not_found' };
      const ticket = ticketFromRow(row);
      if (!canBeRated(ticket)) return { status: 'not_closed', ticket };
      const rated = this.changeTicket(ticket, { csat: csatOf(input.score, input.comment, input.now) }, null, input.now);
      this.audit.append([ratingEntry(rated, input.actor ?? SYSTEM_ACTOR)]);
      return { status: 'rated', ticket: rated };
    });
  }

  async getTicket(tenantId: string, ticketId: string): Promise<TicketWithMessages | null> {
    return this.read(() => this.readTicketWithMessages(tenantId, ticketId));
  }

  async listTickets(tenantId: string, query: ListTicketsQuery): Promise<Ticket[]> {
    const rows =
      query.status === undefined
        ? this.db
            .prepare<[string, number], TicketRow>('SELECT * FROM tickets WHERE tenant_id = ? ORDER BY seq DESC LIMIT ?')
            .all(tenantId, query.limit)
        : this.db
            .prepare<[string, string, number], TicketRow>(
              'SELECT * FROM tickets WHERE tenant_id = ? AND status = ? ORDER BY seq DESC LIMIT ?',
            )
            .all(tenantId, query.status, query.limit);
    return rows.map(ticketFromRow);
  }

  async changes(tenantId: string, query: ChangesQuery): Promise<ChangesResponse> {
    return this.read(() => {
      const window = query.limit + 1;
      const seqsOf = (table: 'tickets' | 'messages') =>
        this.db
          .prepare<[string, number, number], number>(
            `SELECT seq FROM ${table} WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
          )
          .pluck()
          .all(tenantId, query.since, window);
      const { upTo, hasMore } = feedPageBound(seqsOf('tickets'), seqsOf('messages'), query.limit, query.since);
      const tickets = this.db
        .prepare<[string, number, number], TicketRow>(
          'SELECT * FROM tickets WHERE tenant_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
        )
        .all(tenantId, query.since, upTo)
        .map(ticketFromRow);
      const messages = this.db
        .prepare<[string, number, number], MessageRow>(
          'SELECT * FROM messages WHERE tenant_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
        )
        .all(tenantId, query.since, upTo)
        .map(messageFromRow);
      return {
        tickets,
        messages,
        cursor: upTo,
        hasMore,
        lastMutationId: query.client === undefined ? null : this.pullersLastMutationId(tenantId, query.client),
      };
    });
  }

  async currentCursor(tenantId: string): Promise<number> {
    const row = this.db
      .prepare<[string, string], { cursor: number | null }>(
        `SELECT MAX(seq) AS cursor FROM (
           SELECT MAX(seq) AS seq FROM tickets WHERE tenant_id = ?
           UNION ALL SELECT MAX(seq) AS seq FROM messages WHERE tenant_id = ?)`,
      )
      .get(tenantId, tenantId);
    return row?.cursor ?? 0;
  }

  async applyMutations(input: ApplyMutationsInput): Promise<PushResponse> {
    return this.write(() => {
      const counter = this.clientCounter(input.tenantId, input.clientId);
      // Before anything is applied: another token's client id, or ids far past the counter, refuse the whole push.
      checkPush(input.clientId, counter, input.tokenHash, input.mutations);
      let last = counter?.lastMutationId ?? 0;
      const results = input.mutations.map((mutation): MutationOutcome => {
        if (mutation.id <= last) return { id: mutation.id, status: 'duplicate' };
        last = mutation.id;
        return this.applyOne(input, mutation);
      });
      this.audit.append(
        pushEntries(
          input.tenantId,
          input.clientId,
          input.actor ?? SYSTEM_ACTOR,
          input.mutations,
          results,
          input.now.toISOString(),
        ),
      );
      // The first push under a client id binds it to the token (and so does the first one after the upgrade that added owners).
      this.db
        .prepare(
          `INSERT INTO client_mutations (tenant_id, client_id, last_mutation_id, owner_token_hash) VALUES (?, ?, ?, ?)
           ON CONFLICT (tenant_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, owner_token_hash = excluded.owner_token_hash`,
        )
        .run(input.tenantId, input.clientId, last, input.tokenHash);
      return { results, lastMutationId: last };
    });
  }

  async claimTickets(input: ClaimInput): Promise<ClaimedTicket[]> {
    return this.write(() => {
      const nowMs = input.now.getTime();
      const leaseUntil = nowMs + input.leaseMs;
      const rows = this.db
        .prepare<[string, number, number], TicketRow>(
          `SELECT * FROM tickets
           WHERE tenant_id = ? AND status = 'new' AND (claimed_by IS NULL OR lease_until IS NULL OR lease_until <= ?)
           ORDER BY created_at, rowid LIMIT ?`,
        )
        .all(input.tenantId, nowMs, input.limit);
      const claim = this.db.prepare(
        'UPDATE tickets SET claimed_by = ?, lease_until = ? WHERE tenant_id = ? AND id = ?',
      );
      return rows.map((row) => {
        claim.run(input.workerId, leaseUntil, input.tenantId, row.id);
        return {
          ticket: ticketFromRow(row),
          messages: this.readMessages(input.tenantId, row.id),
          leaseUntil: new Date(leaseUntil).toISOString(),
          previousHolder: row.claimed_by,
        };
      });
    });
  }

  async renewClaim(input: RenewClaimInput): Promise<RenewClaimResult> {
    return this.write((): RenewClaimResult => {
      const row = this.readTicketRow(input.tenantId, input.ticketId);
      if (!row) return { status: 'not_found' };
      const nowMs = input.now.getTime();
      const held =
        row.status === 'new' &&
        row.claimed_by === input.workerId &&
        row.lease_until !== null &&
        row.lease_until > nowMs;
      if (!held) return { status: 'lost' };
      const leaseUntil = nowMs + input.leaseMs;
      this.db
        .prepare('UPDATE tickets SET lease_until = ? WHERE tenant_id = ? AND id = ?')
        .run(leaseUntil, input.tenantId, input.ticketId);
      return { status: 'renewed', leaseUntil: new Date(leaseUntil).toISOString() };
    });
  }

  async stats(tenantId: string): Promise<TenantStats> {
    return this.read(() => {
      const byStatus = this.db
        .prepare<[string], { status: TicketStatus; count: number }>(
          'SELECT status, COUNT(*) AS count FROM tickets WHERE tenant_id = ? GROUP BY status',
        )
        .all(tenantId);
      const byAction = this.db
        .prepare<[string], { action: string; count: number }>(
          'SELECT action, COUNT(*) AS count FROM ai_decisions WHERE tenant_id = ? GROUP BY action',
        )
        .all(tenantId);
      const twice = this.db
        .prepare<[string], { count: number }>(
          'SELECT COUNT(*) AS count FROM (SELECT ticket_id FROM ai_decisions WHERE tenant_id = ? GROUP BY ticket_id HAVING COUNT(*) > 1)',
        )
        .get(tenantId);
      return buildStats(byStatus, byAction, twice?.count ?? 0);
    });
  }

  async queueDepth(): Promise<Record<string, number>> {
    const rows = this.db
      .prepare<[], { tenant_id: string; count: number }>(
        "SELECT tenant_id, COUNT(*) AS count FROM tickets WHERE status = 'new' GROUP BY tenant_id",
      )
      .all();
    return Object.fromEntries(rows.map((row) => [row.tenant_id, row.count]));
  }

  async ticketHistory(tenantId: string, ticketId: string): Promise<AuditRecord[] | null> {
    return this.read(() => (this.readTicketRow(tenantId, ticketId) ? this.audit.ofTicket(tenantId, ticketId) : null));
  }

  async auditHead(): Promise<AuditHead> {
    return this.audit.head();
  }

  async auditPage(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    return this.audit.page(afterSeq, limit);
  }

  async auditRange(query: AuditRangeQuery): Promise<AuditRecord[]> {
    return this.audit.range(query);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private applyOne(input: ApplyMutationsInput, mutation: Mutation): MutationOutcome {
    const row = this.readTicketRow(input.tenantId, mutation.ticketId);
    const ticket = row ? ticketFromRow(row) : null;
    const plan = planGatedMutation(
      {
        mutation,
        ticket,
        claim: row ? claimFromRow(row) : null,
        messageExists: 'messageId' in mutation && this.messageExists(input.tenantId, mutation.messageId),
        clientId: input.clientId,
        now: input.now,
        handling: row ? handlingFromRow(row) : null,
      },
      input.gate,
    );
    switch (plan.kind) {
      case 'duplicate':
        return { id: mutation.id, status: 'duplicate' };
      case 'conflict':
      case 'rejected':
        return withTicket(
          {
            id: mutation.id,
            status: plan.kind,
            error: plan.error,
            ...(plan.kind === 'conflict' && plan.reason ? { reason: plan.reason } : {}),
          },
          ticket,
        );
      case 'apply': {
        if (!ticket) throw new Error('planMutation applied a mutation to a missing ticket');
        const changed = this.changeTicket(ticket, plan.patch, plan.message, input.now, plan.quiet === true);
        if (plan.clearClaim) {
          this.db
            .prepare('UPDATE tickets SET claimed_by = NULL, lease_until = NULL WHERE tenant_id = ? AND id = ?')
            .run(ticket.tenantId, ticket.id);
        }
        if (mutation.type === 'ai_decision') {
          this.db
            .prepare(
              'INSERT INTO ai_decisions (tenant_id, ticket_id, client_id, mutation_id, action, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
            )
            .run(
              ticket.tenantId,
              ticket.id,
              input.clientId,
              mutation.id,
              mutation.decision.action,
              input.now.toISOString(),
            );
        }
        if (plan.handling) {
          this.db
            .prepare(
              'UPDATE tickets SET handled_version = ?, handled_by = ?, handled_kind = ? WHERE tenant_id = ? AND id = ?',
            )
            .run(changed.version, input.clientId, plan.handling, ticket.tenantId, ticket.id);
        }
        return { id: mutation.id, status: 'applied', ticket: changed };
      }
    }
  }

  /** Appends the message (if any) with its own seq, then writes the ticket with the next seq and version. */
  private changeTicket(
    ticket: Ticket,
    patch: TicketPatch,
    message: NewMessage | null,
    now: Date,
    quiet = false,
  ): Ticket {
    const at = now.toISOString();
    if (message) this.insertMessage(ticket.tenantId, ticket.id, message, at, this.nextSeq(ticket.tenantId));
    const changed: Ticket = {
      ...ticket,
      ...patch,
      version: ticket.version + 1,
      updatedAt: quiet ? ticket.updatedAt : at,
      seq: this.nextSeq(ticket.tenantId),
    };
    this.db
      .prepare<Params>(
        `UPDATE tickets SET status = :status, language = :language, intent = :intent, confidence = :confidence,
           owner_queue = :owner_queue, escalation_json = :escalation_json, ai_draft = :ai_draft, summary = :summary,
           human_touched = :human_touched, csat_json = :csat_json, review_json = :review_json,
           assignee = :assignee, snoozed_until = :snoozed_until, model_cost_usd = :model_cost_usd, handle_seconds = :handle_seconds,
           ai_tool_results_json = :ai_tool_results_json,
           version = :version, updated_at = :updated_at, seq = :seq
         WHERE tenant_id = :tenant_id AND id = :id`,
      )
      .run(pick(ticketParams(changed), UPDATABLE_COLUMNS));
    return changed;
  }

  private insertMessage(tenantId: string, ticketId: string, message: NewMessage, at: string, seq: number): Message {
    this.db
      .prepare(
        `INSERT INTO messages (tenant_id, id, ticket_id, author, author_name, kind, text, created_at, seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(tenantId, message.id, ticketId, message.author, message.authorName, message.kind, message.text, at, seq);
    return { ...message, ticketId, createdAt: at, seq };
  }

  private insertTokens(tenantId: string, tokens: readonly NewToken[]): void {
    const insert = this.db.prepare(
      'INSERT INTO tokens (token_hash, tenant_id, role, name, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const at = new Date().toISOString();
    for (const token of tokens) insert.run(token.tokenHash, tenantId, token.role, token.name, at);
  }

  /** The tenant's next changes-feed number; each tenant counts on its own. */
  private nextSeq(tenantId: string): number {
    const row = this.db
      .prepare<[string], { value: number }>(
        'UPDATE tenant_sequences SET value = value + 1 WHERE tenant_id = ? RETURNING value',
      )
      .get(tenantId);
    if (!row) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
    return row.value;
  }

  private clientCounter(tenantId: string, clientId: string): ClientCounter | null {
    const row = this.db
      .prepare<[string, string], { last_mutation_id: number; owner_token_hash: string | null }>(
        'SELECT last_mutation_id, owner_token_hash FROM client_mutations WHERE tenant_id = ? AND client_id = ?',
      )
      .get(tenantId, clientId);
    return row ? { owner: row.owner_token_hash, lastMutationId: row.last_mutation_id } : null;
  }

  /** The pulling client's last processed mutation id (0 for an id never pushed under); another token's id is refused. */
  private pullersLastMutationId(tenantId: string, client: { id: string; tokenHash: string }): number {
    const counter = this.clientCounter(tenantId, client.id);
    checkPullClient(client.id, counter, client.tokenHash);
    return counter?.lastMutationId ?? 0;
  }

  private messageExists(tenantId: string, messageId: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM messages WHERE tenant_id = ? AND id = ?').get(tenantId, messageId) !== undefined
    );
  }

  private readTicketRow(tenantId: string, ticketId: string): TicketRow | null {
    return (
      this.db
        .prepare<[string, string], TicketRow>('SELECT * FROM tickets WHERE tenant_id = ? AND id = ?')
        .get(tenantId, ticketId) ?? null
    );
  }

  private readMessages(tenantId: string, ticketId: string): Message[] {
    return this.db
      .prepare<[string, string], MessageRow>(
        'SELECT * FROM messages WHERE tenant_id = ? AND ticket_id = ? ORDER BY seq',
      )
      .all(tenantId, ticketId)
      .map(messageFromRow);
  }

  private readTicketWithMessages(tenantId: string, ticketId: string): TicketWithMessages | null {
    const row = this.readTicketRow(tenantId, ticketId);
    return row ? { ticket: ticketFromRow(row), messages: this.readMessages(tenantId, ticketId) } : null;
  }

  private write<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  private read<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }
}

const UPDATABLE_COLUMNS = [
  'id',
  'tenant_id',
  'status',
  'language',
  'intent',
  'confidence',
  'owner_queue',
  'escalation_json',
  'ai_draft',
  'summary',
  'human_touched',
  'csat_json',
  'assignee',
  'snoozed_until',
  'review_json',
  'model_cost_usd',
  'handle_seconds',
  'ai_tool_results_json',
  'version',
  'updated_at',
  'seq',
] as const;

function pick(params: Params, keys: readonly string[]): Params {
  return Object.fromEntries(keys.map((key) => [key, params[key] ?? null]));
}

function withTicket(outcome: MutationOutcome, ticket: Ticket | null): MutationOutcome {
  return ticket ? { ...outcome, ticket } : outcome;
}

function handlingFromRow(row: TicketRow): TicketHandling | null {
  const extra = row as TicketRow & {
    handled_version?: number | null;
    handled_by?: string | null;
    handled_kind?: string | null;
  };
  if (extra.handled_version == null || !extra.handled_by || !extra.handled_kind) return null;
  return {
    version: extra.handled_version,
    clientId: extra.handled_by,
    kind: extra.handled_kind as TicketHandling['kind'],
  };
}

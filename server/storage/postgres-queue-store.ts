import pg from 'pg';
import type { ChangesResponse, OwnerQueue, Role, TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { Mutation, MutationOutcome, PushResponse } from '../../shared/api/mutations.js';
import { newTicket, type Message, type Ticket, type TicketStatus } from '../../shared/domain/ticket.js';
import type { StoredRuleSet } from '../../shared/rules/rule-set.js';
import { canBeRated, csatOf } from '../domain/customer-rating.js';
import { statusAfterCustomerReply } from '../domain/customer-reply.js';
import { newMessageId, newTicketId } from '../domain/ids.js';
import { planGatedMutation, type NewMessage, type TicketHandling, type TicketPatch } from '../domain/mutation-plan.js';
import { checkPullClient, checkPush, type ClientCounter } from '../domain/push-admission.js';
import { feedPageBound } from './feed-page.js';
import type { AuditHead, AuditRecord } from '../audit/audit-chain.js';
import {
  customerReplyEntry,
  intakeEntry,
  pushEntries,
  ratingEntry,
  ruleSetEntry,
  SYSTEM_ACTOR,
} from '../audit/audit-entries.js';
import { appendAuditPg, auditPagePg, auditRangePg, readAuditHeadPg, ticketAuditPg } from './postgres-audit.js';
import { migratePostgres } from './postgres-migrations.js';
import { ruleSetFromRow, type RuleSetRow, type SaveRuleSetInput, type SaveRuleSetResult } from './rule-set-rows.js';
import {
  claimFromRow,
  messageFromRow,
  ticketFromRow,
  ticketParams,
  type MessageRow,
  type TicketRow,
} from './ticket-rows.js';
import { buildStats } from './stats.js';
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

type Db = pg.PoolClient;

/** BIGINT (seq, lease_until, counts) as a JS number: every value we store fits in 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

interface PgTicketRow extends Omit<TicketRow, 'human_touched'> {
  human_touched: boolean;
}

function ticketRow(row: PgTicketRow): TicketRow {
  return { ...row, human_touched: row.human_touched ? 1 : 0 };
}

const TICKET_COLUMNS = `id, tenant_id, subject, customer_json, channel, status, language, intent, confidence, owner_queue,
  escalation_json, ai_draft, summary, human_touched, csat_json, review_json, assignee, snoozed_until, model_cost_usd, handle_seconds, ai_tool_results_json, version, created_at, updated_at, seq, claimed_by, lease_until`;

/**
 * The queue on PostgreSQL, for many queue processes sharing one database.
 *
 * Feed order: each tenant has its own sequence (its row in `tenant_sequences`), and every transaction
 * that writes feed rows first locks its tenant's row and holds that lock until it commits, so the
 * tenant's seq values become visible in the order they were drawn; a pull (always of one tenant) can
 * never see seq N+1 while N is still uncommitted and skip it. Taking that lock first in every such
 * transaction (before any ticket row; a transaction writes one tenant only) also keeps lock order
 * fixed, so pushes cannot deadlock; tenants never wait on each other's writes.
 * Claims do not move the feed and never touch `tenant_sequences`: they pick rows with FOR UPDATE SKIP LOCKED,
 * so many workers claim at once without waiting on each other.
 */
export class PostgresQueueStore implements QueueStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string, options: { maxConnections?: number } = {}): Promise<PostgresQueueStore> {
    const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types: TYPES });
    pool.on('error', () => undefined); // an idle client lost its connection; the pool replaces it
    try {
      const client = await pool.connect();
      try {
        await migratePostgres(client);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresQueueStore(pool);
  }

  async createTenant(tenant: TenantRecord, tokens: readonly NewToken[]): Promise<void> {
    await this.transaction(async (db) => {
      await db.query('INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3)', [
        tenant.id,
        tenant.name,
        new Date().toISOString(),
      ]);
      await db.query('INSERT INTO tenant_sequences (tenant_id, value) VALUES ($1, 0)', [tenant.id]);
      await insertTokens(db, tenant.id, tokens);
    });
  }

  async getTenant(tenantId: string): Promise<TenantRecord | null> {
    const result = await this.pool.query<TenantRecord>('SELECT id, name FROM tenants WHERE id = $1', [tenantId]);
    return result.rows[0] ?? null;
  }

  async createOwnerQueue(tenantId: string, queue: OwnerQueue): Promise<void> {
    await this.pool.query('INSERT INTO owner_queues (tenant_id, id, name, created_at) VALUES ($1, $2, $3, $4)', [
      tenantId,
      queue.id,
      queue.name,
      new Date().toISOString(),
    ]);
  }

  async listOwnerQueues(tenantId: string): Promise<OwnerQueue[]> {
    const result = await this.pool.query<OwnerQueue>(
      'SELECT id, name FROM owner_queues WHERE tenant_id = $1 ORDER BY id',
      [tenantId],
    );
    return result.rows;
  }

  async getRuleSet(tenantId: string): Promise<StoredRuleSet> {
    return ruleSetFromRow(await latestRuleSetRow(this.pool, tenantId));
  }

  async saveRuleSet(input: SaveRuleSetInput): Promise<SaveRuleSetResult> {
    try {
      return await this.transaction(async (db) => {
        const current = ruleSetFromRow(await latestRuleSetRow(db, input.tenantId));
        if (current.version !== input.baseVersion) return { status: 'conflict', current } as const;
        const version = current.version + 1;
        await db.query(
          'INSERT INTO escalation_rule_sets (tenant_id, version, rules_json, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5)',
          [input.tenantId, version, JSON.stringify(input.rules), input.savedBy, input.savedAt],
        );
        await appendAuditPg(db, [ruleSetEntry(input, version)]);
        return {
          status: 'saved',
          ruleSet: { version, rules: [...input.rules], savedAt: input.savedAt, savedBy: input.savedBy },
        } as const;
      });
    } catch (error) {
      // Two leads saving the same base version at once: the primary key lets one through.
      if ((error as { code?: string }).code === '23505')
        return { status: 'conflict', current: await this.getRuleSet(input.tenantId) };
      throw error;
    }
  }

  async addTokens(tenantId: string, tokens: readonly NewToken[]): Promise<void> {
    await this.transaction((db) => insertTokens(db, tenantId, tokens));
  }

  async findToken(tokenHash: string): Promise<TokenRecord | null> {
    const result = await this.pool.query<{ tenant_id: string; role: Role; name: string }>(
      'SELECT tenant_id, role, name FROM tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    const row = result.rows[0];
    return row ? { tenantId: row.tenant_id, role: row.role, name: row.name } : null;
  }

  async listTokens(tenantId: string): Promise<TokenListing[]> {
    const result = await this.pool.query<TokenListingRow>(
      'SELECT token_hash, role, name, created_at, revoked_at FROM tokens WHERE tenant_id = $1 ORDER BY created_at, token_hash',
      [tenantId],
    );
    return result.rows.map(tokenListingFromRow);
  }

  async revokeToken(tenantId: string, tokenHash: string, now: Date): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE tokens SET revoked_at = $1 WHERE tenant_id = $2 AND token_hash = $3 AND revoked_at IS NULL',
      [now.toISOString(), tenantId, tokenHash],
    );
    return result.rowCount === 1;
  }

  async intakeTicket(input: IntakeInput): Promise<IntakeResult> {
    const [result] = await this.intakeBatch([input]);
    if (!result) throw new Error('intakeBatch returned no result');
    return result;
  }

  async intakeBatch(inputs: readonly IntakeInput[]): Promise<IntakeResult[]> {
    return this.transaction(async (db) => {
      // In a fixed (sorted) order, should a batch ever span tenants.
      for (const tenantId of [...new Set(inputs.map((input) => input.tenantId))].sort())
        await lockSequence(db, tenantId);
      const results: IntakeResult[] = [];
      for (const input of inputs) results.push(await this.intakeOne(db, input));
      return results;
    });
  }

  private async intakeOne(db: Db, input: IntakeInput): Promise<IntakeResult> {
    if (input.idempotencyKey !== null) {
      const earlier = await db.query<{ ticket_id: string }>(
        'SELECT ticket_id FROM intake_keys WHERE tenant_id = $1 AND idempotency_key = $2',
        [input.tenantId, input.idempotencyKey],
      );
      const ticketId = earlier.rows[0]?.ticket_id;
      const existing = ticketId ? await readTicketWithMessages(db, input.tenantId, ticketId) : null;
      if (existing) return { ...existing, created: false };
    }
    const at = input.now.toISOString();
    const messageSeq = await nextSeq(db, input.tenantId);
    const ticket: Ticket = newTicket({
      id: newTicketId(),
      tenantId: input.tenantId,
      subject: input.subject,
      customer: input.customer,
      channel: input.channel,
      at,
      seq: await nextSeq(db, input.tenantId),
    });
    const p = ticketParams(ticket);
    await db.query(
      `INSERT INTO tickets (id, tenant_id, subject, customer_json, channel, status, language, intent, confidence, owner_queue,
         escalation_json, ai_draft, summary, human_touched, version, created_at, updated_at, seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        p.id,
        p.tenant_id,
        p.subject,
        p.customer_json,
        p.channel,
        p.status,
        p.language,
        p.intent,
        p.confidence,
        p.owner_queue,
        p.escalation_json,
        p.ai_draft,
        p.summary,
        ticket.humanTouched,
        p.version,
        p.created_at,
        p.updated_at,
        p.seq,
      ],
    );
    const message = await insertMessage(
      db,
      input.tenantId,
      ticket.id,
      { id: newMessageId(), author: 'customer', authorName: input.customer.name, kind: 'reply', text: input.text },
      at,
      messageSeq,
    );
    if (input.idempotencyKey !== null) {
      await db.query('INSERT INTO intake_keys (tenant_id, idempotency_key, ticket_id) VALUES ($1, $2, $3)', [
        input.tenantId,
        input.idempotencyKey,
        ticket.id,
      ]);
    }
    await appendAuditPg(db, [intakeEntry(ticket, message.id, input.idempotencyKey, input.actor ?? SYSTEM_ACTOR)]);
    return { ticket, messages: [message], created: true };
  }

  async appendCustomerReply(input: CustomerReplyInput): Promise<TicketWithMessages | null> {
    return this.transaction(async (db) => {
      await lockSequence(db, input.tenantId);
      const row = await readTicketRow(db, input.tenantId, input.ticketId, true);
      if (!row) return null;
      const ticket = ticketFromRow(row);
      const messageId = newMessageId();
      const changed = await changeTicket(
        db,
        ticket,
        { status: statusAfterCustomerReply(ticket), snoozedUntil: null },
        { id: messageId, author: 'customer', authorName: ticket.customer.name, kind: 'reply', text: input.text },
        input.now,
      );
      await appendAuditPg(db, [customerReplyEntry(ticket, changed, messageId, input.actor ?? SYSTEM_ACTOR)]);
      return readTicketWithMessages(db, input.tenantId, input.ticketId);
    });
  }

  async rateTicket(input: RatingInput): Promise<RatingResult> {
    return this.transaction(async (db): Promise<RatingResult> => {
      await lockSequence(db, input.tenantId);
      const row = await readTicketRow(db, input.tenantId, input.ticketId, true);
      if (!row) return { status: 'not_found' };
      const ticket = ticketFromRow(row);
      if (!canBeRated(ticket)) return { status: 'not_closed', ticket };
      const rated = await changeTicket(
        db,
        ticket,
        { csat: csatOf(input.score, input.comment, input.now) },
        null,
        input.now,
      );
      await appendAuditPg(db, [ratingEntry(rated, input.actor ?? SYSTEM_ACTOR)]);
      return { status: 'rated', ticket: rated };
    });
  }

  async getTicket(tenantId: string, ticketId: string): Promise<TicketWithMessages | null> {
    return this.transaction(
      (db) => readTicketWithMessages(db, tenantId, ticketId),
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  async listTickets(tenantId: string, query: ListTicketsQuery): Promise<Ticket[]> {
    const result =
      query.status === undefined
        ? await this.pool.query<PgTicketRow>(
            `SELECT ${TICKET_COLUMNS} FROM tickets WHERE tenant_id = $1 ORDER BY seq DESC LIMIT $2`,
            [tenantId, query.limit],
          )
        : await this.pool.query<PgTicketRow>(
            `SELECT ${TICKET_COLUMNS} FROM tickets WHERE tenant_id = $1 AND status = $2 ORDER BY seq DESC LIMIT $3`,
            [tenantId, query.status, query.limit],
          );
    return result.rows.map((row) => ticketFromRow(ticketRow(row)));
  }

  async changes(tenantId: string, query: ChangesQuery): Promise<ChangesResponse> {
    // One snapshot for both tables, so a ticket and its message are seen together or not at all.
    return this.transaction(async (db) => {
      const window = query.limit + 1;
      const seqsOf = async (table: 'tickets' | 'messages') =>
        (
          await db.query<{ seq: number }>(
            `SELECT seq FROM ${table} WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
            [tenantId, query.since, window],
          )
        ).rows.map((row) => row.seq);
      const { upTo, hasMore } = feedPageBound(
        await seqsOf('tickets'),
        await seqsOf('messages'),
        query.limit,
        query.since,
      );
      const ticketRows = await db.query<PgTicketRow>(
        `SELECT ${TICKET_COLUMNS} FROM tickets WHERE tenant_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq`,
        [tenantId, query.since, upTo],
      );
      const messageRows = await db.query<MessageRow>(
        'SELECT * FROM messages WHERE tenant_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq',
        [tenantId, query.since, upTo],
      );
      return {
        tickets: ticketRows.rows.map((row) => ticketFromRow(ticketRow(row))),
        messages: messageRows.rows.map(messageFromRow),
        cursor: upTo,
        hasMore,
        lastMutationId: query.client === undefined ? null : await pullersLastMutationId(db, tenantId, query.client),
      };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async currentCursor(tenantId: string): Promise<number> {
    const result = await this.pool.query<{ cursor: number | null }>(
      `SELECT GREATEST((SELECT MAX(seq) FROM tickets WHERE tenant_id = $1), (SELECT MAX(seq) FROM messages WHERE tenant_id = $1)) AS cursor`,
      [tenantId],
    );
    return result.rows[0]?.cursor ?? 0;
  }

  async applyMutations(input: ApplyMutationsInput): Promise<PushResponse> {
    return this.transaction(async (db) => {
      await lockSequence(db, input.tenantId);
      // Creates or locks this client's row in one statement: two pushes of one client apply one after the other.
      // A new row belongs to the pushing token; an existing one keeps its owner (none for rows from before owners).
      const row = (
        await db.query<{ last_mutation_id: number; owner_token_hash: string | null }>(
          `INSERT INTO client_mutations (tenant_id, client_id, last_mutation_id, owner_token_hash) VALUES ($1, $2, 0, $3)
           ON CONFLICT (tenant_id, client_id) DO UPDATE SET last_mutation_id = client_mutations.last_mutation_id
           RETURNING last_mutation_id, owner_token_hash`,
          [input.tenantId, input.clientId, input.tokenHash],
        )
      ).rows[0];
      const counter: ClientCounter | null = row
        ? { owner: row.owner_token_hash, lastMutationId: row.last_mutation_id }
        : null;
      // Before anything is applied: another token's client id, or ids far past the counter, refuse the whole
      // push (the transaction rolls back, the row above included).
      checkPush(input.clientId, counter, input.tokenHash, input.mutations);
      let last = counter?.lastMutationId ?? 0;
      const results: MutationOutcome[] = [];
      for (const mutation of input.mutations) {
        if (mutation.id <= last) {
          results.push({ id: mutation.id, status: 'duplicate' });
          continue;
        }
        last = mutation.id;
        results.push(await this.applyOne(db, input, mutation));
      }
      await appendAuditPg(
        db,
        pushEntries(
          input.tenantId,
          input.clientId,
          input.actor ?? SYSTEM_ACTOR,
          input.mutations,
          results,
          input.now.toISOString(),
        ),
      );
      await db.query(
        'UPDATE client_mutations SET last_mutation_id = $3, owner_token_hash = $4 WHERE tenant_id = $1 AND client_id = $2',
        [input.tenantId, input.clientId, last, input.tokenHash],
      );
      return { results, lastMutationId: last };
    });
  }

  async claimTickets(input: ClaimInput): Promise<ClaimedTicket[]> {
    return this.transaction(async (db) => {
      const nowMs = input.now.getTime();
      const leaseUntil = nowMs + input.leaseMs;
      const claimed = await db.query<PgTicketRow & { previous_holder: string | null; intake_no: number }>(
        `WITH picked AS (
           SELECT id, claimed_by AS previous_holder FROM tickets
           WHERE tenant_id = $1 AND status = 'new' AND (claimed_by IS NULL OR lease_until IS NULL OR lease_until <= $2)
           ORDER BY created_at, intake_no
           LIMIT $3
           FOR UPDATE SKIP LOCKED
         )
         UPDATE tickets t SET claimed_by = $4, lease_until = $5
         FROM picked WHERE t.tenant_id = $1 AND t.id = picked.id
         RETURNING ${TICKET_COLUMNS.split(',')
           .map((column) => `t.${column.trim()}`)
           .join(', ')}, t.intake_no, picked.previous_holder`,
        [input.tenantId, nowMs, input.limit, input.workerId, leaseUntil],
      );
      const rows = claimed.rows.sort((a, b) =>
        a.created_at === b.created_at ? a.intake_no - b.intake_no : a.created_at < b.created_at ? -1 : 1,
      );
      const messages = await readMessagesOf(
        db,
        input.tenantId,
        rows.map((row) => row.id),
      );
      return rows.map((row) => {
        // The returned row carries the new claim; the ticket as the worker sees it is the same either way.
        const { previous_holder: previousHolder, intake_no: _intakeNo, ...ticket } = row;
        return {
          ticket: ticketFromRow(ticketRow(ticket)),
          messages: messages.get(row.id) ?? [],
          leaseUntil: new Date(leaseUntil).toISOString(),
          previousHolder,
        };
      });
    });
  }

  async renewClaim(input: RenewClaimInput): Promise<RenewClaimResult> {
    return this.transaction(async (db): Promise<RenewClaimResult> => {
      const row = await readTicketRow(db, input.tenantId, input.ticketId, true);
      if (!row) return { status: 'not_found' };
      const nowMs = input.now.getTime();
      const held =
        row.status === 'new' &&
        row.claimed_by === input.workerId &&
        row.lease_until !== null &&
        row.lease_until > nowMs;
      if (!held) return { status: 'lost' };
      const leaseUntil = nowMs + input.leaseMs;
      await db.query('UPDATE tickets SET lease_until = $3 WHERE tenant_id = $1 AND id = $2', [
        input.tenantId,
        input.ticketId,
        leaseUntil,
      ]);
      return { status: 'renewed', leaseUntil: new Date(leaseUntil).toISOString() };
    });
  }

  async stats(tenantId: string): Promise<TenantStats> {
    return this.transaction(async (db) => {
      const byStatus = await db.query<{ status: TicketStatus; count: number }>(
        'SELECT status, COUNT(*) AS count FROM tickets WHERE tenant_id = $1 GROUP BY status',
        [tenantId],
      );
      const byAction = await db.query<{ action: string; count: number }>(
        'SELECT action, COUNT(*) AS count FROM ai_decisions WHERE tenant_id = $1 GROUP BY action',
        [tenantId],
      );
      const twice = await db.query<{ count: number }>(
        'SELECT COUNT(*) AS count FROM (SELECT ticket_id FROM ai_decisions WHERE tenant_id = $1 GROUP BY ticket_id HAVING COUNT(*) > 1) AS multiple',
        [tenantId],
      );
      return buildStats(byStatus.rows, byAction.rows, twice.rows[0]?.count ?? 0);
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async queueDepth(): Promise<Record<string, number>> {
    const result = await this.pool.query<{ tenant_id: string; count: number }>(
      "SELECT tenant_id, COUNT(*) AS count FROM tickets WHERE status = 'new' GROUP BY tenant_id",
    );
    return Object.fromEntries(result.rows.map((row) => [row.tenant_id, row.count]));
  }

  async ticketHistory(tenantId: string, ticketId: string): Promise<AuditRecord[] | null> {
    return this.transaction(
      async (db) => ((await readTicketRow(db, tenantId, ticketId)) ? ticketAuditPg(db, tenantId, ticketId) : null),
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  async auditHead(): Promise<AuditHead> {
    return readAuditHeadPg(this.pool);
  }

  async auditPage(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    return auditPagePg(this.pool, afterSeq, limit);
  }

  async auditRange(query: AuditRangeQuery): Promise<AuditRecord[]> {
    return auditRangePg(this.pool, query);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async applyOne(db: Db, input: ApplyMutationsInput, mutation: Mutation): Promise<MutationOutcome> {
    const row = await readTicketRow(db, input.tenantId, mutation.ticketId, true);
    const ticket = row ? ticketFromRow(row) : null;
    const handled = row ? handlingFromRow(row) : null;
    const plan = planGatedMutation(
      {
        mutation,
        ticket,
        claim: row ? claimFromRow(row) : null,
        messageExists: 'messageId' in mutation && (await messageExists(db, input.tenantId, mutation.messageId)),
        clientId: input.clientId,
        now: input.now,
        handling: handled,
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
        const changed = await changeTicket(db, ticket, plan.patch, plan.message, input.now, plan.quiet === true);
        if (plan.clearClaim) {
          await db.query('UPDATE tickets SET claimed_by = NULL, lease_until = NULL WHERE tenant_id = $1 AND id = $2', [
            ticket.tenantId,
            ticket.id,
          ]);
        }
        if (mutation.type === 'ai_decision') {
          await db.query(
            'INSERT INTO ai_decisions (tenant_id, ticket_id, client_id, mutation_id, action, decided_at) VALUES ($1, $2, $3, $4, $5, $6)',
            [
              ticket.tenantId,
              ticket.id,
              input.clientId,
              mutation.id,
              mutation.decision.action,
              input.now.toISOString(),
            ],
          );
        }
        if (plan.handling) {
          await db.query(
            'UPDATE tickets SET handled_version = $3, handled_by = $4, handled_kind = $5 WHERE tenant_id = $1 AND id = $2',
            [ticket.tenantId, ticket.id, changed.version, input.clientId, plan.handling],
          );
        }
        return { id: mutation.id, status: 'applied', ticket: changed };
      }
    }
  }

  private async transaction<T>(work: (db: Db) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }
}

/** Takes the tenant's feed lock (see the class comment); held until the transaction ends. */
async function lockSequence(db: Db, tenantId: string): Promise<void> {
  const result = await db.query('SELECT value FROM tenant_sequences WHERE tenant_id = $1 FOR UPDATE', [tenantId]);
  if (result.rowCount !== 1) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
}

/** The tenant's next changes-feed number; the caller holds the tenant's lock (lockSequence). */
async function nextSeq(db: Db, tenantId: string): Promise<number> {
  const result = await db.query<{ value: number }>(
    'UPDATE tenant_sequences SET value = value + 1 WHERE tenant_id = $1 RETURNING value',
    [tenantId],
  );
  const value = result.rows[0]?.value;
  if (value === undefined) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
  return value;
}

async function insertTokens(db: Db, tenantId: string, tokens: readonly NewToken[]): Promise<void> {
  const at = new Date().toISOString();
  for (const token of tokens) {
    await db.query('INSERT INTO tokens (token_hash, tenant_id, role, name, created_at) VALUES ($1, $2, $3, $4, $5)', [
      token.tokenHash,
      tenantId,
      token.role,
      token.name,
      at,
    ]);
  }
}

async function insertMessage(
  db: Db,
  tenantId: string,
  ticketId: string,
  message: NewMessage,
  at: string,
  seq: number,
): Promise<Message> {
  await db.query(
    `INSERT INTO messages (tenant_id, id, ticket_id, author, author_name, kind, text, created_at, seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [tenantId, message.id, ticketId, message.author, message.authorName, message.kind, message.text, at, seq],
  );
  return { ...message, ticketId, createdAt: at, seq };
}

/** Appends the message (if any) with its own seq, then writes the ticket with the next seq and version. */
async function changeTicket(
  db: Db,
  ticket: Ticket,
  patch: TicketPatch,
  message: NewMessage | null,
  now: Date,
  quiet = false,
): Promise<Ticket> {
  const at = now.toISOString();
  if (message) await insertMessage(db, ticket.tenantId, ticket.id, message, at, await nextSeq(db, ticket.tenantId));
  const changed: Ticket = {
    ...ticket,
    ...patch,
    version: ticket.version + 1,
    updatedAt: quiet ? ticket.updatedAt : at,
    seq: await nextSeq(db, ticket.tenantId),
  };
  const p = ticketParams(changed);
  await db.query(
    `UPDATE tickets SET status = $3, language = $4, intent = $5, confidence = $6, owner_queue = $7, escalation_json = $8,
       ai_draft = $9, summary = $10, human_touched = $11, version = $12, updated_at = $13, seq = $14, csat_json = $15, review_json = $16,
       assignee = $17, snoozed_until = $18, model_cost_usd = $19, handle_seconds = $20, ai_tool_results_json = $21
     WHERE tenant_id = $1 AND id = $2`,
    [
      p.tenant_id,
      p.id,
      p.status,
      p.language,
      p.intent,
      p.confidence,
      p.owner_queue,
      p.escalation_json,
      p.ai_draft,
      p.summary,
      changed.humanTouched,
      p.version,
      p.updated_at,
      p.seq,
      p.csat_json,
      p.review_json,
      p.assignee,
      p.snoozed_until,
      p.model_cost_usd,
      p.handle_seconds,
      p.ai_tool_results_json,
    ],
  );
  return changed;
}

/** The pulling client's last processed mutation id (0 for an id never pushed under); another token's id is refused. */
async function pullersLastMutationId(
  db: Db,
  tenantId: string,
  client: { id: string; tokenHash: string },
): Promise<number> {
  const result = await db.query<{ last_mutation_id: number; owner_token_hash: string | null }>(
    'SELECT last_mutation_id, owner_token_hash FROM client_mutations WHERE tenant_id = $1 AND client_id = $2',
    [tenantId, client.id],
  );
  const row = result.rows[0];
  const counter: ClientCounter | null = row
    ? { owner: row.owner_token_hash, lastMutationId: row.last_mutation_id }
    : null;
  checkPullClient(client.id, counter, client.tokenHash);
  return counter?.lastMutationId ?? 0;
}

async function messageExists(db: Db, tenantId: string, messageId: string): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM messages WHERE tenant_id = $1 AND id = $2', [tenantId, messageId]);
  return (result.rowCount ?? 0) > 0;
}

async function readTicketRow(db: Db, tenantId: string, ticketId: string, forUpdate = false): Promise<TicketRow | null> {
  const result = await db.query<PgTicketRow>(
    `SELECT ${TICKET_COLUMNS}, handled_version, handled_by, handled_kind FROM tickets WHERE tenant_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [tenantId, ticketId],
  );
  const row = result.rows[0];
  return row ? ticketRow(row) : null;
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

async function readMessagesOf(db: Db, tenantId: string, ticketIds: readonly string[]): Promise<Map<string, Message[]>> {
  const byTicket = new Map<string, Message[]>();
  if (ticketIds.length === 0) return byTicket;
  const result = await db.query<MessageRow>(
    'SELECT * FROM messages WHERE tenant_id = $1 AND ticket_id = ANY($2) ORDER BY seq',
    [tenantId, ticketIds],
  );
  for (const row of result.rows) {
    const list = byTicket.get(row.ticket_id) ?? [];
    list.push(messageFromRow(row));
    byTicket.set(row.ticket_id, list);
  }
  return byTicket;
}

async function readTicketWithMessages(db: Db, tenantId: string, ticketId: string): Promise<TicketWithMessages | null> {
  const row = await readTicketRow(db, tenantId, ticketId);
  if (!row) return null;
  return { ticket: ticketFromRow(row), messages: (await readMessagesOf(db, tenantId, [ticketId])).get(ticketId) ?? [] };
}

function withTicket(outcome: MutationOutcome, ticket: Ticket | null): MutationOutcome {
  return ticket ? { ...outcome, ticket } : outcome;
}

async function latestRuleSetRow(db: Db | pg.Pool, tenantId: string): Promise<RuleSetRow | undefined> {
  const result = await db.query<RuleSetRow>(
    'SELECT version, rules_json, saved_by, saved_at FROM escalation_rule_sets WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1',
    [tenantId],
  );
  return result.rows[0];
}

import type pg from 'pg';
import type { TicketStatus } from '../../shared/domain/ticket.js';
import type { ClientCounter } from '../domain/push-admission.js';
import { postgresAuditOperations } from './postgres-audit.js';
import { postgresEmailOperations } from './postgres-email-operations.js';
import { AI_HEALTH_STATEMENTS } from './ai-health-sql.js';
import { CHAT_STATEMENTS } from './chat-sql.js';
import { IDENTITY_STATEMENTS } from './identity-sql.js';
import { MERGE_STATEMENTS } from './merge-sql.js';
import { postgresStatementOperations } from './sql-statements.js';
import { postgresImportOperations } from './postgres-import-operations.js';
import { postgresSettingOperations } from './postgres-settings.js';
import { postgresWebhookOperations } from './postgres-webhook-operations.js';
import type { RuleSetRow } from './rule-set-rows.js';
import type { Async, StoreOperations } from './store-operations.js';
import { aiDecisionValues, changedTicketValues, messageValues, newTicketValues, type RowValues } from './row-values.js';
import type { MessageRow, TicketRow } from './ticket-rows.js';

/** PostgreSQL keeps human_touched as a boolean. */
interface PgTicketRow extends Omit<TicketRow, 'human_touched'> {
  human_touched: boolean;
}

const ticketRow = (row: PgTicketRow): TicketRow => ({ ...row, human_touched: row.human_touched ? 1 : 0 });

/** Every column a TicketRow has (not intake_no, which only orders claims). */
const TICKET_COLUMNS = `id, tenant_id, subject, customer_json, channel, status, language, intent, confidence, owner_queue,
  escalation_json, ai_draft, summary, human_touched, csat_json, review_json, assignee, snoozed_until, model_cost_usd, handle_seconds, ai_tool_results_json, ai_assist_json, tags_json, merged_into, version, created_at, updated_at, seq, claimed_by, lease_until`;

type CounterRow = { last_mutation_id: number; owner_principal: string | null };
const counterOf = (row: CounterRow | undefined): ClientCounter | null =>
  row ? { owner: row.owner_principal, lastMutationId: row.last_mutation_id } : null;

/** A tenant's feed cursor (its highest seq; NULL before its first ticket), the tenant id as $1. */
export const POSTGRES_CURSOR_SQL =
  'SELECT GREATEST((SELECT MAX(seq) FROM tickets WHERE tenant_id = $1), (SELECT MAX(seq) FROM messages WHERE tenant_id = $1)) AS cursor';

/**
 * The store operations in PostgreSQL's SQL, on a pooled client inside a transaction (or on the pool for a
 * single statement). Locks: see postgres-queue-store.ts.
 */
export function postgresOperations(db: pg.Pool | pg.PoolClient): Async<StoreOperations> {
  const rows = async <R extends pg.QueryResultRow>(sql: string, values: readonly unknown[] = []): Promise<R[]> =>
    (await db.query<R>(sql, [...values])).rows;
  const first = async <R extends pg.QueryResultRow>(sql: string, values: readonly unknown[]): Promise<R | undefined> =>
    (await rows<R>(sql, values))[0];
  const run = async (sql: string, values: readonly unknown[]): Promise<number> =>
    (await db.query(sql, [...values])).rowCount ?? 0;
  const insert = async (table: string, row: RowValues): Promise<void> => {
    const columns = Object.keys(row);
    const placeholders = columns.map((_column, index) => `$${index + 1}`);
    await run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`, Object.values(row));
  };
  const tickets = async (sql: string, values: readonly unknown[]): Promise<TicketRow[]> =>
    (await rows<PgTicketRow>(sql, values)).map(ticketRow);
  return {
    ...postgresAuditOperations(db),
    ...postgresImportOperations(db),
    ...postgresSettingOperations(db),
    ...postgresEmailOperations(db),
    ...postgresStatementOperations(db, CHAT_STATEMENTS),
    ...postgresStatementOperations(db, AI_HEALTH_STATEMENTS),
    ...postgresStatementOperations(db, IDENTITY_STATEMENTS),
    ...postgresStatementOperations(db, MERGE_STATEMENTS),
    ...postgresWebhookOperations(db),

    async insertTenant(tenant, at) {
      await run('INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3)', [tenant.id, tenant.name, at]);
      await run('INSERT INTO tenant_sequences (tenant_id, value) VALUES ($1, 0)', [tenant.id]);
    },
    tenant: async (tenantId) =>
      (await first<{ id: string; name: string }>('SELECT id, name FROM tenants WHERE id = $1', [tenantId])) ?? null,
    latestRuleSet: (tenantId) =>
      first<RuleSetRow>(
        'SELECT version, rules_json, saved_by, saved_at FROM escalation_rule_sets WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1',
        [tenantId],
      ),
    async insertRuleSet(tenantId, row) {
      await run(
        'INSERT INTO escalation_rule_sets (tenant_id, version, rules_json, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5)',
        [tenantId, row.version, row.rules_json, row.saved_by, row.saved_at],
      );
    },

    async lockFeed(tenantId) {
      const locked = await run('SELECT value FROM tenant_sequences WHERE tenant_id = $1 FOR UPDATE', [tenantId]);
      if (locked !== 1) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
    },
    async nextSeq(tenantId) {
      const row = await first<{ value: number }>(
        'UPDATE tenant_sequences SET value = value + 1 WHERE tenant_id = $1 RETURNING value',
        [tenantId],
      );
      if (!row) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
      return row.value;
    },
    ticketRow: async (tenantId, ticketId, lock) =>
      (
        await tickets(
          `SELECT ${TICKET_COLUMNS}, handled_version, handled_by, handled_kind FROM tickets WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
          [tenantId, ticketId],
        )
      )[0] ?? null,
    latestTickets: (tenantId, status, limit) =>
      status === undefined
        ? tickets(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE tenant_id = $1 ORDER BY seq DESC LIMIT $2`, [
            tenantId,
            limit,
          ])
        : tickets(
            `SELECT ${TICKET_COLUMNS} FROM tickets WHERE tenant_id = $1 AND status = $2 ORDER BY seq DESC LIMIT $3`,
            [tenantId, status, limit],
          ),
    messageRows: async (tenantId, ticketIds) =>
      ticketIds.length === 0
        ? []
        : rows<MessageRow>(
            'SELECT * FROM messages WHERE tenant_id = $1 AND ticket_id = ANY($2) ORDER BY created_at, seq',
            [tenantId, ticketIds],
          ),
    messageExists: async (tenantId, messageId) =>
      (await run('SELECT 1 FROM messages WHERE tenant_id = $1 AND id = $2', [tenantId, messageId])) > 0,
    intakeKeyTicket: async (tenantId, idempotencyKey) =>
      (
        await first<{ ticket_id: string }>(
          'SELECT ticket_id FROM intake_keys WHERE tenant_id = $1 AND idempotency_key = $2',
          [tenantId, idempotencyKey],
        )
      )?.ticket_id ?? null,
    insertTicket: (ticket) => insert('tickets', newTicketValues(ticket)),
    async insertIntakeKey(tenantId, idempotencyKey, ticketId) {
      await run('INSERT INTO intake_keys (tenant_id, idempotency_key, ticket_id) VALUES ($1, $2, $3)', [
        tenantId,
        idempotencyKey,
        ticketId,
      ]);
    },
    insertMessage: (tenantId, message) => insert('messages', messageValues(tenantId, message)),
    async updateTicket(ticket) {
      const changed = changedTicketValues(ticket);
      const columns = Object.keys(changed).map((column, index) => `${column} = $${index + 3}`);
      await run(`UPDATE tickets SET ${columns.join(', ')} WHERE tenant_id = $1 AND id = $2`, [
        ticket.tenantId,
        ticket.id,
        ...Object.values(changed),
      ]);
    },
    async clearClaim(tenantId, ticketId) {
      await run('UPDATE tickets SET claimed_by = NULL, lease_until = NULL WHERE tenant_id = $1 AND id = $2', [
        tenantId,
        ticketId,
      ]);
    },
    recordAiDecision: (decision) => insert('ai_decisions', aiDecisionValues(decision)),
    async recordHandling(tenantId, ticketId, handling) {
      await run(
        'UPDATE tickets SET handled_version = $3, handled_by = $4, handled_kind = $5 WHERE tenant_id = $1 AND id = $2',
        [tenantId, ticketId, handling.version, handling.clientId, handling.kind],
      );
    },
    // Claims pick rows with FOR UPDATE SKIP LOCKED, so many workers claim at once without waiting on each other.
    async claimRows(claim) {
      const claimed = await rows<PgTicketRow & { previous_holder: string | null; intake_no: number }>(CLAIM, [
        claim.tenantId,
        claim.nowMs,
        claim.limit,
        claim.workerId,
        claim.leaseUntil,
      ]);
      claimed.sort((a, b) =>
        a.created_at === b.created_at ? a.intake_no - b.intake_no : a.created_at < b.created_at ? -1 : 1,
      );
      // The returned row carries the new claim; the ticket as the worker sees it is the same either way.
      return claimed.map(({ previous_holder: previousHolder, intake_no: _intakeNo, ...row }) => ({
        row: ticketRow(row),
        previousHolder,
      }));
    },
    async setLease(tenantId, ticketId, leaseUntil) {
      await run('UPDATE tickets SET lease_until = $3 WHERE tenant_id = $1 AND id = $2', [
        tenantId,
        ticketId,
        leaseUntil,
      ]);
    },

    feedSeqs: async (table, tenantId, since, limit) =>
      (
        await rows<{ seq: number }>(
          `SELECT seq FROM ${table} WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [tenantId, since, limit],
        )
      ).map((row) => row.seq),
    feedTickets: (tenantId, since, upTo) =>
      tickets(`SELECT ${TICKET_COLUMNS} FROM tickets WHERE tenant_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq`, [
        tenantId,
        since,
        upTo,
      ]),
    feedMessages: (tenantId, since, upTo) =>
      rows<MessageRow>('SELECT * FROM messages WHERE tenant_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq', [
        tenantId,
        since,
        upTo,
      ]),
    cursor: async (tenantId) => (await first<{ cursor: number | null }>(POSTGRES_CURSOR_SQL, [tenantId]))?.cursor ?? 0,
    // Creates or locks this client's row in one statement: two pushes of one client apply one after the other.
    // A new row belongs to the pushing principal; an existing one keeps its owner (none for rows from before owners).
    // A refused push rolls back, this row included.
    pushCounter: async (tenantId, clientId, principal) =>
      counterOf(
        await first<CounterRow>(
          `INSERT INTO client_mutations (tenant_id, client_id, last_mutation_id, owner_principal) VALUES ($1, $2, 0, $3)
           ON CONFLICT (tenant_id, client_id) DO UPDATE SET last_mutation_id = client_mutations.last_mutation_id
           RETURNING last_mutation_id, owner_principal`,
          [tenantId, clientId, principal],
        ),
      ),
    pullCounter: async (tenantId, clientId) =>
      counterOf(
        await first<CounterRow>(
          'SELECT last_mutation_id, owner_principal FROM client_mutations WHERE tenant_id = $1 AND client_id = $2',
          [tenantId, clientId],
        ),
      ),
    async saveCounter(tenantId, clientId, lastMutationId, principal) {
      await run(
        'UPDATE client_mutations SET last_mutation_id = $3, owner_principal = $4 WHERE tenant_id = $1 AND client_id = $2',
        [tenantId, clientId, lastMutationId, principal],
      );
    },
    statusCounts: (tenantId) =>
      rows<{ status: TicketStatus; count: number }>(
        'SELECT status, COUNT(*) AS count FROM tickets WHERE tenant_id = $1 GROUP BY status',
        [tenantId],
      ),
    decisionCounts: (tenantId) =>
      rows<{ action: string; count: number }>(
        'SELECT action, COUNT(*) AS count FROM ai_decisions WHERE tenant_id = $1 GROUP BY action',
        [tenantId],
      ),
    ticketsDecidedMoreThanOnce: async (tenantId) =>
      (
        await first<{ count: number }>(
          'SELECT COUNT(*) AS count FROM (SELECT ticket_id FROM ai_decisions WHERE tenant_id = $1 GROUP BY ticket_id HAVING COUNT(*) > 1) AS multiple',
          [tenantId],
        )
      )?.count ?? 0,
    newTicketCounts: () =>
      rows<{ tenant_id: string; count: number }>(
        "SELECT tenant_id, COUNT(*) AS count FROM tickets WHERE status = 'new' GROUP BY tenant_id",
      ),
  };
}

const CLAIM = `WITH picked AS (
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
    .join(', ')}, t.intake_no, picked.previous_holder`;

import type Database from 'better-sqlite3';
import type { TicketStatus } from '../../shared/domain/ticket.js';
import type { RuleSetRow } from './rule-set-rows.js';
import { sqliteAuditOperations } from './sqlite-audit.js';
import { sqliteEmailOperations } from './sqlite-email-operations.js';
import { AI_HEALTH_STATEMENTS } from './ai-health-sql.js';
import { CHAT_STATEMENTS } from './chat-sql.js';
import { IDENTITY_STATEMENTS } from './identity-sql.js';
import { MERGE_STATEMENTS } from './merge-sql.js';
import { sqliteStatementOperations } from './sql-statements.js';
import { sqliteImportOperations } from './sqlite-import-operations.js';
import { sqliteSettingOperations } from './sqlite-settings.js';
import { sqliteWebhookOperations } from './sqlite-webhook-operations.js';
import type { StoreOperations } from './store-operations.js';
import { aiDecisionValues, changedTicketValues, messageValues, newTicketValues, type RowValues } from './row-values.js';
import type { MessageRow, TicketRow } from './ticket-rows.js';

/** The store operations in SQLite's SQL. The caller's immediate transaction holds the file's write lock. */
export function sqliteOperations(db: Database.Database): StoreOperations {
  const counter = (tenantId: string, clientId: string) => {
    const row = db
      .prepare<[string, string], { last_mutation_id: number; owner_principal: string | null }>(
        'SELECT last_mutation_id, owner_principal FROM client_mutations WHERE tenant_id = ? AND client_id = ?',
      )
      .get(tenantId, clientId);
    return row ? { owner: row.owner_principal, lastMutationId: row.last_mutation_id } : null;
  };
  const insert = (table: string, row: RowValues): void => {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...Object.values(row),
    );
  };
  return {
    ...sqliteAuditOperations(db),
    ...sqliteImportOperations(db),
    ...sqliteSettingOperations(db),
    ...sqliteEmailOperations(db),
    ...sqliteStatementOperations(db, CHAT_STATEMENTS),
    ...sqliteStatementOperations(db, AI_HEALTH_STATEMENTS),
    ...sqliteStatementOperations(db, IDENTITY_STATEMENTS),
    ...sqliteStatementOperations(db, MERGE_STATEMENTS),
    ...sqliteWebhookOperations(db),

    insertTenant(tenant, at) {
      db.prepare('INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)').run(tenant.id, tenant.name, at);
      db.prepare('INSERT INTO tenant_sequences (tenant_id, value) VALUES (?, 0)').run(tenant.id);
    },
    tenant: (tenantId) =>
      db.prepare<[string], { id: string; name: string }>('SELECT id, name FROM tenants WHERE id = ?').get(tenantId) ??
      null,
    latestRuleSet: (tenantId) =>
      db
        .prepare<[string], RuleSetRow>(
          'SELECT version, rules_json, saved_by, saved_at FROM escalation_rule_sets WHERE tenant_id = ? ORDER BY version DESC LIMIT 1',
        )
        .get(tenantId),
    insertRuleSet(tenantId, row) {
      db.prepare(
        'INSERT INTO escalation_rule_sets (tenant_id, version, rules_json, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)',
      ).run(tenantId, row.version, row.rules_json, row.saved_by, row.saved_at);
    },

    lockFeed: () => undefined,
    nextSeq(tenantId) {
      const row = db
        .prepare<[string], { value: number }>(
          'UPDATE tenant_sequences SET value = value + 1 WHERE tenant_id = ? RETURNING value',
        )
        .get(tenantId);
      if (!row) throw new Error(`Tenant ${tenantId} has no sequence counter row.`);
      return row.value;
    },
    ticketRow: (tenantId, ticketId) =>
      db
        .prepare<[string, string], TicketRow>('SELECT * FROM tickets WHERE tenant_id = ? AND id = ?')
        .get(tenantId, ticketId) ?? null,
    latestTickets: (tenantId, status, limit) =>
      status === undefined
        ? db
            .prepare<[string, number], TicketRow>('SELECT * FROM tickets WHERE tenant_id = ? ORDER BY seq DESC LIMIT ?')
            .all(tenantId, limit)
        : db
            .prepare<[string, TicketStatus, number], TicketRow>(
              'SELECT * FROM tickets WHERE tenant_id = ? AND status = ? ORDER BY seq DESC LIMIT ?',
            )
            .all(tenantId, status, limit),
    messageRows(tenantId, ticketIds) {
      const ofTicket = db.prepare<[string, string], MessageRow>(
        'SELECT * FROM messages WHERE tenant_id = ? AND ticket_id = ? ORDER BY created_at, seq',
      );
      return ticketIds.flatMap((ticketId) => ofTicket.all(tenantId, ticketId));
    },
    messageExists: (tenantId, messageId) =>
      db.prepare('SELECT 1 FROM messages WHERE tenant_id = ? AND id = ?').get(tenantId, messageId) !== undefined,
    intakeKeyTicket: (tenantId, idempotencyKey) =>
      db
        .prepare<[string, string], string>(
          'SELECT ticket_id FROM intake_keys WHERE tenant_id = ? AND idempotency_key = ?',
        )
        .pluck()
        .get(tenantId, idempotencyKey) ?? null,
    insertTicket: (ticket) => insert('tickets', newTicketValues(ticket)),
    insertIntakeKey(tenantId, idempotencyKey, ticketId) {
      db.prepare('INSERT INTO intake_keys (tenant_id, idempotency_key, ticket_id) VALUES (?, ?, ?)').run(
        tenantId,
        idempotencyKey,
        ticketId,
      );
    },
    insertMessage: (tenantId, message) => insert('messages', messageValues(tenantId, message)),
    updateTicket(ticket) {
      const changed = changedTicketValues(ticket);
      const columns = Object.keys(changed).map((column) => `${column} = ?`);
      db.prepare(`UPDATE tickets SET ${columns.join(', ')} WHERE tenant_id = ? AND id = ?`).run(
        ...Object.values(changed),
        ticket.tenantId,
        ticket.id,
      );
    },
    clearClaim(tenantId, ticketId) {
      db.prepare('UPDATE tickets SET claimed_by = NULL, lease_until = NULL WHERE tenant_id = ? AND id = ?').run(
        tenantId,
        ticketId,
      );
    },
    recordAiDecision: (decision) => insert('ai_decisions', aiDecisionValues(decision)),
    recordHandling(tenantId, ticketId, handling) {
      db.prepare(
        'UPDATE tickets SET handled_version = ?, handled_by = ?, handled_kind = ? WHERE tenant_id = ? AND id = ?',
      ).run(handling.version, handling.clientId, handling.kind, tenantId, ticketId);
    },
    claimRows(claim) {
      const rows = db
        .prepare<[string, number, number], TicketRow>(
          `SELECT * FROM tickets
           WHERE tenant_id = ? AND status = 'new' AND (claimed_by IS NULL OR lease_until IS NULL OR lease_until <= ?)
           ORDER BY created_at, rowid LIMIT ?`,
        )
        .all(claim.tenantId, claim.nowMs, claim.limit);
      const take = db.prepare('UPDATE tickets SET claimed_by = ?, lease_until = ? WHERE tenant_id = ? AND id = ?');
      for (const row of rows) take.run(claim.workerId, claim.leaseUntil, claim.tenantId, row.id);
      return rows.map((row) => ({ row, previousHolder: row.claimed_by }));
    },
    setLease(tenantId, ticketId, leaseUntil) {
      db.prepare('UPDATE tickets SET lease_until = ? WHERE tenant_id = ? AND id = ?').run(
        leaseUntil,
        tenantId,
        ticketId,
      );
    },

    feedSeqs: (table, tenantId, since, limit) =>
      db
        .prepare<[string, number, number], number>(
          `SELECT seq FROM ${table} WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
        )
        .pluck()
        .all(tenantId, since, limit),
    feedTickets: (tenantId, since, upTo) =>
      db
        .prepare<[string, number, number], TicketRow>(
          'SELECT * FROM tickets WHERE tenant_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
        )
        .all(tenantId, since, upTo),
    feedMessages: (tenantId, since, upTo) =>
      db
        .prepare<[string, number, number], MessageRow>(
          'SELECT * FROM messages WHERE tenant_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
        )
        .all(tenantId, since, upTo),
    cursor: (tenantId) =>
      db
        .prepare<[string, string], number | null>(
          `SELECT MAX(seq) AS cursor FROM (
             SELECT MAX(seq) AS seq FROM tickets WHERE tenant_id = ?
             UNION ALL SELECT MAX(seq) AS seq FROM messages WHERE tenant_id = ?)`,
        )
        .pluck()
        .get(tenantId, tenantId) ?? 0,
    pushCounter: counter,
    pullCounter: counter,
    saveCounter(tenantId, clientId, lastMutationId, principal) {
      db.prepare(
        `INSERT INTO client_mutations (tenant_id, client_id, last_mutation_id, owner_principal) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, owner_principal = excluded.owner_principal`,
      ).run(tenantId, clientId, lastMutationId, principal);
    },
    statusCounts: (tenantId) =>
      db
        .prepare<[string], { status: TicketStatus; count: number }>(
          'SELECT status, COUNT(*) AS count FROM tickets WHERE tenant_id = ? GROUP BY status',
        )
        .all(tenantId),
    decisionCounts: (tenantId) =>
      db
        .prepare<[string], { action: string; count: number }>(
          'SELECT action, COUNT(*) AS count FROM ai_decisions WHERE tenant_id = ? GROUP BY action',
        )
        .all(tenantId),
    ticketsDecidedMoreThanOnce: (tenantId) =>
      db
        .prepare<[string], number>(
          'SELECT COUNT(*) AS count FROM (SELECT ticket_id FROM ai_decisions WHERE tenant_id = ? GROUP BY ticket_id HAVING COUNT(*) > 1)',
        )
        .pluck()
        .get(tenantId) ?? 0,
    newTicketCounts: () =>
      db
        .prepare<[], { tenant_id: string; count: number }>(
          "SELECT tenant_id, COUNT(*) AS count FROM tickets WHERE status = 'new' GROUP BY tenant_id",
        )
        .all(),
  };
}

import type pg from 'pg';

/**
 * Schema steps for PostgreSQL; `schema_version` records how many have run. Append only.
 * Several queue processes may start against one database at once: an advisory lock makes them
 * migrate one after another.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'autopilot', 'admin')),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    subject TEXT NOT NULL,
    customer_json TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    language TEXT,
    intent TEXT,
    confidence DOUBLE PRECISION,
    owner_queue TEXT,
    escalation_json TEXT,
    ai_draft TEXT,
    summary TEXT,
    human_touched BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL,
    claimed_by TEXT,
    lease_until BIGINT,
    intake_no BIGSERIAL NOT NULL,
    handled_version INTEGER,
    handled_by TEXT,
    handled_kind TEXT
  );
  CREATE INDEX tickets_tenant_seq ON tickets (tenant_id, seq);
  CREATE INDEX tickets_tenant_status ON tickets (tenant_id, status, created_at);
  CREATE INDEX tickets_tenant_new ON tickets (tenant_id, created_at, intake_no) WHERE status = 'new';
  CREATE TABLE messages (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    id TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    author TEXT NOT NULL,
    author_name TEXT,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
  );
  CREATE INDEX messages_tenant_seq ON messages (tenant_id, seq);
  CREATE INDEX messages_ticket ON messages (ticket_id, seq);
  CREATE TABLE intake_keys (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    idempotency_key TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    PRIMARY KEY (tenant_id, idempotency_key)
  );
  CREATE TABLE client_mutations (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    client_id TEXT NOT NULL,
    last_mutation_id INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, client_id)
  );
  CREATE TABLE sequence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
  );
  INSERT INTO sequence (id, value) VALUES (1, 0);
  CREATE TABLE ai_decisions (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    ticket_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    decided_at TEXT NOT NULL
  );
  CREATE INDEX ai_decisions_ticket ON ai_decisions (tenant_id, ticket_id);
  `,
  // Owner queues, created by the admin command.
  `
  CREATE TABLE owner_queues (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
  );
  `,
  // Customer satisfaction ratings (CSAT): the latest rating of a ticket as JSON, null while unrated.
  `
  ALTER TABLE tickets ADD COLUMN csat_json TEXT;
  `,
  // Team lead reviews (approve / flag with a reason): the latest review of a ticket as JSON, null when none.
  `
  ALTER TABLE tickets ADD COLUMN review_json TEXT;
  `,
  // Escalation rules saved by leads: one row per saved version; the highest version is in force.
  `
  CREATE TABLE escalation_rule_sets (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    version INTEGER NOT NULL,
    rules_json TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, version)
  );
  `,
  // The agent who took a ticket, and the time it is snoozed until (H-console).
  `
  ALTER TABLE tickets ADD COLUMN assignee TEXT;
  ALTER TABLE tickets ADD COLUMN snoozed_until TEXT;
  `,
  // The audit trail: an append-only hash chain of every intake, AI decision, human action and rating
  // (server/audit/audit-chain.ts); the head row pins its end. A trigger refuses updates, deletes and truncation.
  `
  CREATE TABLE audit_events (
    seq BIGINT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    ticket_id TEXT,
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    actor_client_id TEXT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    inputs_json TEXT NOT NULL,
    reason TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE INDEX audit_events_ticket ON audit_events (tenant_id, ticket_id, seq);
  CREATE INDEX audit_events_at ON audit_events (at);
  CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
  );
  INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
  CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
  CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
  CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
  `,
  // Metrics inputs kept on the ticket: model cost of the AI decisions (AiDecision.usage.costUsd, summed)
  // and the seconds agents had it open (handle_time mutations, summed).
  `
  ALTER TABLE tickets ADD COLUMN model_cost_usd DOUBLE PRECISION NOT NULL DEFAULT 0;
  ALTER TABLE tickets ADD COLUMN handle_seconds DOUBLE PRECISION NOT NULL DEFAULT 0;
  `,
  // The tool calls behind the latest AI decision, as JSON (AiToolResultsSchema); null when none (helper R).
  `
  ALTER TABLE tickets ADD COLUMN ai_tool_results_json TEXT;
  `,
  // Each tenant's own changes-feed sequence, so one tenant's cursor no longer shows another's activity
  // (issue 21). Existing tenants start at the old shared value: cursors consoles already hold stay valid.
  `
  CREATE TABLE tenant_sequences (
    tenant_id TEXT PRIMARY KEY REFERENCES tenants(id),
    value BIGINT NOT NULL
  );
  INSERT INTO tenant_sequences (tenant_id, value) SELECT id, COALESCE((SELECT value FROM sequence WHERE id = 1), 0) FROM tenants;
  DROP TABLE sequence;
  `,
  // Revoked tokens (npm run queue -- token revoke): kept for the record, never accepted again.
  `
  ALTER TABLE tokens ADD COLUMN revoked_at TEXT;
  `,
  // Each client id belongs to the token (its hash) that first pushed under it (issue 21): no other token
  // may push or pull under it. Counters from before have none; the next token to push takes them.
  `
  ALTER TABLE client_mutations ADD COLUMN owner_token_hash TEXT;
  `,
];
/** Any fixed number: the advisory lock key that serialises migrations across queue processes. */
const MIGRATION_LOCK = 7_400_001;

export async function migratePostgres(client: pg.PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = await client.query<{ version: number }>('SELECT version FROM schema_version');
    let current = row.rows[0]?.version ?? 0;
    if (row.rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    if (current > POSTGRES_MIGRATIONS.length) {
      throw new Error(
        `The database schema is version ${current}, newer than this server knows (${POSTGRES_MIGRATIONS.length}).`,
      );
    }
    for (; current < POSTGRES_MIGRATIONS.length; current++) {
      await client.query(POSTGRES_MIGRATIONS[current] ?? '');
      await client.query('UPDATE schema_version SET version = $1', [current + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

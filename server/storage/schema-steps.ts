import { GENESIS_HASH } from '../audit/audit-chain.js';

/**
 * The queue's schema, written once for both engines: each engine's list of migration steps is built from
 * these pieces with its own column types (SqlTypes). The lists differ only where the engines' histories do:
 * SQLite reached what PostgreSQL's first step creates in three steps, so the same later step has a number
 * two higher on SQLite. A database records how many steps it has run (SQLite: PRAGMA user_version,
 * PostgreSQL: schema_version), so steps are only ever appended, and a step that has shipped never changes
 * what it does.
 */
interface SqlTypes {
  /** Floating point numbers. */
  real: string;
  /** 64-bit whole numbers (feed seqs, audit seqs, epoch milliseconds). */
  bigint: string;
  /** A yes/no column that starts as no. */
  falseFlag: string;
  /** The statements that make audit_events refuse updates and deletes. */
  appendOnlyAudit: string;
  /** A JSON object text built from `'key', column` pairs. */
  jsonObject: (pairs: string) => string;
  /** Bytes (a mail's attachments). */
  blob: string;
}

/** The last human handling (reply, resolve, reassign) of each ticket: decides baseVersion conflicts. */
const HANDLED_COLUMNS: readonly string[] = ['handled_version INTEGER', 'handled_by TEXT', 'handled_kind TEXT'];

/** Tenants, tokens and tickets as the first step made them, tickets with `ticketColumns` at the end. */
function firstTables(types: SqlTypes, ticketColumns: readonly string[]): string {
  return `
  CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id),
    role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'autopilot', 'admin')), name TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), subject TEXT NOT NULL,
    customer_json TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, language TEXT, intent TEXT,
    confidence ${types.real}, owner_queue TEXT, escalation_json TEXT, ai_draft TEXT, summary TEXT,
    human_touched ${types.falseFlag}, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    seq ${types.bigint} NOT NULL, claimed_by TEXT, lease_until ${types.bigint}${ticketColumns.map((column) => `, ${column}`).join('')}
  );
  CREATE INDEX tickets_tenant_seq ON tickets (tenant_id, seq);
  CREATE INDEX tickets_tenant_status ON tickets (tenant_id, status, created_at);
  `;
}

/** Messages, intake keys, client counters and the (since replaced) one feed sequence of the first step. */
function firstFeedTables(types: SqlTypes): string {
  return `
  CREATE TABLE messages (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL, ticket_id TEXT NOT NULL REFERENCES tickets(id),
    author TEXT NOT NULL, author_name TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL,
    seq ${types.bigint} NOT NULL, PRIMARY KEY (tenant_id, id)
  );
  CREATE INDEX messages_tenant_seq ON messages (tenant_id, seq);
  CREATE INDEX messages_ticket ON messages (ticket_id, seq);
  CREATE TABLE intake_keys (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), idempotency_key TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id), PRIMARY KEY (tenant_id, idempotency_key)
  );
  CREATE TABLE client_mutations (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), client_id TEXT NOT NULL, last_mutation_id INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, client_id)
  );
  CREATE TABLE sequence (id INTEGER PRIMARY KEY CHECK (id = 1), value ${types.bigint} NOT NULL);
  INSERT INTO sequence (id, value) VALUES (1, 0);
  `;
}

/** The log of applied AI decisions (exactly-once evidence and lead stats). */
const AI_DECISIONS_TABLE = `
  CREATE TABLE ai_decisions (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), ticket_id TEXT NOT NULL, client_id TEXT NOT NULL,
    mutation_id INTEGER NOT NULL, action TEXT NOT NULL, decided_at TEXT NOT NULL
  );
  CREATE INDEX ai_decisions_ticket ON ai_decisions (tenant_id, ticket_id);
  `;

function addTicketColumns(columns: readonly string[]): string {
  return columns.map((column) => `ALTER TABLE tickets ADD COLUMN ${column};`).join('\n');
}

/** The steps both engines share, in order, after the first tables. */
function laterSteps(types: SqlTypes): string[] {
  return [
    // Owner queues, created by the admin command.
    `
  CREATE TABLE owner_queues (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
  );
  `,
    // Customer satisfaction ratings (CSAT): the latest rating of a ticket as JSON, null while unrated.
    addTicketColumns(['csat_json TEXT']),
    // Team lead reviews (approve / flag with a reason): the latest review of a ticket as JSON, null when none.
    addTicketColumns(['review_json TEXT']),
    // Escalation rules saved by leads: one row per saved version; the highest version is in force.
    `
  CREATE TABLE escalation_rule_sets (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), version INTEGER NOT NULL, rules_json TEXT NOT NULL,
    saved_by TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY (tenant_id, version)
  );
  `,
    // The agent who took a ticket, and the time it is snoozed until (H-console).
    addTicketColumns(['assignee TEXT', 'snoozed_until TEXT']),
    // The audit trail: an append-only hash chain of every intake, AI decision, human action and rating
    // (server/audit/audit-chain.ts); the head row pins its end; the engine refuses updates and deletes.
    `
  CREATE TABLE audit_events (
    seq ${types.bigint} PRIMARY KEY, tenant_id TEXT NOT NULL, ticket_id TEXT, actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL, actor_client_id TEXT, at TEXT NOT NULL, action TEXT NOT NULL, inputs_json TEXT NOT NULL,
    reason TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
  );
  CREATE INDEX audit_events_ticket ON audit_events (tenant_id, ticket_id, seq);
  CREATE INDEX audit_events_at ON audit_events (at);
  CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq ${types.bigint} NOT NULL, hash TEXT NOT NULL);
  INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}');
  ${types.appendOnlyAudit}
  `,
    // Metrics inputs kept on the ticket: model cost of the AI decisions (AiDecision.usage.costUsd, summed)
    // and the seconds agents had it open (handle_time mutations, summed).
    addTicketColumns([
      `model_cost_usd ${types.real} NOT NULL DEFAULT 0`,
      `handle_seconds ${types.real} NOT NULL DEFAULT 0`,
    ]),
    // The tool calls behind the latest AI decision, as JSON (AiToolResultsSchema); null when none (helper R).
    addTicketColumns(['ai_tool_results_json TEXT']),
    // Each tenant's own changes-feed sequence, so one tenant's cursor no longer shows another's activity
    // (issue 21). Existing tenants start at the old shared value: cursors consoles already hold stay valid.
    `
  CREATE TABLE tenant_sequences (tenant_id TEXT PRIMARY KEY REFERENCES tenants(id), value ${types.bigint} NOT NULL);
  INSERT INTO tenant_sequences (tenant_id, value) SELECT id, COALESCE((SELECT value FROM sequence WHERE id = 1), 0) FROM tenants;
  DROP TABLE sequence;
  `,
    // Revoked tokens (npm run queue -- token revoke): kept for the record, never accepted again.
    'ALTER TABLE tokens ADD COLUMN revoked_at TEXT;',
    // Each client id belongs to the token (its hash) that first pushed under it (issue 21): no other token
    // may push or pull under it. Counters from before have none; the next token to push takes them.
    'ALTER TABLE client_mutations ADD COLUMN owner_token_hash TEXT;',
    // Tenant settings (issue 22): every version of every item (shared/settings/), a delete is a tombstone
    // version; each tenant has its own settings seq. Owner queues become `queue` items, their one place.
    `
  CREATE TABLE tenant_settings (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
    value_json TEXT, deleted ${types.falseFlag}, saved_at TEXT NOT NULL, saved_by TEXT NOT NULL,
    seq ${types.bigint} NOT NULL, PRIMARY KEY (tenant_id, kind, id, version)
  );
  CREATE UNIQUE INDEX tenant_settings_seq ON tenant_settings (tenant_id, seq);
  CREATE TABLE tenant_setting_sequences (
    tenant_id TEXT PRIMARY KEY REFERENCES tenants(id), value ${types.bigint} NOT NULL
  );
  INSERT INTO tenant_settings (tenant_id, kind, id, version, value_json, saved_at, saved_by, seq)
    SELECT tenant_id, 'queue', id, 1, ${types.jsonObject("'name', name")}, created_at, 'system',
      ROW_NUMBER() OVER (PARTITION BY tenant_id ORDER BY id)
    FROM owner_queues;
  INSERT INTO tenant_setting_sequences (tenant_id, value) SELECT tenant_id, MAX(seq) FROM tenant_settings GROUP BY tenant_id;
  DROP TABLE owner_queues;
  `,
    // Tickets imported from another system (server/import): the external id a ticket had there (unique per
    // tenant and system, so importing again creates nothing twice), what it looked like, and its version then.
    `
  CREATE TABLE imported_tickets (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), system TEXT NOT NULL, external_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id), fingerprint TEXT NOT NULL, imported_version INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, system, external_id)
  );
  `,
    emailChannelStep(types),
    // Signing secrets (issue 16) of webhooks, generic channels and widgets' identity verification: each sealed with
    // the queue's secret key (server/secrets/signing-secrets.ts), one per owner; a new one replaces the old.
    `
  CREATE TABLE signing_secrets (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), kind TEXT NOT NULL, owner_id TEXT NOT NULL, sealed TEXT NOT NULL,
    created_at TEXT NOT NULL, PRIMARY KEY (tenant_id, kind, owner_id)
  );
  `,
    // The chat widget (issue 16): visitors' sessions (the token's sha256, never the token; the widget and the customer
    // they speak as; idle expiry by last_seen_at), the client ids of the messages they sent (the same one twice adds
    // nothing), and each visitor's latest chat ticket per widget.
    `
  CREATE TABLE widget_sessions (
    token_hash TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), widget_id TEXT NOT NULL,
    customer_id TEXT NOT NULL, customer_name TEXT NOT NULL, customer_email TEXT,
    identity TEXT NOT NULL CHECK (identity IN ('verified', 'anonymous')), language TEXT, created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
  );
  CREATE TABLE chat_client_messages (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), widget_id TEXT NOT NULL, customer_id TEXT NOT NULL,
    client_message_id TEXT NOT NULL, ticket_id TEXT NOT NULL REFERENCES tickets(id), message_id TEXT NOT NULL,
    PRIMARY KEY (tenant_id, widget_id, customer_id, client_message_id)
  );
  CREATE INDEX chat_client_messages_ticket ON chat_client_messages (tenant_id, ticket_id);
  CREATE TABLE chat_conversations (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), widget_id TEXT NOT NULL, customer_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id), PRIMARY KEY (tenant_id, widget_id, customer_id)
  );
  `,
    webhookDeliveryStep(types),
    routingLayerStep(types),
    identityStep(),
    // An internal note's mentions (issue 19): the ids of the tenant's enabled users it names, as a JSON array; null when none.
    'ALTER TABLE messages ADD COLUMN mentions_json TEXT;',
    // Tags on tickets (issue 19): the ids of the tenant's `tag` settings a ticket carries, in the order added, as a
    // JSON array; null when none.
    addTicketColumns(['tags_json TEXT']),
    ticketMergeStep(),
  ];
}

/**
 * Merges (issue 19, server/storage/merge-*.ts): a merged ticket's pointer to the ticket its thread continues on, and
 * every merge with the messages it moved (ids as a JSON array), who made it, until when it may be undone, when it was,
 * the source's status before and the channel that told the customer.
 */
function ticketMergeStep(): string {
  return `
  ALTER TABLE tickets ADD COLUMN merged_into TEXT;
  CREATE TABLE ticket_merges (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL, source_ticket_id TEXT NOT NULL REFERENCES tickets(id),
    target_ticket_id TEXT NOT NULL REFERENCES tickets(id), moved_json TEXT NOT NULL, by_name TEXT NOT NULL,
    by_user_id TEXT, at TEXT NOT NULL, undo_until TEXT NOT NULL, undone_at TEXT, source_status TEXT NOT NULL,
    customer_told_by TEXT, PRIMARY KEY (tenant_id, id)
  );
  CREATE INDEX ticket_merges_source ON ticket_merges (tenant_id, source_ticket_id);
  `;
}

/**
 * People and machines (issue 18, server/storage/identity-*.ts): users of a tenant (email unique per tenant, the
 * identity provider's subject once bound); sessions (hashes of the access and refresh tokens and of the previous ones,
 * how and why they ended); the identity provider's sign-ins in progress. Tokens gain an id (existing ones get one from
 * their hash), the user they act as (null: a machine), an expiry, their last use and rotation. A client id is bound to
 * a principal (`token:<id>` or `user:<id>`, server/auth/authenticate.ts) instead of a token's hash: existing bindings
 * carry over to their token's principal. An audit record names the user who acted (actor_user_id; null for machines).
 */
function identityStep(): string {
  return `
  CREATE TABLE users (
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), email TEXT NOT NULL, name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')), queues_json TEXT NOT NULL, language TEXT,
    password_hash TEXT, sso_issuer TEXT, sso_subject TEXT, disabled_at TEXT, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, last_sign_in_at TEXT, version INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX users_email ON users (tenant_id, email);
  CREATE UNIQUE INDEX users_sso_subject ON users (tenant_id, sso_issuer, sso_subject);
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), user_id TEXT NOT NULL REFERENCES users(id),
    via TEXT NOT NULL CHECK (via IN ('password', 'sso')), access_hash TEXT NOT NULL, previous_access_hash TEXT,
    access_expires_at TEXT NOT NULL, refresh_hash TEXT NOT NULL, previous_refresh_hash TEXT,
    refresh_expires_at TEXT NOT NULL, provider_refresh_sealed TEXT, created_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL, ended_at TEXT, end_reason TEXT
  );
  CREATE UNIQUE INDEX sessions_access ON sessions (access_hash);
  CREATE INDEX sessions_previous_access ON sessions (previous_access_hash);
  CREATE UNIQUE INDEX sessions_refresh ON sessions (refresh_hash);
  CREATE INDEX sessions_previous_refresh ON sessions (previous_refresh_hash);
  CREATE INDEX sessions_user ON sessions (tenant_id, user_id);
  CREATE TABLE sign_in_attempts (
    state TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), nonce TEXT NOT NULL,
    code_verifier TEXT NOT NULL, redirect_uri TEXT NOT NULL, expires_at TEXT NOT NULL
  );
  CREATE INDEX sign_in_attempts_expiry ON sign_in_attempts (expires_at);
  ALTER TABLE tokens ADD COLUMN id TEXT;
  ALTER TABLE tokens ADD COLUMN user_id TEXT REFERENCES users(id);
  ALTER TABLE tokens ADD COLUMN expires_at TEXT;
  ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
  ALTER TABLE tokens ADD COLUMN rotated_at TEXT;
  UPDATE tokens SET id = 'tok_' || substr(token_hash, 1, 24);
  CREATE UNIQUE INDEX tokens_id ON tokens (id);
  CREATE INDEX tokens_user ON tokens (tenant_id, user_id);
  ALTER TABLE audit_events ADD COLUMN actor_user_id TEXT;
  ALTER TABLE client_mutations RENAME COLUMN owner_token_hash TO owner_principal;
  UPDATE client_mutations SET owner_principal =
    (SELECT 'token:' || tokens.id FROM tokens WHERE tokens.token_hash = client_mutations.owner_principal)
    WHERE owner_principal IS NOT NULL;
  `;
}

/**
 * The routing layer (issue 17): the latest decision's route, citations and suggestions on the ticket (AiAssistSchema
 * as JSON); every AI decision's route, model, prompt version, tokens, cost and latency (the month's model spend is
 * summed from them for the tenant's budget); what the AI's health checks found (integration drift, shadow runs),
 * shown to leads.
 */
function routingLayerStep(types: SqlTypes): string {
  return `
  ${addTicketColumns(['ai_assist_json TEXT'])}
  ALTER TABLE ai_decisions ADD COLUMN route TEXT;
  ALTER TABLE ai_decisions ADD COLUMN model TEXT;
  ALTER TABLE ai_decisions ADD COLUMN prompt_version TEXT;
  ALTER TABLE ai_decisions ADD COLUMN tokens ${types.bigint} NOT NULL DEFAULT 0;
  ALTER TABLE ai_decisions ADD COLUMN cost_usd ${types.real} NOT NULL DEFAULT 0;
  ALTER TABLE ai_decisions ADD COLUMN latency_ms ${types.real} NOT NULL DEFAULT 0;
  CREATE INDEX ai_decisions_month ON ai_decisions (tenant_id, decided_at);
  CREATE TABLE ai_health_events (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,
    alert ${types.falseFlag}, body TEXT NOT NULL, PRIMARY KEY (tenant_id, id)
  );
  CREATE INDEX ai_health_events_at ON ai_health_events (tenant_id, at);
  `;
}

/**
 * Outbound webhooks and the generic channel (issue 16): one delivery row per event and webhook, or per reply of a
 * generic channel, with its body frozen when the change was written, its state, attempts (the latest 20, newest
 * first) and next attempt (a lease keeps two queue processes from sending one attempt twice); a generic channel's
 * conversations with their ticket, and the provider's message ids it posted in (the same one twice adds nothing).
 */
function webhookDeliveryStep(types: SqlTypes): string {
  return `
  CREATE TABLE webhook_deliveries (
    delivery_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), webhook_id TEXT, channel_id TEXT,
    event_id TEXT NOT NULL, event_type TEXT NOT NULL, ticket_id TEXT, message_id TEXT, body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')), attempt_count INTEGER NOT NULL,
    attempts_json TEXT NOT NULL, next_attempt_at ${types.bigint} NOT NULL, window_start ${types.bigint} NOT NULL,
    lease_until ${types.bigint}, created_at TEXT NOT NULL, delivered_at TEXT
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
  CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (tenant_id, webhook_id, created_at);
  CREATE INDEX webhook_deliveries_channel ON webhook_deliveries (tenant_id, channel_id, created_at);
  CREATE INDEX webhook_deliveries_message ON webhook_deliveries (tenant_id, message_id);
  CREATE TABLE messaging_conversations (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id), PRIMARY KEY (tenant_id, channel_id, conversation_id)
  );
  CREATE INDEX messaging_conversations_ticket ON messaging_conversations (tenant_id, ticket_id);
  CREATE TABLE messaging_message_ids (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), channel_id TEXT NOT NULL, provider_message_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id), message_id TEXT NOT NULL,
    PRIMARY KEY (tenant_id, channel_id, provider_message_id)
  );
  `;
}

/**
 * The email channel (issue 15): a message's delivery and mail metadata as JSON; each mailbox's position
 * (UIDVALIDITY, highest UID read); every mail's Message-ID (received ones: dedupe; sent ones: threading and
 * bounces) with its ticket; a ticket's mail thread; the outbox of replies to send; stored attachments and
 * original HTML; mails set aside as unreadable; the channels' passwords, encrypted (server/secrets).
 */
function emailChannelStep(types: SqlTypes): string {
  return `
  ALTER TABLE messages ADD COLUMN delivery_json TEXT;
  ALTER TABLE messages ADD COLUMN email_json TEXT;
  CREATE TABLE email_positions (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), channel_id TEXT NOT NULL, uid_validity ${types.bigint} NOT NULL,
    uid ${types.bigint} NOT NULL, PRIMARY KEY (tenant_id, channel_id)
  );
  CREATE TABLE email_message_ids (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), header_id TEXT NOT NULL, channel_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')), ticket_id TEXT, message_id TEXT, at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, header_id)
  );
  CREATE TABLE email_threads (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), ticket_id TEXT NOT NULL REFERENCES tickets(id),
    channel_id TEXT NOT NULL, customer_address TEXT NOT NULL, customer_name TEXT NOT NULL, subject TEXT NOT NULL,
    references_json TEXT NOT NULL, PRIMARY KEY (tenant_id, ticket_id)
  );
  CREATE TABLE email_outbox (
    delivery_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), channel_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id), message_id TEXT NOT NULL, header_id TEXT NOT NULL,
    to_address TEXT NOT NULL, to_name TEXT NOT NULL, subject TEXT NOT NULL, text TEXT NOT NULL, in_reply_to TEXT,
    references_json TEXT NOT NULL, language TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')), attempts INTEGER NOT NULL,
    next_attempt_at ${types.bigint} NOT NULL, lease_until ${types.bigint}, last_reason TEXT, updated_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX email_outbox_message ON email_outbox (tenant_id, message_id);
  CREATE INDEX email_outbox_due ON email_outbox (tenant_id, channel_id, state, next_attempt_at);
  CREATE TABLE email_blobs (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL, ticket_id TEXT NOT NULL REFERENCES tickets(id),
    filename TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL, content ${types.blob} NOT NULL,
    PRIMARY KEY (tenant_id, id)
  );
  CREATE TABLE email_set_aside (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), channel_id TEXT NOT NULL, uid_validity ${types.bigint} NOT NULL,
    uid ${types.bigint} NOT NULL, reason_class TEXT NOT NULL, reason TEXT NOT NULL, size ${types.bigint} NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX email_set_aside_channel ON email_set_aside (tenant_id, channel_id);
  CREATE TABLE channel_credentials (
    tenant_id TEXT NOT NULL REFERENCES tenants(id), channel_id TEXT NOT NULL, sealed TEXT NOT NULL,
    saved_at TEXT NOT NULL, PRIMARY KEY (tenant_id, channel_id)
  );
  `;
}

const SQLITE_TYPES: SqlTypes = {
  real: 'REAL',
  bigint: 'INTEGER',
  falseFlag: 'INTEGER NOT NULL DEFAULT 0',
  appendOnlyAudit: `
  CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
  CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;`,
  jsonObject: (pairs) => `json_object(${pairs})`,
  blob: 'BLOB',
};

const POSTGRES_TYPES: SqlTypes = {
  real: 'DOUBLE PRECISION',
  bigint: 'BIGINT',
  falseFlag: 'BOOLEAN NOT NULL DEFAULT FALSE',
  appendOnlyAudit: `
  CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
  CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
  CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();`,
  jsonObject: (pairs) => `json_build_object(${pairs})::text`,
  blob: 'BYTEA',
};

/** SQLite's steps (PRAGMA user_version counts them): the first tables, then the handling columns, then AI decisions. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  firstTables(SQLITE_TYPES, []) + firstFeedTables(SQLITE_TYPES),
  addTicketColumns(HANDLED_COLUMNS),
  `${AI_DECISIONS_TABLE}CREATE INDEX tickets_tenant_new ON tickets (tenant_id, status, created_at) WHERE status = 'new';`,
  ...laterSteps(SQLITE_TYPES),
];

/**
 * PostgreSQL's steps (`schema_version` counts them): its first step made at once what SQLite made in three,
 * with intake_no to keep intake order among tickets created at the same time.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  firstTables(POSTGRES_TYPES, ['intake_no BIGSERIAL NOT NULL', ...HANDLED_COLUMNS]) +
    "CREATE INDEX tickets_tenant_new ON tickets (tenant_id, created_at, intake_no) WHERE status = 'new';" +
    firstFeedTables(POSTGRES_TYPES) +
    AI_DECISIONS_TABLE,
  ...laterSteps(POSTGRES_TYPES),
];

/** Refuses a database a newer server has migrated further than the `known` steps of this one. */
export function refuseNewerSchema(current: number, known: number): void {
  if (current > known)
    throw new Error(`The database schema is version ${current}, newer than this server knows (${known}).`);
}

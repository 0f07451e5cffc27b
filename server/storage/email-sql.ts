import type { BlobRow, MailIdRow, OutboxChange, OutboxRow, SetAsideRow, ThreadRow } from './email-rows.js';

/**
 * The email channel's SQL, written once for both engines with `?` placeholders (SQLite's); PostgreSQL's
 * operations number them (setting-sql.ts, numberedParameters). Only the outbox claim differs (each engine's own).
 */
const OUTBOX_COLUMNS = `delivery_id, tenant_id, channel_id, ticket_id, message_id, header_id, to_address, to_name, subject,
  text, in_reply_to, references_json, language, state, attempts, next_attempt_at, lease_until, last_reason, updated_at`;

export const EMAIL_SQL = {
  /** Parameters: tenant, channel. */
  position: 'SELECT uid_validity, uid FROM email_positions WHERE tenant_id = ? AND channel_id = ?',
  /** Parameters: tenant, channel, uidValidity, uid. Keeps the highest uid of the same UIDVALIDITY; a new one starts over. */
  advancePosition: `INSERT INTO email_positions (tenant_id, channel_id, uid_validity, uid) VALUES (?, ?, ?, ?)
    ON CONFLICT (tenant_id, channel_id) DO UPDATE SET
      uid = CASE WHEN email_positions.uid_validity = excluded.uid_validity AND email_positions.uid > excluded.uid
        THEN email_positions.uid ELSE excluded.uid END,
      uid_validity = excluded.uid_validity`,
  /** Parameters: tenant, header id. */
  mailId: `SELECT tenant_id, header_id, channel_id, direction, ticket_id, message_id, at FROM email_message_ids
    WHERE tenant_id = ? AND header_id = ?`,
  insertMailId: `INSERT INTO email_message_ids (tenant_id, header_id, channel_id, direction, ticket_id, message_id, at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
  /** Parameters: tenant, ticket. */
  thread: `SELECT tenant_id, ticket_id, channel_id, customer_address, customer_name, subject, references_json
    FROM email_threads WHERE tenant_id = ? AND ticket_id = ?`,
  saveThread: `INSERT INTO email_threads (tenant_id, ticket_id, channel_id, customer_address, customer_name, subject,
    references_json) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (tenant_id, ticket_id) DO UPDATE SET references_json = excluded.references_json`,
  insertOutbox: `INSERT INTO email_outbox (${OUTBOX_COLUMNS}) VALUES (${Array.from({ length: 19 }, () => '?').join(', ')})`,
  /** Parameters: delivery id. */
  outboxRow: `SELECT ${OUTBOX_COLUMNS} FROM email_outbox WHERE delivery_id = ?`,
  /** Parameters: tenant, message id. */
  outboxOfMessage: `SELECT ${OUTBOX_COLUMNS} FROM email_outbox WHERE tenant_id = ? AND message_id = ?`,
  /** Parameters: state, attempts, next_attempt_at, lease_until, last_reason, updated_at, delivery id. */
  updateOutbox: `UPDATE email_outbox SET state = ?, attempts = ?, next_attempt_at = ?, lease_until = ?, last_reason = ?,
    updated_at = ? WHERE delivery_id = ?`,
  /** Parameters: delivery_json, seq, tenant, message id. */
  updateMessageDelivery: 'UPDATE messages SET delivery_json = ?, seq = ? WHERE tenant_id = ? AND id = ?',
  insertBlob: `INSERT INTO email_blobs (tenant_id, id, ticket_id, filename, content_type, size, content)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
  /** Parameters: tenant, id. */
  blob: `SELECT tenant_id, id, ticket_id, filename, content_type, size, content FROM email_blobs
    WHERE tenant_id = ? AND id = ?`,
  insertSetAside: `INSERT INTO email_set_aside (tenant_id, channel_id, uid_validity, uid, reason_class, reason, size, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  /** Parameters: tenant, channel, sealed, saved_at. */
  saveCredentials: `INSERT INTO channel_credentials (tenant_id, channel_id, sealed, saved_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (tenant_id, channel_id) DO UPDATE SET sealed = excluded.sealed, saved_at = excluded.saved_at`,
  /** Parameters: tenant, channel. */
  credentials: 'SELECT sealed FROM channel_credentials WHERE tenant_id = ? AND channel_id = ?',
  /** Parameters: tenant (null: every tenant), the same tenant again. */
  counts: `SELECT tenant_id, channel_id, 'outbox' AS measure, state AS class, COUNT(*) AS count FROM email_outbox
      WHERE CAST(? AS TEXT) IS NULL OR tenant_id = CAST(? AS TEXT) GROUP BY tenant_id, channel_id, state
    UNION ALL SELECT tenant_id, channel_id, 'set_aside', reason_class, COUNT(*) FROM email_set_aside
      WHERE CAST(? AS TEXT) IS NULL OR tenant_id = CAST(? AS TEXT) GROUP BY tenant_id, channel_id, reason_class
    UNION ALL SELECT tenant_id, channel_id, 'received', direction, COUNT(*) FROM email_message_ids
      WHERE direction = 'in' AND (CAST(? AS TEXT) IS NULL OR tenant_id = CAST(? AS TEXT))
      GROUP BY tenant_id, channel_id, direction`,
} as const;

export const mailIdValues = (row: MailIdRow): unknown[] => [
  row.tenant_id,
  row.header_id,
  row.channel_id,
  row.direction,
  row.ticket_id,
  row.message_id,
  row.at,
];

export const threadValues = (row: ThreadRow): unknown[] => [
  row.tenant_id,
  row.ticket_id,
  row.channel_id,
  row.customer_address,
  row.customer_name,
  row.subject,
  row.references_json,
];

export const outboxValues = (row: OutboxRow): unknown[] => [
  row.delivery_id,
  row.tenant_id,
  row.channel_id,
  row.ticket_id,
  row.message_id,
  row.header_id,
  row.to_address,
  row.to_name,
  row.subject,
  row.text,
  row.in_reply_to,
  row.references_json,
  row.language,
  row.state,
  row.attempts,
  row.next_attempt_at,
  row.lease_until,
  row.last_reason,
  row.updated_at,
];

export const outboxChangeValues = (deliveryId: string, change: OutboxChange): unknown[] => [
  change.state,
  change.attempts,
  change.next_attempt_at,
  change.lease_until,
  change.last_reason,
  change.updated_at,
  deliveryId,
];

export const blobValues = (row: BlobRow): unknown[] => [
  row.tenant_id,
  row.id,
  row.ticket_id,
  row.filename,
  row.content_type,
  row.size,
  Buffer.from(row.content),
];

export const setAsideValues = (row: SetAsideRow): unknown[] => [
  row.tenant_id,
  row.channel_id,
  row.uid_validity,
  row.uid,
  row.reason_class,
  row.reason,
  row.size,
  row.at,
];

/** The outbox rows a claim may take: queued and due, or sending with a lapsed lease. */
export const CLAIMABLE = `tenant_id = ? AND channel_id = ? AND (
    (state = 'queued' AND next_attempt_at <= ?) OR (state = 'sending' AND (lease_until IS NULL OR lease_until <= ?)))`;
export { OUTBOX_COLUMNS };

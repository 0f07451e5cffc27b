import type { EmailOperations } from './email-operations.js';
import {
  positionFromRow,
  type BlobRow,
  type EmailCountRow,
  type MailIdRow,
  type OutboxRow,
  type SetAsideRow,
  type ThreadRow,
} from './email-rows.js';
import type { SettingRow } from './setting-rows.js';
import { SETTING_SQL } from './setting-sql.js';
import type { Rows, Statements } from './sql-statements.js';

/**
 * The email channel's SQL, written once for both engines with `?` placeholders (SQLite's); PostgreSQL's
 * operations number them (setting-sql.ts, numberedParameters). Only the outbox claim differs (each engine's own).
 */
const OUTBOX_COLUMN_NAMES = [
  'delivery_id',
  'tenant_id',
  'channel_id',
  'ticket_id',
  'message_id',
  'header_id',
  'to_address',
  'to_name',
  'subject',
  'text',
  'in_reply_to',
  'references_json',
  'language',
  'state',
  'attempts',
  'next_attempt_at',
  'lease_until',
  'last_reason',
  'updated_at',
] as const satisfies readonly (keyof OutboxRow)[];
const OUTBOX_COLUMNS = OUTBOX_COLUMN_NAMES.join(', ');
const MAIL_ID_COLUMNS = [
  'tenant_id',
  'header_id',
  'channel_id',
  'direction',
  'ticket_id',
  'message_id',
  'at',
] as const satisfies readonly (keyof MailIdRow)[];
const THREAD_COLUMNS = [
  'tenant_id',
  'ticket_id',
  'channel_id',
  'customer_address',
  'customer_name',
  'subject',
  'references_json',
] as const satisfies readonly (keyof ThreadRow)[];
const BLOB_COLUMNS = [
  'tenant_id',
  'id',
  'ticket_id',
  'filename',
  'content_type',
  'size',
  'content',
] as const satisfies readonly (keyof BlobRow)[];
const SET_ASIDE_COLUMNS = [
  'tenant_id',
  'channel_id',
  'uid_validity',
  'uid',
  'reason_class',
  'reason',
  'size',
  'at',
] as const satisfies readonly (keyof SetAsideRow)[];

/** An INSERT of a whole row into the table: its columns in order, one `?` each (valuesOf gives the values). */
const insertInto = (table: string, columns: readonly string[]): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
/** A row's values in the order of the columns (of insertInto's statement). */
const valuesOf = <R, C extends keyof R>(row: R, columns: readonly C[]): unknown[] =>
  columns.map((column) => row[column]);

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
  mailId: `SELECT ${MAIL_ID_COLUMNS.join(', ')} FROM email_message_ids WHERE tenant_id = ? AND header_id = ?`,
  insertMailId: insertInto('email_message_ids', MAIL_ID_COLUMNS),
  /** Parameters: tenant, ticket. */
  thread: `SELECT ${THREAD_COLUMNS.join(', ')} FROM email_threads WHERE tenant_id = ? AND ticket_id = ?`,
  saveThread: `${insertInto('email_threads', THREAD_COLUMNS)}
    ON CONFLICT (tenant_id, ticket_id) DO UPDATE SET references_json = excluded.references_json`,
  insertOutbox: insertInto('email_outbox', OUTBOX_COLUMN_NAMES),
  /** Parameters: delivery id. */
  outboxRow: `SELECT ${OUTBOX_COLUMNS} FROM email_outbox WHERE delivery_id = ?`,
  /** Parameters: tenant, message id. */
  outboxOfMessage: `SELECT ${OUTBOX_COLUMNS} FROM email_outbox WHERE tenant_id = ? AND message_id = ?`,
  /** Parameters: state, attempts, next_attempt_at, lease_until, last_reason, updated_at, delivery id. */
  updateOutbox: `UPDATE email_outbox SET state = ?, attempts = ?, next_attempt_at = ?, lease_until = ?, last_reason = ?,
    updated_at = ? WHERE delivery_id = ?`,
  /** Parameters: delivery_json, seq, tenant, message id. */
  updateMessageDelivery: 'UPDATE messages SET delivery_json = ?, seq = ? WHERE tenant_id = ? AND id = ?',
  insertBlob: insertInto('email_blobs', BLOB_COLUMNS),
  /** Parameters: tenant, id. */
  blob: `SELECT ${BLOB_COLUMNS.join(', ')} FROM email_blobs WHERE tenant_id = ? AND id = ?`,
  insertSetAside: insertInto('email_set_aside', SET_ASIDE_COLUMNS),
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

/** Every email operation but the claim (each engine's own SQL) is one statement, the same on both engines. */
export type StatementOperation = Exclude<keyof EmailOperations, 'claimOutbox'>;

const none = (): void => undefined;
const first = <R>(rows: Rows): R | null => (rows[0] as R | undefined) ?? null;
const every = <R>(rows: Rows): R[] => rows as R[];

/**
 * The email operations as statements: sqlite-email-operations.ts runs them synchronously, postgres-email-operations.ts
 * with numbered placeholders and `lock` as FOR UPDATE.
 */
export const EMAIL_STATEMENTS: Statements<Pick<EmailOperations, StatementOperation>> = {
  mailboxPosition: {
    statement: (tenantId, channelId) => ({ sql: EMAIL_SQL.position, values: [tenantId, channelId] }),
    answer: (rows) => {
      const row = first<{ uid_validity: number; uid: number }>(rows);
      return row ? positionFromRow(row) : null;
    },
  },
  advanceMailboxPosition: {
    statement: (tenantId, channelId, position) => ({
      sql: EMAIL_SQL.advancePosition,
      values: [tenantId, channelId, position.uidValidity, position.uid],
    }),
    answer: none,
  },
  mailId: {
    statement: (tenantId, headerId) => ({ sql: EMAIL_SQL.mailId, values: [tenantId, headerId] }),
    answer: first<MailIdRow>,
  },
  insertMailId: {
    statement: (row) => ({ sql: EMAIL_SQL.insertMailId, values: valuesOf(row, MAIL_ID_COLUMNS) }),
    answer: none,
  },
  emailThread: {
    statement: (tenantId, ticketId) => ({ sql: EMAIL_SQL.thread, values: [tenantId, ticketId] }),
    answer: first<ThreadRow>,
  },
  saveEmailThread: {
    statement: (row) => ({ sql: EMAIL_SQL.saveThread, values: valuesOf(row, THREAD_COLUMNS) }),
    answer: none,
  },
  insertOutbox: {
    statement: (row) => ({ sql: EMAIL_SQL.insertOutbox, values: valuesOf(row, OUTBOX_COLUMN_NAMES) }),
    answer: none,
  },
  outboxRow: {
    statement: (deliveryId, lock) => ({ sql: EMAIL_SQL.outboxRow, values: [deliveryId], lock }),
    answer: first<OutboxRow>,
  },
  outboxOfMessage: {
    statement: (tenantId, messageId, lock) => ({ sql: EMAIL_SQL.outboxOfMessage, values: [tenantId, messageId], lock }),
    answer: first<OutboxRow>,
  },
  updateOutbox: {
    statement: (deliveryId, change) => ({
      sql: EMAIL_SQL.updateOutbox,
      values: [
        change.state,
        change.attempts,
        change.next_attempt_at,
        change.lease_until,
        change.last_reason,
        change.updated_at,
        deliveryId,
      ],
    }),
    answer: none,
  },
  updateMessageDelivery: {
    statement: (tenantId, messageId, deliveryJson, seq) => ({
      sql: EMAIL_SQL.updateMessageDelivery,
      values: [deliveryJson, seq, tenantId, messageId],
    }),
    answer: none,
  },
  insertEmailBlob: {
    statement: (row) => ({
      sql: EMAIL_SQL.insertBlob,
      values: valuesOf({ ...row, content: Buffer.from(row.content) }, BLOB_COLUMNS),
    }),
    answer: none,
  },
  emailBlob: {
    statement: (tenantId, id) => ({ sql: EMAIL_SQL.blob, values: [tenantId, id] }),
    answer: first<BlobRow>,
  },
  insertSetAside: {
    statement: (row) => ({ sql: EMAIL_SQL.insertSetAside, values: valuesOf(row, SET_ASIDE_COLUMNS) }),
    answer: none,
  },
  saveChannelCredentials: {
    statement: (tenantId, channelId, sealed, at) => ({
      sql: EMAIL_SQL.saveCredentials,
      values: [tenantId, channelId, sealed, at],
    }),
    answer: none,
  },
  channelCredentials: {
    statement: (tenantId, channelId) => ({ sql: EMAIL_SQL.credentials, values: [tenantId, channelId] }),
    answer: (rows) => first<{ sealed: string }>(rows)?.sealed ?? null,
  },
  liveSettingsOfEveryTenant: {
    statement: (kind) => ({ sql: SETTING_SQL.liveEveryTenant, values: [kind] }),
    answer: every<SettingRow & { tenant_id: string }>,
  },
  emailCounts: {
    statement: (tenantId) => ({ sql: EMAIL_SQL.counts, values: Array.from({ length: 6 }, () => tenantId) }),
    answer: every<EmailCountRow>,
  },
};

/** The outbox rows a claim may take: queued and due, or sending with a lapsed lease. */
export const CLAIMABLE = `tenant_id = ? AND channel_id = ? AND (
    (state = 'queued' AND next_attempt_at <= ?) OR (state = 'sending' AND (lease_until IS NULL OR lease_until <= ?)))`;
export { OUTBOX_COLUMNS };

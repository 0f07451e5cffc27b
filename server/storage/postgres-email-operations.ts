import type pg from 'pg';
import type { EmailOperations } from './email-operations.js';
import type { BlobRow, EmailCountRow, MailIdRow, OutboxRow, ThreadRow } from './email-rows.js';
import { positionFromRow } from './email-rows.js';
import {
  blobValues,
  CLAIMABLE,
  EMAIL_SQL,
  mailIdValues,
  OUTBOX_COLUMNS,
  outboxChangeValues,
  outboxValues,
  setAsideValues,
  threadValues,
} from './email-sql.js';
import type { SettingRow } from './setting-rows.js';
import { numberedParameters, SETTING_SQL } from './setting-sql.js';
import type { Async } from './store-operations.js';

const SQL = Object.fromEntries(
  Object.entries(EMAIL_SQL).map(([name, sql]) => [name, numberedParameters(sql)]),
) as Record<keyof typeof EMAIL_SQL, string>;
const LIVE_EVERY_TENANT = numberedParameters(SETTING_SQL.liveEveryTenant);
const FOR_UPDATE = ' FOR UPDATE';

// Claims pick rows with FOR UPDATE SKIP LOCKED, so several channel workers claim at once without waiting on each other.
const CLAIM = numberedParameters(`WITH picked AS (
    SELECT delivery_id FROM email_outbox WHERE ${CLAIMABLE} ORDER BY next_attempt_at, delivery_id LIMIT ?
    FOR UPDATE SKIP LOCKED
  )
  UPDATE email_outbox o SET state = 'sending', lease_until = ? FROM picked WHERE o.delivery_id = picked.delivery_id
  RETURNING ${OUTBOX_COLUMNS.split(',')
    .map((column) => `o.${column.trim()}`)
    .join(', ')}`);

/** The email channel's operations in PostgreSQL, on a pooled client inside a transaction (or on the pool). */
export function postgresEmailOperations(db: pg.Pool | pg.PoolClient): Async<EmailOperations> {
  const all = async <R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<R[]> =>
    (await db.query<R>(sql, values)).rows;
  const one = async <R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<R | null> =>
    (await all<R>(sql, values))[0] ?? null;
  const run = async (sql: string, values: unknown[]): Promise<void> => {
    await db.query(sql, values);
  };
  return {
    mailboxPosition: async (tenantId, channelId) => {
      const row = await one<{ uid_validity: number; uid: number }>(SQL.position, [tenantId, channelId]);
      return row ? positionFromRow(row) : null;
    },
    advanceMailboxPosition: (tenantId, channelId, position) =>
      run(SQL.advancePosition, [tenantId, channelId, position.uidValidity, position.uid]),
    mailId: (tenantId, headerId) => one<MailIdRow>(SQL.mailId, [tenantId, headerId]),
    insertMailId: (row) => run(SQL.insertMailId, mailIdValues(row)),
    emailThread: (tenantId, ticketId) => one<ThreadRow>(SQL.thread, [tenantId, ticketId]),
    saveEmailThread: (row) => run(SQL.saveThread, threadValues(row)),
    insertOutbox: (row) => run(SQL.insertOutbox, outboxValues(row)),
    outboxRow: (deliveryId, lock) => one<OutboxRow>(SQL.outboxRow + (lock ? FOR_UPDATE : ''), [deliveryId]),
    outboxOfMessage: (tenantId, messageId, lock) =>
      one<OutboxRow>(SQL.outboxOfMessage + (lock ? FOR_UPDATE : ''), [tenantId, messageId]),
    claimOutbox: async (claim) =>
      (
        await all<OutboxRow>(CLAIM, [
          claim.tenantId,
          claim.channelId,
          claim.nowMs,
          claim.nowMs,
          claim.limit,
          claim.leaseUntil,
        ])
      ).sort((a, b) => a.next_attempt_at - b.next_attempt_at),
    updateOutbox: (deliveryId, change) => run(SQL.updateOutbox, outboxChangeValues(deliveryId, change)),
    updateMessageDelivery: (tenantId, messageId, deliveryJson, seq) =>
      run(SQL.updateMessageDelivery, [deliveryJson, seq, tenantId, messageId]),
    insertEmailBlob: (row) => run(SQL.insertBlob, blobValues(row)),
    emailBlob: (tenantId, id) => one<BlobRow>(SQL.blob, [tenantId, id]),
    insertSetAside: (row) => run(SQL.insertSetAside, setAsideValues(row)),
    saveChannelCredentials: (tenantId, channelId, sealed, at) =>
      run(SQL.saveCredentials, [tenantId, channelId, sealed, at]),
    channelCredentials: async (tenantId, channelId) =>
      (await one<{ sealed: string }>(SQL.credentials, [tenantId, channelId]))?.sealed ?? null,
    liveSettingsOfEveryTenant: (kind) => all<SettingRow & { tenant_id: string }>(LIVE_EVERY_TENANT, [kind]),
    emailCounts: (tenantId) =>
      all<EmailCountRow>(
        SQL.counts,
        Array.from({ length: 6 }, () => tenantId),
      ),
  };
}

import type Database from 'better-sqlite3';
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
import { SETTING_SQL } from './setting-sql.js';

/** The email channel's operations in SQLite (inside the caller's immediate transaction, which holds the write lock). */
export function sqliteEmailOperations(db: Database.Database): EmailOperations {
  const one = <R>(sql: string, values: unknown[]): R | null =>
    (db.prepare(sql).get(...values) as R | undefined) ?? null;
  const all = <R>(sql: string, values: unknown[]): R[] => db.prepare(sql).all(...values) as R[];
  const run = (sql: string, values: unknown[]): void => {
    db.prepare(sql).run(...values);
  };
  return {
    mailboxPosition: (tenantId, channelId) => {
      const row = one<{ uid_validity: number; uid: number }>(EMAIL_SQL.position, [tenantId, channelId]);
      return row ? positionFromRow(row) : null;
    },
    advanceMailboxPosition: (tenantId, channelId, position) =>
      run(EMAIL_SQL.advancePosition, [tenantId, channelId, position.uidValidity, position.uid]),
    mailId: (tenantId, headerId) => one<MailIdRow>(EMAIL_SQL.mailId, [tenantId, headerId]),
    insertMailId: (row) => run(EMAIL_SQL.insertMailId, mailIdValues(row)),
    emailThread: (tenantId, ticketId) => one<ThreadRow>(EMAIL_SQL.thread, [tenantId, ticketId]),
    saveEmailThread: (row) => run(EMAIL_SQL.saveThread, threadValues(row)),
    insertOutbox: (row) => run(EMAIL_SQL.insertOutbox, outboxValues(row)),
    outboxRow: (deliveryId) => one<OutboxRow>(EMAIL_SQL.outboxRow, [deliveryId]),
    outboxOfMessage: (tenantId, messageId) => one<OutboxRow>(EMAIL_SQL.outboxOfMessage, [tenantId, messageId]),
    claimOutbox(claim) {
      const rows = all<OutboxRow>(
        `SELECT ${OUTBOX_COLUMNS} FROM email_outbox WHERE ${CLAIMABLE} ORDER BY next_attempt_at, rowid LIMIT ?`,
        [claim.tenantId, claim.channelId, claim.nowMs, claim.nowMs, claim.limit],
      );
      const take = db.prepare("UPDATE email_outbox SET state = 'sending', lease_until = ? WHERE delivery_id = ?");
      for (const row of rows) take.run(claim.leaseUntil, row.delivery_id);
      return rows.map((row) => ({ ...row, state: 'sending', lease_until: claim.leaseUntil }));
    },
    updateOutbox: (deliveryId, change) => run(EMAIL_SQL.updateOutbox, outboxChangeValues(deliveryId, change)),
    updateMessageDelivery: (tenantId, messageId, deliveryJson, seq) =>
      run(EMAIL_SQL.updateMessageDelivery, [deliveryJson, seq, tenantId, messageId]),
    insertEmailBlob: (row) => run(EMAIL_SQL.insertBlob, blobValues(row)),
    emailBlob: (tenantId, id) => one<BlobRow>(EMAIL_SQL.blob, [tenantId, id]),
    insertSetAside: (row) => run(EMAIL_SQL.insertSetAside, setAsideValues(row)),
    saveChannelCredentials: (tenantId, channelId, sealed, at) =>
      run(EMAIL_SQL.saveCredentials, [tenantId, channelId, sealed, at]),
    channelCredentials: (tenantId, channelId) =>
      one<{ sealed: string }>(EMAIL_SQL.credentials, [tenantId, channelId])?.sealed ?? null,
    liveSettingsOfEveryTenant: (kind) => all<SettingRow & { tenant_id: string }>(SETTING_SQL.liveEveryTenant, [kind]),
    emailCounts: (tenantId) =>
      all<EmailCountRow>(
        EMAIL_SQL.counts,
        Array.from({ length: 6 }, () => tenantId),
      ),
  };
}

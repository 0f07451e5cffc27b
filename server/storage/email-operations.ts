import type { MailboxPosition } from '../../shared/channels/email-records.js';
import type {
  BlobRow,
  EmailCountRow,
  MailIdRow,
  OutboxChange,
  OutboxClaim,
  OutboxRow,
  SetAsideRow,
  ThreadRow,
} from './email-rows.js';
import type { SettingRow } from './setting-rows.js';

/**
 * The email channel's store operations (the email-*-script.ts files ask for them), answered by each engine with the
 * SQL of email-sql.ts (sqlite-email-operations.ts, postgres-email-operations.ts).
 */
export interface EmailOperations {
  mailboxPosition(tenantId: string, channelId: string): MailboxPosition | null;
  /** Moves the channel's position on (never back within one UIDVALIDITY). */
  advanceMailboxPosition(tenantId: string, channelId: string, position: MailboxPosition): void;
  /** A Message-ID the tenant's mail carried before, or null. */
  mailId(tenantId: string, headerId: string): MailIdRow | null;
  insertMailId(row: MailIdRow): void;
  emailThread(tenantId: string, ticketId: string): ThreadRow | null;
  /** Creates the ticket's thread, or replaces its references. */
  saveEmailThread(row: ThreadRow): void;
  insertOutbox(row: OutboxRow): void;
  /** An outbox row; `lock` holds it until the transaction ends (an engine that locks rows). */
  outboxRow(deliveryId: string, lock: boolean): OutboxRow | null;
  outboxOfMessage(tenantId: string, messageId: string, lock: boolean): OutboxRow | null;
  /** Takes up to `limit` claimable rows of the channel (CLAIMABLE), due first, as `sending` until `leaseUntil`. */
  claimOutbox(claim: OutboxClaim): OutboxRow[];
  updateOutbox(deliveryId: string, change: OutboxChange): void;
  /** Writes a message's delivery and gives it a new feed number, so consoles read it again. */
  updateMessageDelivery(tenantId: string, messageId: string, deliveryJson: string, seq: number): void;
  insertEmailBlob(row: BlobRow): void;
  emailBlob(tenantId: string, id: string): BlobRow | null;
  insertSetAside(row: SetAsideRow): void;
  saveChannelCredentials(tenantId: string, channelId: string, sealed: string, at: string): void;
  channelCredentials(tenantId: string, channelId: string): string | null;
  /** The live settings of a kind of every tenant, with their tenant. */
  liveSettingsOfEveryTenant(kind: 'channel' | 'widget'): (SettingRow & { tenant_id: string })[];
  /** Outbox rows by state, set-aside mails by reason class and received mails, per channel (null: every tenant). */
  emailCounts(tenantId: string | null): EmailCountRow[];
}

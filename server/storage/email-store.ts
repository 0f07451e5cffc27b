import type {
  ChannelKey,
  DeliveryResult,
  MailboxPosition,
  OutgoingEmail,
  ReceiveOutcome,
} from '../../shared/channels/email-records.js';
import { ChannelSettingSchema, type ChannelSetting } from '../../shared/settings/setting-values.js';
import { channelCredentialsEntry, type TokenActor } from '../audit/audit-entries.js';
import { appendAudit } from './audit-append.js';
import type { RetryDeliveryResult } from './email-delivery-script.js';
import { liveChannelSetting } from './setting-scripts.js';
import type { ReceiveMailInput, SetAsideInput } from './email-receive-script.js';
import type { EmailCountRow } from './email-rows.js';
import { perform, type Script } from './store-operations.js';

export type { ReceiveMailInput, RetryDeliveryResult, SetAsideInput };

/** A tenant's channel setting with its passwords as stored (sealed by server/secrets), null when none were set. */
export interface StoredChannel extends ChannelKey {
  setting: ChannelSetting;
  sealedCredentials: string | null;
}

export interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  content: Uint8Array;
}

export interface EmailCount {
  tenantId: string;
  channelId: string;
  measure: EmailCountRow['measure'];
  class: string;
  count: number;
}

export interface SaveCredentialsInput extends ChannelKey {
  /** The passwords sealed by server/secrets (never the plain text). */
  sealed: string;
  actor: TokenActor;
  now: Date;
}

/** The email channel's part of the QueueStore (each method one transaction; email-*-script.ts). */
export interface EmailStore {
  /** The live channel settings of one tenant (null: of every tenant), with their sealed passwords. */
  channels(tenantId: string | null): Promise<StoredChannel[]>;
  mailboxPosition(key: ChannelKey): Promise<MailboxPosition | null>;
  /** Records a mail and the position after it (email-receive-script.ts). */
  receiveMail(input: ReceiveMailInput): Promise<ReceiveOutcome>;
  setAsideMail(input: SetAsideInput): Promise<void>;
  claimOutgoingEmail(key: ChannelKey, limit: number, leaseMs: number, now: Date): Promise<OutgoingEmail[]>;
  /** Records a send attempt; the tenant whose feed moved, or null (no such row, or sent already). */
  recordEmailDelivery(deliveryId: string, result: DeliveryResult, now: Date): Promise<string | null>;
  retryEmailDelivery(input: {
    tenantId: string;
    ticketId: string;
    messageId: string;
    actor: TokenActor;
    now: Date;
  }): Promise<RetryDeliveryResult>;
  /** A stored attachment of the tenant's ticket, or null (unknown, another ticket's, or not stored). */
  emailAttachment(tenantId: string, ticketId: string, attachmentId: string): Promise<StoredAttachment | null>;
  /** Stores a live channel's sealed passwords, audited (which channel, not what); `no_channel` when there is none. */
  saveChannelCredentials(input: SaveCredentialsInput): Promise<'saved' | 'no_channel'>;
  /** Outbox rows by state, set-aside mails by class and received mails, per channel (null: every tenant). */
  emailCounts(tenantId: string | null): Promise<EmailCount[]>;
}

export function* storedChannels(tenantId: string | null): Script<StoredChannel[]> {
  const rows =
    tenantId === null
      ? yield* perform('liveSettingsOfEveryTenant', 'channel')
      : (yield* perform('liveSettings', tenantId, 'channel')).map((row) => ({ ...row, tenant_id: tenantId }));
  const channels: StoredChannel[] = [];
  for (const row of rows) {
    const setting = ChannelSettingSchema.safeParse(JSON.parse(row.value_json ?? 'null'));
    if (!setting.success) continue;
    const sealedCredentials = yield* perform('channelCredentials', row.tenant_id, row.id);
    channels.push({ tenantId: row.tenant_id, channelId: row.id, setting: setting.data, sealedCredentials });
  }
  return channels;
}

/** Under the tenant's settings lock, so the channel cannot be deleted meanwhile. */
export function* saveCredentials(input: SaveCredentialsInput): Script<'saved' | 'no_channel'> {
  yield* perform('lockSettings', input.tenantId);
  if (!(yield* liveChannelSetting(input.tenantId, input.channelId))) return 'no_channel';
  const at = input.now.toISOString();
  yield* perform('saveChannelCredentials', input.tenantId, input.channelId, input.sealed, at);
  yield* appendAudit([channelCredentialsEntry(input.tenantId, input.channelId, input.actor, at)]);
  return 'saved';
}

export function emailCountOf(row: EmailCountRow): EmailCount {
  return {
    tenantId: row.tenant_id,
    channelId: row.channel_id,
    measure: row.measure,
    class: row.class,
    count: Number(row.count),
  };
}

import type { MailboxPosition, OutgoingEmail } from '../../shared/channels/email-records.js';
import { z } from 'zod';

/** The email channel's tables (schema-steps.ts, emailChannelStep) as rows, and their mapping. */

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxRow {
  delivery_id: string;
  tenant_id: string;
  channel_id: string;
  ticket_id: string;
  /** The ticket message it delivers. */
  message_id: string;
  /** The Message-ID header it is sent with (fixed at enqueue). */
  header_id: string;
  to_address: string;
  to_name: string;
  subject: string;
  text: string;
  in_reply_to: string | null;
  references_json: string;
  language: string | null;
  state: OutboxState;
  attempts: number;
  /** Epoch milliseconds: a queued row is due from then. */
  next_attempt_at: number;
  /** Epoch milliseconds: a sending row's claim ends then (a crashed worker's claim comes back). */
  lease_until: number | null;
  last_reason: string | null;
  updated_at: string;
}

/** What an attempt's outcome changes of an outbox row. */
export type OutboxChange = Pick<
  OutboxRow,
  'state' | 'attempts' | 'next_attempt_at' | 'lease_until' | 'last_reason' | 'updated_at'
>;

/** A Message-ID the tenant's mail carried: received (`in`) or sent (`out`), with the ticket and message it became. */
export interface MailIdRow {
  tenant_id: string;
  header_id: string;
  channel_id: string;
  direction: 'in' | 'out';
  ticket_id: string | null;
  message_id: string | null;
  at: string;
}

/** A ticket's mail thread: where and to whom its replies go, and the ids its replies' References carry. */
export interface ThreadRow {
  tenant_id: string;
  ticket_id: string;
  channel_id: string;
  customer_address: string;
  customer_name: string;
  subject: string;
  references_json: string;
}

export interface BlobRow {
  tenant_id: string;
  id: string;
  ticket_id: string;
  filename: string;
  content_type: string;
  size: number;
  content: Uint8Array;
}

export interface SetAsideRow {
  tenant_id: string;
  channel_id: string;
  uid_validity: number;
  uid: number;
  reason_class: string;
  reason: string;
  size: number;
  at: string;
}

/** Mails and outbox rows counted per tenant, channel, what (`outbox`, `set_aside`, `received`) and class. */
export interface EmailCountRow {
  tenant_id: string;
  channel_id: string;
  measure: 'outbox' | 'set_aside' | 'received';
  class: string;
  count: number | string;
}

export interface OutboxClaim {
  tenantId: string;
  channelId: string;
  nowMs: number;
  leaseUntil: number;
  limit: number;
}

const IdListSchema = z.array(z.string());

export function referencesOf(json: string): string[] {
  return IdListSchema.parse(JSON.parse(json));
}

export function positionFromRow(row: { uid_validity: number; uid: number }): MailboxPosition {
  return { uidValidity: Number(row.uid_validity), uid: Number(row.uid) };
}

/** A claimed outbox row as the channel sends it; `author` wrote the reply it delivers. */
export function outgoingFromRow(row: OutboxRow, author: OutgoingEmail['author']): OutgoingEmail {
  return {
    author,
    deliveryId: row.delivery_id,
    tenantId: row.tenant_id,
    channelId: row.channel_id,
    ticketId: row.ticket_id,
    messageId: row.message_id,
    headerMessageId: row.header_id,
    to: { address: row.to_address, name: row.to_name },
    subject: row.subject,
    text: row.text,
    inReplyTo: row.in_reply_to,
    references: referencesOf(row.references_json),
    language: row.language,
    attempts: Number(row.attempts),
  };
}

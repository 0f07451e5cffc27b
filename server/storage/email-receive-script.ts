import {
  EMAIL_LIMITS,
  type ChannelKey,
  type InboundMail,
  type MailboxPosition,
  type ReceiveOutcome,
} from '../../shared/channels/email-records.js';
import { ticketIdInSubject } from '../../shared/channels/ticket-reference.js';
import { MAX_MESSAGE_LENGTH, MAX_SUBJECT_LENGTH, type EmailMeta, type Ticket } from '../../shared/domain/ticket.js';
import { customerReplyEntry, type TokenActor } from '../audit/audit-entries.js';
import { MAX_SET_ASIDE_REASON, type SetAsideClass } from '../domain/email-set-aside.js';
import {
  customerOfMail,
  EMAIL_TICKET_CHANNEL,
  normalAddress,
  threadKeysOf,
  withMailKeys,
  withReference,
} from '../domain/email-thread.js';
import { newAttachmentId, newMessageId } from '../domain/ids.js';
import { appendAudit } from './audit-append.js';
import { bounceDelivery } from './email-delivery-script.js';
import { liveChannelSetting } from './setting-scripts.js';
import { referencesOf, type BlobRow } from './email-rows.js';
import { perform, type Script } from './store-operations.js';
import { currentTicketRow } from './merge-follow.js';
import { appendCustomerReply, intakeBatch, writeTicketChange } from './ticket-scripts.js';
import { ticketFromRow } from './ticket-rows.js';

export interface ReceiveMailInput {
  key: ChannelKey;
  mail: InboundMail;
  position: MailboxPosition;
  now: Date;
}

export interface SetAsideInput {
  key: ChannelKey;
  position: MailboxPosition;
  reasonClass: SetAsideClass;
  reason: string;
  size: number;
  now: Date;
}

/**
 * A mail read from a channel's mailbox, in one transaction with the mailbox position after it: recorded once by
 * its Message-ID (a repeat is a duplicate), then a bounce, a machine's mail on its ticket (or set aside), a
 * person's reply on the ticket it answers, or a new ticket.
 */
export function* receiveMail(input: ReceiveMailInput): Script<ReceiveOutcome> {
  const { tenantId, channelId } = input.key;
  yield* perform('lockFeed', tenantId);
  const outcome = yield* recordMail({ ...input, mail: withMailKeys(input.mail) });
  yield* perform('advanceMailboxPosition', tenantId, channelId, input.position);
  return outcome;
}

/** A mail the channel could not read: kept as a row (reason, size, where) with the position after it. */
export function* setAsideMail(input: SetAsideInput): Script<void> {
  yield* perform('insertSetAside', {
    tenant_id: input.key.tenantId,
    channel_id: input.key.channelId,
    uid_validity: input.position.uidValidity,
    uid: input.position.uid,
    reason_class: input.reasonClass,
    reason: input.reason.slice(0, MAX_SET_ASIDE_REASON),
    size: input.size,
    at: input.now.toISOString(),
  });
  yield* perform('advanceMailboxPosition', input.key.tenantId, input.key.channelId, input.position);
}

function* recordMail(input: ReceiveMailInput): Script<ReceiveOutcome> {
  const { key, mail } = input;
  const seen = yield* perform('mailId', key.tenantId, mail.messageId);
  if (seen) return { kind: 'duplicate', ticketId: seen.ticket_id };
  if (mail.bounce !== null || mail.automatic === 'bounce') return yield* receiveBounce(input);
  const ticket = yield* ticketOfMail(key.tenantId, mail);
  if (ticket) return yield* receiveOnTicket(input, ticket);
  if (mail.automatic === null) return yield* receiveNewTicket(input);
  const reason = `An automatic mail (${mail.automatic}) that answers no ticket: no ticket made, no answer sent.`;
  yield* setAsideMail({ ...input, reasonClass: 'automatic_no_ticket', reason, size: mailSize(mail) });
  yield* recordMailId(input, null, null);
  return { kind: 'set_aside', reason };
}

/** A bounce marks the reply it reports failed, with the report's reason (when it names one of ours). */
function* receiveBounce(input: ReceiveMailInput): Script<ReceiveOutcome> {
  const { key, mail, now } = input;
  const original = mail.bounce?.originalMessageId ?? null;
  const sent = original === null ? null : yield* perform('mailId', key.tenantId, original);
  const reason = mail.bounce?.reason || 'The mail server reported the reply as undeliverable.';
  let failed: string | null = null;
  if (sent?.direction === 'out' && sent.message_id !== null) {
    if (yield* bounceDelivery(key.tenantId, sent.message_id, reason, now)) failed = sent.message_id;
  }
  yield* recordMailId(input, sent?.ticket_id ?? null, null);
  return { kind: 'bounce', failedMessageId: failed };
}

/**
 * The ticket a mail answers: one of its In-Reply-To/References ids is a mail of a ticket (received, or one of our
 * replies), or its subject names a ticket ("[#<id>]") whose customer is the sender; a merged ticket's mail lands on
 * the ticket it was merged into (merge-follow.ts).
 */
function* ticketOfMail(tenantId: string, mail: InboundMail): Script<Ticket | null> {
  for (const key of threadKeysOf(mail)) {
    const known = yield* perform('mailId', tenantId, key);
    if (known?.ticket_id) {
      const row = yield* currentTicketRow(tenantId, known.ticket_id, true);
      if (row) return ticketFromRow(row);
    }
  }
  const referenced = ticketIdInSubject(mail.subject);
  if (referenced === null) return null;
  const row = yield* currentTicketRow(tenantId, referenced, true);
  const ticket = row ? ticketFromRow(row) : null;
  const sameSender = normalAddress(ticket?.customer.email ?? '') === normalAddress(mail.from.address);
  return ticket && sameSender ? ticket : null;
}

/**
 * A mail on a known ticket. A person's is a customer reply (the status moves on as for any reply); a machine's
 * (auto-reply, mailing list) is added to the thread without reopening the ticket or waking the AI.
 */
function* receiveOnTicket(input: ReceiveMailInput, ticket: Ticket): Script<ReceiveOutcome> {
  const { key, mail, now } = input;
  const parts = mailParts(mail);
  const text = messageText(mail);
  let messageId: string | null;
  if (mail.automatic !== null) {
    const message = {
      id: newMessageId(),
      author: 'customer',
      authorName: ticket.customer.name,
      kind: 'reply',
      text,
      email: parts.meta,
    } as const;
    const changed = yield* writeTicketChange(ticket, { patch: {}, message }, now);
    yield* appendAudit([customerReplyEntry(ticket, changed, message.id, channelActor(key))]);
    messageId = message.id;
  } else {
    const replied = yield* appendCustomerReply({
      tenantId: key.tenantId,
      ticketId: ticket.id,
      text,
      now,
      email: parts.meta,
      actor: channelActor(key),
    });
    messageId = replied?.messages.find((message) => message.email?.messageId === parts.meta.messageId)?.id ?? null;
  }
  yield* storeBlobs(key.tenantId, ticket.id, parts.blobs);
  yield* threadMail(input, ticket, messageId);
  return { kind: 'reply', ticketId: ticket.id };
}

/** A person's new mail: a ticket of channel `email`, owned by the channel's queue until a decision moves it. */
function* receiveNewTicket(input: ReceiveMailInput): Script<ReceiveOutcome> {
  const { key, mail, now } = input;
  const channel = yield* liveChannelSetting(key.tenantId, key.channelId);
  const parts = mailParts(mail);
  const [created] = yield* intakeBatch([
    {
      tenantId: key.tenantId,
      actor: channelActor(key),
      subject: mail.subject.trim().slice(0, MAX_SUBJECT_LENGTH) || '(no subject)',
      customer: customerOfMail(mail.from),
      channel: EMAIL_TICKET_CHANNEL,
      text: messageText(mail),
      idempotencyKey: null,
      now,
      ownerQueue: channel?.queueId ?? null,
      email: parts.meta,
    },
  ]);
  if (!created) throw new Error('intakeBatch returned no result');
  yield* storeBlobs(key.tenantId, created.ticket.id, parts.blobs);
  yield* threadMail(input, created.ticket, created.messages[0]?.id ?? null);
  return { kind: 'ticket', ticketId: created.ticket.id };
}

/** Records the mail's Message-ID with its ticket and message, and adds it to the ticket's thread (made if new). */
function* threadMail(input: ReceiveMailInput, ticket: Ticket, messageId: string | null): Script<void> {
  const { key, mail } = input;
  yield* recordMailId(input, ticket.id, messageId);
  const thread = yield* perform('emailThread', key.tenantId, ticket.id);
  const references = withReference(thread ? referencesOf(thread.references_json) : [], mail.messageId);
  yield* perform('saveEmailThread', {
    tenant_id: key.tenantId,
    ticket_id: ticket.id,
    channel_id: thread?.channel_id ?? key.channelId,
    customer_address: thread?.customer_address ?? normalAddress(mail.from.address),
    customer_name: thread?.customer_name ?? ticket.customer.name,
    subject: thread?.subject ?? ticket.subject,
    references_json: JSON.stringify(references),
  });
}

function* recordMailId(input: ReceiveMailInput, ticketId: string | null, messageId: string | null): Script<void> {
  yield* perform('insertMailId', {
    tenant_id: input.key.tenantId,
    header_id: input.mail.messageId,
    channel_id: input.key.channelId,
    direction: 'in',
    ticket_id: ticketId,
    message_id: messageId,
    at: input.now.toISOString(),
  });
}

type PendingBlob = Omit<BlobRow, 'tenant_id' | 'ticket_id'>;

/** What the message records of the mail (ids of its attachments and HTML) and the bytes to keep (bounded). */
function mailParts(mail: InboundMail): { meta: EmailMeta; blobs: PendingBlob[] } {
  const blobs: PendingBlob[] = [];
  const attachments = mail.attachments.slice(0, EMAIL_LIMITS.maxAttachments).map((attachment) => {
    const id = newAttachmentId();
    const filename = attachment.filename.slice(0, 300);
    const contentType = attachment.contentType.slice(0, 200);
    const content = attachment.content;
    const stored = content !== null && content.byteLength <= EMAIL_LIMITS.maxStoredAttachmentBytes;
    if (stored) blobs.push({ id, filename, content_type: contentType, size: content.byteLength, content });
    return { id, filename, contentType, size: attachment.size, stored };
  });
  let htmlOriginalId: string | null = null;
  if (mail.html !== null && Buffer.byteLength(mail.html) <= EMAIL_LIMITS.maxHtmlBytes) {
    htmlOriginalId = newAttachmentId();
    const content = Buffer.from(mail.html, 'utf8');
    blobs.push({
      id: htmlOriginalId,
      filename: 'original.html',
      content_type: 'text/html; charset=utf-8',
      size: content.byteLength,
      content,
    });
  }
  const meta: EmailMeta = {
    messageId: mail.messageId.slice(0, 1000),
    from: normalAddress(mail.from.address).slice(0, 320),
    htmlOriginalId,
    attachments,
    automatic: mail.automatic,
  };
  return { meta, blobs };
}

function* storeBlobs(tenantId: string, ticketId: string, blobs: readonly PendingBlob[]): Script<void> {
  for (const blob of blobs) yield* perform('insertEmailBlob', { ...blob, tenant_id: tenantId, ticket_id: ticketId });
}

/** The mail's readable text as a message (bounded like every message); never empty. */
function messageText(mail: InboundMail): string {
  return mail.text.trim().slice(0, MAX_MESSAGE_LENGTH) || '(no text)';
}

/** About how large the mail was: its text, HTML and attachments. */
function mailSize(mail: InboundMail): number {
  const attachments = mail.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  return Buffer.byteLength(mail.text) + Buffer.byteLength(mail.html ?? '') + attachments;
}

/** Who the audit trail says wrote a mail's message: the channel. */
function channelActor(key: ChannelKey): TokenActor {
  return { name: `email channel ${key.channelId}`, role: 'channel' };
}

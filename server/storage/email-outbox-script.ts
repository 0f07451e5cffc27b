import { randomUUID } from 'node:crypto';
import { emailConfigOf } from '../../shared/channels/email-config.js';
import { isPublicReply, type Message, type Ticket } from '../../shared/domain/ticket.js';
import { deliveryOf, noChannelReason } from '../domain/email-delivery.js';
import { replySubject } from '../../shared/channels/ticket-reference.js';
import { EMAIL_TICKET_CHANNEL, headerMessageIdFor, withReference } from '../domain/email-thread.js';
import { referencesOf, type OutboxRow, type ThreadRow } from './email-rows.js';
import { liveChannelSetting } from './setting-scripts.js';
import { perform, type Script } from './store-operations.js';

/**
 * The durable outbox, in the transaction that writes the message (writeTicketChange calls it for every message):
 * a public reply of the AI or an agent on a ticket with a mail thread gets an outbox row, its Message-ID fixed
 * now, and the message its `delivery` (queued; failed with the reason when the thread's channel is gone) and `email`
 * metadata. Other messages pass unchanged.
 */
export function* withEmailDelivery(ticket: Ticket, message: Message, language: string | null): Script<Message> {
  if (ticket.channel !== EMAIL_TICKET_CHANNEL || !isPublicReply(message)) return message;
  const thread = yield* perform('emailThread', ticket.tenantId, ticket.id);
  if (!thread) return message;
  const channel = yield* liveChannelSetting(ticket.tenantId, thread.channel_id);
  const config = channel ? emailConfigOf(channel) : null;
  const fromAddress = config?.ok ? config.value.fromAddress : '';
  const queued = outboxRowFor(thread, message, language, headerMessageIdFor(message.id, fromAddress));
  // No channel to send it from: failed now with the reason, never queued where no worker will ever claim it.
  const row: OutboxRow = config?.ok
    ? queued
    : { ...queued, state: 'failed', last_reason: noChannelReason(thread.channel_id) };
  yield* perform('insertOutbox', row);
  yield* perform('insertMailId', {
    tenant_id: ticket.tenantId,
    header_id: row.header_id,
    channel_id: thread.channel_id,
    direction: 'out',
    ticket_id: ticket.id,
    message_id: message.id,
    at: message.createdAt,
  });
  const references = withReference(referencesOf(thread.references_json), row.header_id);
  yield* perform('saveEmailThread', { ...thread, references_json: JSON.stringify(references) });
  return {
    ...message,
    delivery: deliveryOf(row, message.createdAt),
    email: { messageId: row.header_id, from: fromAddress, htmlOriginalId: null, attachments: [], automatic: null },
  };
}

/** The outbox row of a reply: to the thread's customer, answering its latest mail, with its References. */
function outboxRowFor(thread: ThreadRow, message: Message, language: string | null, headerId: string): OutboxRow {
  const references = referencesOf(thread.references_json);
  return {
    delivery_id: `dlv_${randomUUID()}`,
    tenant_id: thread.tenant_id,
    channel_id: thread.channel_id,
    ticket_id: thread.ticket_id,
    message_id: message.id,
    header_id: headerId,
    to_address: thread.customer_address,
    to_name: thread.customer_name,
    subject: replySubject(thread.subject, thread.ticket_id),
    text: message.text,
    in_reply_to: references.at(-1) ?? null,
    references_json: JSON.stringify(references),
    language,
    state: 'queued',
    attempts: 0,
    next_attempt_at: Date.parse(message.createdAt),
    lease_until: null,
    last_reason: null,
    updated_at: message.createdAt,
  };
}

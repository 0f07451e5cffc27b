import {
  MESSAGING_TICKET_CHANNEL,
  type InboundChannelMessage,
  type InboundChannelResult,
} from '../../shared/channels/messaging-channel.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { messagingCustomer, messagingSubject } from '../domain/messaging-intake.js';
import type { IntakeResult } from './queue-store.js';
import { perform, type Script } from './store-operations.js';
import { appendCustomerReply, intakeBatch } from './ticket-scripts.js';

export interface ReceiveChannelMessageInput {
  tenantId: string;
  channelId: string;
  /** The channel's queue: where a new ticket waits. */
  queueId: string;
  message: InboundChannelMessage;
  actor: TokenActor;
  now: Date;
}

/**
 * A generic channel's customer message, in one transaction: a provider message id posted before adds nothing
 * (duplicate); a conversation's first message opens a ticket (owner: the channel's queue), a later one is a customer
 * reply on its ticket (which reopens it as the tenant's rules say).
 */
export function* receiveChannelMessage(input: ReceiveChannelMessageInput): Script<InboundChannelResult> {
  const { tenantId, channelId, message } = input;
  yield* perform('lockFeed', tenantId);
  const seen = yield* perform('providerMessage', tenantId, channelId, message.messageId);
  if (seen) return { ticketId: seen.ticket_id, messageId: seen.message_id, duplicate: true };
  const conversation = yield* perform('conversation', tenantId, channelId, message.conversationId);
  const replied = conversation
    ? yield* appendCustomerReply({
        tenantId,
        ticketId: conversation.ticket_id,
        text: message.text,
        actor: input.actor,
        now: input.now,
      })
    : null;
  const written = replied ?? (yield* openTicket(input));
  const newest = written.messages.reduce((latest, candidate) => (candidate.seq > latest.seq ? candidate : latest));
  if (!replied)
    yield* perform('saveConversation', {
      tenant_id: tenantId,
      channel_id: channelId,
      conversation_id: message.conversationId,
      ticket_id: written.ticket.id,
    });
  yield* perform('insertProviderMessage', {
    tenant_id: tenantId,
    channel_id: channelId,
    provider_message_id: message.messageId,
    ticket_id: written.ticket.id,
    message_id: newest.id,
  });
  return { ticketId: written.ticket.id, messageId: newest.id, duplicate: false };
}

function* openTicket(input: ReceiveChannelMessageInput): Script<IntakeResult> {
  const [created] = yield* intakeBatch([
    {
      tenantId: input.tenantId,
      actor: input.actor,
      subject: messagingSubject(input.message.text),
      customer: messagingCustomer(input.message.from),
      channel: MESSAGING_TICKET_CHANNEL,
      text: input.message.text,
      idempotencyKey: null,
      now: input.now,
      ownerQueue: input.queueId,
    },
  ]);
  if (!created) throw new Error('intakeBatch returned no result');
  return created;
}

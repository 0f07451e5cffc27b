import { randomUUID } from 'node:crypto';
import {
  MESSAGING_TICKET_CHANNEL,
  MessagingChannelConfigSchema,
  type ChannelReply,
} from '../../shared/channels/messaging-channel.js';
import { isPublicReply, type Message, type Ticket } from '../../shared/domain/ticket.js';
import { replyMessageDelivery } from '../domain/webhook-delivery.js';
import { liveChannelSetting } from './setting-scripts.js';
import { perform, type Script } from './store-operations.js';
import { newDeliveryRow, progressOf } from './webhook-rows.js';

/** Why a reply was not sent: its generic channel was removed, or its settings do not read. */
export function noMessagingChannelReason(channelId: string): string {
  return `Not sent: the generic channel "${channelId}" this conversation came through was removed or its settings do not read. Copy the reply and send it another way, or restore the channel and send it again.`;
}

/**
 * A generic channel's reply delivery, in the transaction that writes the message (writeTicketChange calls it for
 * every message, beside withEmailDelivery): a public reply of the AI or an agent on a ticket of a generic channel's
 * conversation gets a delivery row to the channel's reply URL (ChannelReplySchema, the worker posts it signed), and
 * the message its delivery, queued (failed with the reason when the channel is gone). Other messages pass unchanged.
 */
export function* withChannelReplyDelivery(ticket: Ticket, message: Message): Script<Message> {
  if (ticket.channel !== MESSAGING_TICKET_CHANNEL || !isPublicReply(message)) return message;
  const conversation = yield* perform('conversationOfTicket', ticket.tenantId, ticket.id);
  if (!conversation) return message;
  const channel = yield* liveChannelSetting(ticket.tenantId, conversation.channel_id);
  const deliverable = channel?.type === 'webhook' && MessagingChannelConfigSchema.safeParse(channel.config).success;
  const deliveryId = `rpl_${randomUUID()}`;
  const body: ChannelReply = {
    id: deliveryId,
    type: 'reply',
    tenantId: ticket.tenantId,
    channelId: conversation.channel_id,
    conversationId: conversation.conversation_id,
    ticketId: ticket.id,
    message: {
      id: message.id,
      author: message.author,
      authorName: message.authorName,
      text: message.text,
      createdAt: message.createdAt,
    },
  };
  const fields = {
    delivery_id: deliveryId,
    tenant_id: ticket.tenantId,
    webhook_id: null,
    channel_id: conversation.channel_id,
    event_id: deliveryId,
    event_type: 'reply',
    ticket_id: ticket.id,
    message_id: message.id,
    body: JSON.stringify(body),
  };
  // No channel to post it to: failed now with the reason, never pending where no attempt can succeed.
  const row = newDeliveryRow(fields, message.createdAt, deliverable ? 'pending' : 'failed');
  yield* perform('insertDelivery', row);
  const delivery = replyMessageDelivery(progressOf(row), conversation.conversation_id, message.createdAt);
  return {
    ...message,
    delivery: deliverable ? delivery : { ...delivery, reason: noMessagingChannelReason(conversation.channel_id) },
  };
}

import { CHAT_TICKET_CHANNEL } from '../../shared/api/widget-contract.js';
import { isPublicReply, type Message, type MessageDelivery, type Ticket } from '../../shared/domain/ticket.js';

/**
 * A public reply on a chat ticket, as written (writeTicketChange asks for every message): queued for the visitor
 * (its customer id) until the visitor's widget fetches a conversation that shows it. Other messages pass unchanged.
 */
export function withChatDelivery(ticket: Ticket, message: Message): Message {
  if (ticket.channel !== CHAT_TICKET_CHANNEL || !isPublicReply(message)) return message;
  const delivery: MessageDelivery = {
    state: 'queued',
    to: ticket.customer.id,
    attempts: 0,
    reason: null,
    at: message.createdAt,
  };
  return { ...message, delivery };
}

/** True for a chat reply the visitor's widget has not fetched yet. */
export function awaitsChatFetch(message: Message): boolean {
  return message.delivery?.state === 'queued' && isPublicReply(message);
}

/** The delivery once the visitor's widget fetched the reply: sent, at that moment, one attempt. */
export function fetchedDelivery(delivery: MessageDelivery, now: Date): MessageDelivery {
  return { ...delivery, state: 'sent', attempts: delivery.attempts + 1, reason: null, at: now.toISOString() };
}

import { CHAT_TICKET_CHANNEL } from '../../../shared/api/widget-contract.js';
import { MESSAGING_TICKET_CHANNEL } from '../../../shared/channels/messaging-channel.js';

/** How a ticket's channel says a reply's state: by email, in the chat widget, through a generic channel. */
export type DeliveryWording = 'email' | 'chat' | 'messaging';

/** The wording of a ticket's channel: chat and generic channel tickets have their own, any other reads as email. */
export function deliveryWording(ticketChannel: string): DeliveryWording {
  if (ticketChannel === CHAT_TICKET_CHANNEL) return 'chat';
  if (ticketChannel === MESSAGING_TICKET_CHANNEL) return 'messaging';
  return 'email';
}

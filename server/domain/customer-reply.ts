import type { Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type { NewMessage } from './mutation-plan.js';
import type { TicketChange } from './ticket-change.js';

/**
 * Where a ticket goes when the customer writes again:
 * the AI may try again on a ticket it closed, unless a human has already spoken on it;
 * a ticket a human answered goes back to a human; open tickets stay where they are.
 */
export function statusAfterCustomerReply(ticket: Pick<Ticket, 'status' | 'humanTouched'>): TicketStatus {
  switch (ticket.status) {
    case 'ai_resolved':
      return ticket.humanTouched ? 'escalated' : 'new';
    case 'pending':
    case 'resolved':
      return 'escalated';
    case 'new':
    case 'escalated':
      return ticket.status;
  }
}

/** The customer's new message on a ticket: the status moves on as above, and a snooze ends. */
export function planCustomerReply(
  ticket: Ticket,
  text: string,
  messageId: string,
): TicketChange & { message: NewMessage } {
  return {
    patch: { status: statusAfterCustomerReply(ticket), snoozedUntil: null },
    message: { id: messageId, author: 'customer', authorName: ticket.customer.name, kind: 'reply', text },
  };
}

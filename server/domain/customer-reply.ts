import type { Ticket, TicketStatus } from '../../shared/domain/ticket.js';

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

import type { Ticket } from '../domain/ticket.js';
import type { ReviewSignals } from './ticket-facts.js';

/** A lead's review verdict and reopen, as the ticket carries them (latest review wins). */
export function reviewSignals(ticket: Pick<Ticket, 'review' | 'escalation'>): ReviewSignals {
  return { flagged: ticket.review?.verdict === 'flag', reopenedByLead: ticket.escalation?.code === 'reopened' };
}

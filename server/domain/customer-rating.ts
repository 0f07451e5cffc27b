import type { Csat, Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type { TicketChange } from './ticket-change.js';

/** A customer rates a ticket once it is closed: answered and resolved by the AI or by an agent. */
export const RATABLE_STATUSES: readonly TicketStatus[] = ['ai_resolved', 'resolved'];

export function canBeRated(ticket: Pick<Ticket, 'status'>): boolean {
  return RATABLE_STATUSES.includes(ticket.status);
}

/** The rating as stored on the ticket; a blank comment is no comment. The latest rating replaces an earlier one. */
export function csatOf(score: number, comment: string | undefined, now: Date): Csat {
  const text = comment?.trim();
  return { score, ...(text ? { comment: text } : {}), at: now.toISOString() };
}

/** The rating as a change of the ticket, or null when the ticket is not closed and takes none. */
export function planRating(ticket: Ticket, score: number, comment: string | undefined, now: Date): TicketChange | null {
  return canBeRated(ticket) ? { patch: { csat: csatOf(score, comment, now) }, message: null } : null;
}

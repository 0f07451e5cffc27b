import type { EmailMeta, Message, Ticket } from '../../shared/domain/ticket.js';
import type { NewMessage, TicketPatch } from './mutation-plan.js';

/**
 * What one write does to a stored ticket, decided before anything is written: the fields it patches and
 * the message it adds (if any). The store draws the feed numbers and writes the rows below.
 */
export interface TicketChange {
  patch: TicketPatch;
  message: ChangeMessage | null;
  /** Bookkeeping only (handle time): the ticket's updatedAt stays, so nobody sees it as changed or unread. */
  quiet?: boolean;
}

/** A message a change adds: a mutation's, or a customer's mail with what the queue recorded of it. */
export type ChangeMessage = NewMessage & { email?: EmailMeta };

/** A message as stored: on its ticket, at the time of the write, with its own feed number. */
export function messageRow(ticketId: string, message: ChangeMessage, at: string, seq: number): Message {
  return { ...message, ticketId, createdAt: at, seq };
}

/** The ticket after the change: patched, one version on, with its new feed number. */
export function changedTicket(ticket: Ticket, change: TicketChange, at: string, seq: number): Ticket {
  return {
    ...ticket,
    ...change.patch,
    version: ticket.version + 1,
    updatedAt: change.quiet === true ? ticket.updatedAt : at,
    seq,
  };
}

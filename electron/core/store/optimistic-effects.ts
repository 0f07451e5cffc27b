import type { Mutation } from '../../../shared/api/mutations.js';
import { mutatorOf } from '../../../shared/mutations/index.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';

/**
 * How a console's own unsent change shows locally before the queue confirms it: the mutation's own effect
 * (shared/mutations/), the one the queue replays, where its check lets it change the ticket. The queue's
 * answer replaces this on the next pull; changes still in the outbox are laid over it again. A mutation that
 * needs the ticket's claim (the AI's decision) shows nothing before: only the queue knows who holds it.
 */
export function ticketAfterLocalChange(ticket: Ticket, mutation: Mutation): Ticket {
  const mutator = mutatorOf(mutation);
  if (mutator.needsClaim || mutator.check?.(mutation, ticket)) return ticket;
  const patched = { ...ticket, ...mutator.patch(mutation, ticket, mutation.createdAt) };
  // Bookkeeping: the ticket does not turn unread or "changed" for the agent who just had it open.
  return mutator.bookkeeping ? patched : { ...patched, updatedAt: mutation.createdAt };
}

/** The message a change adds to the thread; `ticket` (as cached) gives the customer's language for a reopen notice. */
export function messageOfLocalChange(mutation: Mutation, ticket?: Ticket | null): Message | null {
  const mutator = mutatorOf(mutation);
  const message = mutator.needsClaim ? null : (mutator.message?.(mutation, ticket ?? null) ?? null);
  return message && { ...message, ticketId: mutation.ticketId, createdAt: mutation.createdAt, seq: 0 };
}

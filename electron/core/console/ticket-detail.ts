import type { TicketDetail } from '../../../shared/api/console-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { TicketCache } from '../store/ticket-cache.js';

/** A ticket as the console shows it: the ticket, its messages (pending ones too) and its refused changes. */
export function ticketDetail(cache: TicketCache, ticketId: string): Result<TicketDetail> {
  const ticket = cache.getTicket(ticketId);
  if (!ticket) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
  return ok({
    ticket,
    messages: cache.listMessages(ticketId),
    unsent: cache.listUnsent(ticketId),
  });
}

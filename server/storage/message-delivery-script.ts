import type { MessageDelivery, Ticket } from '../../shared/domain/ticket.js';
import { perform, type Script } from './store-operations.js';
import { ticketFromRow } from './ticket-rows.js';
import { writeTicketChange } from './ticket-scripts.js';

/**
 * Writes a reply's delivery (the one model of every channel) with a new feed number, then moves its ticket's seq
 * quietly (no new activity for the inbox), so consoles syncing the changes feed see the delivery change. Null when
 * the ticket is gone. The caller holds the tenant's feed lock.
 */
export function* writeMessageDelivery(
  tenantId: string,
  ticketId: string,
  messageId: string,
  delivery: MessageDelivery,
  now: Date,
): Script<Ticket | null> {
  const seq = yield* perform('nextSeq', tenantId);
  yield* perform('updateMessageDelivery', tenantId, messageId, JSON.stringify(delivery), seq);
  const ticketRow = yield* perform('ticketRow', tenantId, ticketId, true);
  if (!ticketRow) return null;
  return yield* writeTicketChange(ticketFromRow(ticketRow), { patch: {}, message: null, quiet: true }, now);
}

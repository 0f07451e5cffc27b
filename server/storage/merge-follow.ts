import { perform, type Script } from './store-operations.js';
import type { TicketRow } from './ticket-rows.js';

/** How many merge pointers a customer's message follows at most (a merged ticket's target merged on, and so on). */
export const MAX_MERGE_HOPS = 8;

/**
 * The ticket a customer's message on `ticketId` lands on: the ticket itself, or the one it was merged into (following
 * the pointers up to MAX_MERGE_HOPS), so an email thread, a chat conversation or a generic channel's conversation of a
 * merged ticket continues on its target. Null when the tenant has no such ticket.
 */
export function* currentTicketRow(tenantId: string, ticketId: string, lock: boolean): Script<TicketRow | null> {
  let row = yield* perform('ticketRow', tenantId, ticketId, lock);
  for (let hop = 0; row?.merged_into && hop < MAX_MERGE_HOPS; hop += 1) {
    const target = yield* perform('ticketRow', tenantId, row.merged_into, lock);
    if (!target) break;
    row = target;
  }
  return row;
}

import { AI_RESOLVED_LIST_LIMIT, ReviewQuerySchema } from '../../../shared/api/console-contract.js';
import { ok } from '../../../shared/result.js';
import type { TicketCache } from '../store/ticket-cache.js';
import type { HandlerGroup } from './handler-table.js';
import { ticketDetail } from './ticket-detail.js';

export interface TicketReadHandlersOptions {
  cache: TicketCache;
  /** Tells every window the lists changed. */
  ticketsChanged: () => void;
}

/** Tickets as the local cache has them (works offline), and the agent's dismissal of a change the queue refused. */
export function ticketReadHandlers({ cache, ticketsChanged }: TicketReadHandlersOptions) {
  return {
    async listInbox() {
      return ok(cache.listByStatus('escalated'));
    },

    async listAiResolved() {
      return ok(cache.listNewestByStatus('ai_resolved', AI_RESOLVED_LIST_LIMIT));
    },

    async getTicket(input) {
      return ticketDetail(cache, input.ticketId);
    },

    async searchTickets(input) {
      const query = ReviewQuerySchema.parse(input);
      return ok({ hits: cache.search(query), ...cache.facets(), cachedTickets: cache.countTickets() });
    },

    async dismissUnsent(input) {
      const dismissed = cache.deleteUnsent(input.id);
      if (dismissed) ticketsChanged();
      return ok({ dismissed });
    },
  } satisfies HandlerGroup;
}

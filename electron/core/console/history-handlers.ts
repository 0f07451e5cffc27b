import type { ConsoleTicketHistory } from '../../../shared/api/console-contract.js';
import type { TicketHistory } from '../../../shared/api/ticket-history.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { HandlerGroup } from './handler-table.js';

/** How many ticket histories a console keeps in memory for offline reading. */
const HISTORY_COPIES = 50;

/**
 * A ticket's audit trail, asked of the queue; the copies fetched on this run (newest last) answer while the queue
 * cannot be reached. Without `fetchHistory` (no queue to ask) it is not_supported.
 */
export function historyHandlers(
  fetchHistory: ((ticketId: string) => Promise<Result<TicketHistory>>) | undefined,
  now: () => Date,
) {
  const histories = new Map<string, ConsoleTicketHistory>();
  return {
    async getTicketHistory(input) {
      if (!fetchHistory) return fail('not_supported', 'This console has no queue to ask for ticket history.');
      const answer = await fetchHistory(input.ticketId);
      if (answer.ok) {
        const fresh = { ...answer.value, fetchedAt: now().toISOString(), fromCache: false };
        histories.delete(input.ticketId);
        histories.set(input.ticketId, fresh);
        if (histories.size > HISTORY_COPIES) histories.delete(histories.keys().next().value ?? '');
        return ok(fresh);
      }
      const copy = histories.get(input.ticketId);
      if (answer.error.code === 'queue_unreachable') {
        if (copy) return ok({ ...copy, fromCache: true });
        return fail(
          'needs_network',
          'The ticket history is kept by the central queue, which cannot be reached now; it shows again once the console is online.',
        );
      }
      return answer;
    },
  } satisfies HandlerGroup;
}

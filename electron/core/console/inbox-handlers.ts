import { fail, ok } from '../../../shared/result.js';
import type { InboxQueries } from '../store/inbox-queries.js';
import type { HandlerGroup } from './handler-table.js';

/** The agent's windowed inbox and what it has read; without the inbox queries a window is not_supported. */
export function inboxHandlers(inbox: InboxQueries | undefined, now: () => Date) {
  return {
    async listInboxWindow(input) {
      if (!inbox) return fail('not_supported', 'This console has no windowed inbox.');
      return ok(inbox.window(input, now()));
    },

    async markRead(input) {
      return ok({ read: inbox?.recordSeen(input.ticketId) ?? false });
    },
  } satisfies HandlerGroup;
}

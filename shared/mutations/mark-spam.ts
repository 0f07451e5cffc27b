import type { z } from 'zod';
import type { TicketStatus } from '../domain/ticket.js';
import { agentMessage, CONSOLE_ROLES, defineMutator, rejectedIf } from './mutator.js';
import { mutationSchema, versionedChangeFields } from './wire-fields.js';

/** Closes a ticket a human holds as spam: it is resolved without a reply, and an internal note says so. */
export const MarkSpamMutationSchema = mutationSchema('mark_spam', versionedChangeFields);
export type MarkSpamMutation = z.infer<typeof MarkSpamMutationSchema>;

/** The statuses that refuse it, each with what to do instead. */
const REFUSED_IN: Partial<Record<TicketStatus, string>> = {
  new: 'A new ticket is with the AI; it can be marked as spam once the AI hands it to a person.',
  ai_resolved: 'The AI resolved this ticket; a team lead can reopen it after review, and then mark it as spam.',
};

/** Not named markSpam: that is the console method, named only by its contract, handler and caller. */
export const markAsSpam = defineMutator(MarkSpamMutationSchema, {
  roles: CONSOLE_ROLES,
  check: (_marked, { status }) => {
    const refused = REFUSED_IN[status];
    return rejectedIf(refused !== undefined, refused ?? '');
  },
  patch: () => ({ status: 'resolved', humanTouched: true, snoozedUntil: null }),
  message: (marked) => agentMessage(marked, 'Marked as spam.'),
  clearsClaim: true,
  handling: () => 'resolve',
});

import { z } from 'zod';
import { agentMessage, CONSOLE_ROLES, defineMutator, rejectedIf } from './mutator.js';
import { agentChangeFields, mutationSchema } from './wire-fields.js';

/** Keeps the ticket out of the inbox until `until` (null wakes it now); a customer message wakes it too. */
export const SnoozeMutationSchema = mutationSchema('snooze', {
  ...agentChangeFields,
  until: z.string().datetime({ offset: true }).nullable(),
});
export type SnoozeMutation = z.infer<typeof SnoozeMutationSchema>;

export const snooze = defineMutator(SnoozeMutationSchema, {
  roles: CONSOLE_ROLES,
  check: (_snoozed, ticket) =>
    rejectedIf(ticket.status === 'new', 'A new ticket is with the AI; only tickets a human holds can be snoozed.'),
  patch: (snoozed) => ({ snoozedUntil: snoozed.until }),
  message: ({ until, ...snoozed }) =>
    agentMessage(snoozed, until === null ? 'Woken from snooze.' : `Snoozed until ${until}.`),
});

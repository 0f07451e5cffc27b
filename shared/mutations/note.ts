import { z } from 'zod';
import { MAX_NOTE_MENTIONS, MessageTextSchema } from '../domain/ticket.js';
import { UserIdSchema } from '../api/identity-contract.js';
import { agentMessage, CONSOLE_ROLES, defineMutator } from './mutator.js';
import { agentChangeFields, mutationSchema } from './wire-fields.js';

export const NoteMutationSchema = mutationSchema('note', {
  ...agentChangeFields,
  text: MessageTextSchema,
  /** The users the note mentions with `@` (ids; issue 19): the queue keeps those of the tenant's users only. */
  mentions: z.array(UserIdSchema).max(MAX_NOTE_MENTIONS).optional(),
});
export type NoteMutation = z.infer<typeof NoteMutationSchema>;

/** An internal note for colleagues: allowed on any ticket, it changes nothing but the thread. */
export const note = defineMutator(NoteMutationSchema, {
  roles: CONSOLE_ROLES,
  patch: () => ({}),
  message: (added) => ({
    ...agentMessage(added, added.text),
    ...(added.mentions?.length ? { mentions: added.mentions } : {}),
  }),
  kept: (added) => ({ kind: 'note', text: added.text, resolve: false }),
});

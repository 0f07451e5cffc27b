import { z } from 'zod';
import { MessageTextSchema } from '../domain/ticket.js';
import { agentMessage, CONSOLE_ROLES, defineMutator } from './mutator.js';
import { agentChangeFields, mutationSchema } from './wire-fields.js';

export const NoteMutationSchema = mutationSchema('note', { ...agentChangeFields, text: MessageTextSchema });
export type NoteMutation = z.infer<typeof NoteMutationSchema>;

/** An internal note for colleagues: allowed on any ticket, it changes nothing but the thread. */
export const note = defineMutator(NoteMutationSchema, {
  roles: CONSOLE_ROLES,
  patch: () => ({}),
  message: (added) => agentMessage(added, added.text),
  kept: (added) => ({ kind: 'note', text: added.text, resolve: false }),
});

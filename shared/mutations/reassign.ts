import { z } from 'zod';
import { agentMessage, CONSOLE_ROLES, defineMutator } from './mutator.js';
import { mutationSchema, QueueIdSchema, versionedChangeFields } from './wire-fields.js';

/** Moves a ticket to another owner queue; recorded in the thread as an internal note. */
export const ReassignMutationSchema = mutationSchema('reassign', {
  ...versionedChangeFields,
  ownerQueue: QueueIdSchema,
});
export type ReassignMutation = z.infer<typeof ReassignMutationSchema>;

export const reassign = defineMutator(ReassignMutationSchema, {
  roles: CONSOLE_ROLES,
  patch: (moved) => ({ ownerQueue: moved.ownerQueue, humanTouched: true }),
  message: (moved) => agentMessage(moved, `Reassigned to ${moved.ownerQueue}.`),
  handling: () => 'reassign',
  kept: (moved) => ({ kind: 'reassign', text: moved.ownerQueue, resolve: false }),
});

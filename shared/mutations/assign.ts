import { z } from 'zod';
import { agentMessage, CONSOLE_ROLES, defineMutator } from './mutator.js';
import { mutationSchema, versionedChangeFields } from './wire-fields.js';

/** An agent takes the ticket (assign to me): the AI only drafts for it from then on. */
export const AssignMutationSchema = mutationSchema('assign', {
  ...versionedChangeFields,
  assignee: z.string().trim().min(1).max(200),
});
export type AssignMutation = z.infer<typeof AssignMutationSchema>;

export const assign = defineMutator(AssignMutationSchema, {
  roles: CONSOLE_ROLES,
  patch: (taken) => ({ assignee: taken.assignee, humanTouched: true }),
  message: (taken) => agentMessage(taken, `Assigned to ${taken.assignee}.`),
});

import { z } from 'zod';
import { agentMessage, CONSOLE_ROLES, defineMutator, rejectedIf } from './mutator.js';
import { mutationSchema, versionedChangeFields } from './wire-fields.js';

/**
 * Hands the ticket back to the AI: the one explicit exception to "once a human took it, the AI only
 * drafts". The ticket becomes new and not human-owned, so an autopilot claims and answers it again.
 */
export const HandbackMutationSchema = mutationSchema('handback', versionedChangeFields);
export type HandbackMutation = z.infer<typeof HandbackMutationSchema>;

export const handback = defineMutator(HandbackMutationSchema, {
  roles: CONSOLE_ROLES,
  check: (_handback, { status }) =>
    rejectedIf(
      status === 'new' || status === 'ai_resolved',
      `The ticket is ${status === 'new' ? 'already with the AI' : 'resolved by the AI'}; there is nothing to hand back.`,
    ),
  // The explicit exception to "the AI only drafts once a human took it": the agent asked for it.
  patch: () => ({
    status: 'new',
    humanTouched: false,
    escalation: null,
    aiDraft: null,
    assignee: null,
    snoozedUntil: null,
  }),
  message: (handedBack) => agentMessage(handedBack, 'Handed back to the AI.'),
  clearsClaim: true,
});

import { z } from 'zod';
import { REOPEN_RULE_ID, reopenNotice } from '../domain/reopen-notice.js';
import type { Ticket } from '../domain/ticket.js';
import { agentMessage, CONSOLE_ROLES, defineMutator, rejectedIf } from './mutator.js';
import { agentChangeFields, mutationSchema, QueueIdSchema, ReasonTextSchema } from './wire-fields.js';

/**
 * Puts a resolved (agent, lead, admin) or AI-resolved (lead, admin) ticket back in front of a human:
 * escalated to its owner queue, with a public message telling the customer a person follows up.
 * Which roles may reopen which status is the role gate's rule on leaving `ai_resolved` (server/auth/mutation-roles.ts).
 */
export const ReopenMutationSchema = mutationSchema('reopen', {
  ...agentChangeFields,
  reason: ReasonTextSchema,
  /** Owner queue for a ticket that has none (AI-resolved ones): the tenant's catch-all. The ticket's own queue wins. */
  ownerQueue: QueueIdSchema.optional(),
});
export type ReopenMutation = z.infer<typeof ReopenMutationSchema>;

/** The queue a reopened ticket goes to: its own, else the catch-all sent with the reopen. */
const ownerQueueAfter = (reopened: Pick<ReopenMutation, 'ownerQueue'>, ticket: Ticket): string | null =>
  ticket.ownerQueue ?? reopened.ownerQueue ?? null;

/**
 * Back in front of a human: escalated (so it is in the agents' inbox) to the ticket's owner queue or the
 * catch-all the console sends; human-touched so the AI only drafts from now on; and a public message, in the
 * customer's language, telling them a person follows up.
 */
export const reopen = defineMutator(ReopenMutationSchema, {
  roles: CONSOLE_ROLES,
  check: (reopened, ticket) =>
    rejectedIf(
      ticket.status !== 'resolved' && ticket.status !== 'ai_resolved',
      `The ticket is ${ticket.status}, not resolved; only resolved or AI-resolved tickets can be reopened.`,
    ) ??
    rejectedIf(
      ownerQueueAfter(reopened, ticket) === null,
      "The ticket has no owner queue; send the tenant's catch-all queue with the reopen so a human owns it.",
    ),
  patch: (reopened, ticket) => ({
    status: 'escalated',
    humanTouched: true,
    ownerQueue: ownerQueueAfter(reopened, ticket),
    escalation: { code: 'reopened', ruleId: REOPEN_RULE_ID, detail: reopened.reason },
  }),
  message: (reopened, ticket) => agentMessage(reopened, reopenNotice(ticket?.language ?? null), 'reply'),
  clearsClaim: true,
  kept: (reopened) => ({ kind: 'reopen', text: reopened.reason, resolve: false }),
});

import type { ReopenMutation, ReviewMutation } from '../../shared/api/mutations.js';
import { REOPEN_RULE_ID, reopenNotice } from '../../shared/domain/reopen-notice.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import type { MutationPlan } from './mutation-plan.js';

/** A lead's verdict: recorded on the ticket (the latest wins; the audit trail keeps every one). */
export function planReview(mutation: ReviewMutation, ticket: Ticket, now: Date): MutationPlan {
  if (ticket.status === 'new')
    return { kind: 'rejected', error: 'The ticket is new: nobody has handled it yet, so there is nothing to review.' };
  return {
    kind: 'apply',
    patch: {
      review: {
        verdict: mutation.verdict,
        reason: mutation.reason ?? null,
        by: mutation.reviewerName,
        at: now.toISOString(),
      },
    },
    message: null,
    clearClaim: false,
  };
}

/**
 * Back in front of a human: escalated (so it is in the agents' inbox) to the ticket's owner queue or,
 * for an AI-resolved ticket that has none, the catch-all queue the console sends; human-touched so the
 * AI only drafts from now on; and a public message telling the customer a person follows up.
 * Which roles may reopen which status is decided by the role gate (server/auth/mutation-roles.ts).
 */
export function planReopen(mutation: ReopenMutation, ticket: Ticket, messageExists: boolean): MutationPlan {
  if (messageExists) return { kind: 'duplicate' };
  if (ticket.status !== 'resolved' && ticket.status !== 'ai_resolved') {
    return {
      kind: 'rejected',
      error: `The ticket is ${ticket.status}, not resolved; only resolved or AI-resolved tickets can be reopened.`,
    };
  }
  const ownerQueue = ticket.ownerQueue ?? mutation.ownerQueue ?? null;
  if (ownerQueue === null) {
    return {
      kind: 'rejected',
      error: "The ticket has no owner queue; send the tenant's catch-all queue with the reopen so a human owns it.",
    };
  }
  return {
    kind: 'apply',
    patch: {
      status: 'escalated',
      humanTouched: true,
      ownerQueue,
      escalation: { code: 'reopened', ruleId: REOPEN_RULE_ID, detail: mutation.reason },
    },
    message: {
      id: mutation.messageId,
      author: 'agent',
      authorName: mutation.agentName,
      kind: 'reply',
      text: reopenNotice(ticket.language),
    },
    clearClaim: true,
  };
}

import type { Mutation } from '../../shared/api/mutations.js';
import type { Role } from '../../shared/api/queue-contract.js';
import type { MutationGate } from '../storage/queue-store.js';

/** Which roles may push each mutation type. */
export const MUTATION_ROLES: Record<Mutation['type'], readonly Role[]> = {
  agent_reply: ['agent', 'lead', 'admin'],
  note: ['agent', 'lead', 'admin'],
  ai_decision: ['autopilot', 'admin'],
  reassign: ['agent', 'lead', 'admin'],
  assign: ['agent', 'lead', 'admin'],
  snooze: ['agent', 'lead', 'admin'],
  handback: ['agent', 'lead', 'admin'],
  review: ['lead', 'admin'],
  reopen: ['agent', 'lead', 'admin'],
  handle_time: ['agent', 'lead', 'admin'],
};

/** Who may overrule the AI after the fact (reopen an AI-resolved ticket). */
const LEADS: readonly Role[] = ['lead', 'admin'];

/**
 * A mutation the caller's role may not push is `rejected` (and counted as processed) rather than
 * failing the whole push with 403, so one bad entry never wedges a console's outbox.
 */
export function roleGate(role: Role): MutationGate {
  return (mutation, ticket) => {
    const allowed = MUTATION_ROLES[mutation.type];
    if (!allowed.includes(role)) return `A ${role} token may not push ${mutation.type} mutations; it needs one of: ${allowed.join(', ')}.`;
    if (mutation.type === 'reopen' && ticket?.status === 'ai_resolved' && !LEADS.includes(role)) {
      return `A ${role} token may not reopen a ticket the AI resolved; that is a team lead's review (lead or admin).`;
    }
    return null;
  };
}

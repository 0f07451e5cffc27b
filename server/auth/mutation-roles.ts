import type { Mutation } from '../../shared/api/mutations.js';
import type { Role } from '../../shared/api/queue-contract.js';
import type { MutationGate } from '../storage/queue-store.js';

/** Which roles may push each mutation type. */
export const MUTATION_ROLES: Record<Mutation['type'], readonly Role[]> = {
  agent_reply: ['agent', 'lead', 'admin'],
  note: ['agent', 'lead', 'admin'],
  ai_decision: ['autopilot', 'admin'],
  reassign: ['agent', 'lead', 'admin'],
};

/**
 * A mutation the caller's role may not push is `rejected` (and counted as processed) rather than
 * failing the whole push with 403, so one bad entry never wedges a console's outbox.
 */
export function roleGate(role: Role): MutationGate {
  return (mutation) => {
    const allowed = MUTATION_ROLES[mutation.type];
    return allowed.includes(role) ? null : `A ${role} token may not push ${mutation.type} mutations; it needs one of: ${allowed.join(', ')}.`;
  };
}

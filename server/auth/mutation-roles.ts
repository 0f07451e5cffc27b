import type { Role } from '../../shared/api/queue-contract.js';
import { LEAD_ROLES, mayOverruleAi } from '../../shared/api/whoami.js';
import { mutatorOf } from '../../shared/mutations/index.js';
import type { MutationGate } from '../storage/queue-store.js';

/**
 * A mutation the caller's role may not push (its `roles` in shared/mutations/) is `rejected` (and counted as
 * processed) rather than failing the whole push with 403, so one bad entry never wedges a console's outbox.
 * Besides the type, the gate judges the status change the mutation would make: only leads overrule
 * the AI, so no other role takes a ticket out of `ai_resolved` by any mutation (a reply, a
 * send-and-resolve, a reopen), whatever came before it.
 */
export function roleGate(role: Role): MutationGate {
  return (mutation, _ticket, transition) => {
    const allowed = mutatorOf(mutation).roles;
    if (!allowed.includes(role))
      return `A ${role} token may not push ${mutation.type} mutations; it needs one of: ${allowed.join(', ')}.`;
    if (transition?.from === 'ai_resolved' && !mayOverruleAi(role)) {
      return `A ${role} token may not move a ticket the AI resolved (ai_resolved -> ${transition.to}): overruling the AI is a team lead's review (${LEAD_ROLES.join(' or ')}).`;
    }
    return null;
  };
}

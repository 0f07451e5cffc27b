import type { AiDecision } from '../shared/domain/decision.js';
import type { EscalationRule } from '../shared/domain/tenant.js';
import type { Ticket } from '../shared/domain/ticket.js';
import { chooseOwner } from '../shared/escalation-rules.js';

/** When the engine itself fails, the ticket still goes to a human owner, with the failure as reason. */
export function escalationForEngineFailure(
  rules: readonly EscalationRule[],
  ticket: Ticket,
  error: unknown,
  latencyMs: number,
): AiDecision {
  const rule = chooseOwner(rules, {
    reason: 'model_error',
    intent: ticket.intent,
    language: ticket.language,
    tier: ticket.customer.tier,
    tags: ticket.tags ?? [],
  });
  const why = error instanceof Error ? error.message : String(error);
  return {
    action: 'escalate',
    language: ticket.language,
    intent: ticket.intent,
    confidence: null,
    ownerQueue: rule.ownerQueue,
    escalation: {
      code: 'model_error',
      ruleId: rule.id,
      detail: `The AI engine failed on this ticket: ${why.slice(0, 500)}`,
    },
    draft: null,
    summary: null,
    engine: 'builtin',
    latencyMs,
  };
}

import type { EscalationReasonCode, Message, Ticket } from '../../../shared/domain/ticket.js';
import { chooseOwner, forcedEscalation, type TicketFacts } from '../../../shared/escalation-rules.js';
import type { RuleOutcome } from '../../../shared/rules/rules-preview.js';
import { largestAmount } from '../../../engine/amounts.js';
import { answerChecks } from '../../../engine/answer-checks.js';
import type { EngineTenant } from '../../../engine/engine-tenant.js';
import { detectSignals } from '../../../engine/signals.js';

/**
 * Reasons settled before forcing rules are looked at (signals, a human owner, an engine failure, a
 * reopen by a person, the model's outcome): only the owner queue can change for them.
 */
const SETTLED_BEFORE_RULES: ReadonlySet<string> = new Set([
  'human_requested',
  'complaint',
  'human_owned',
  'model_error',
  'reopened',
  // The routing layer's: what the model answered or could not (budget, drift) is not replayed, only its owner.
  'ungrounded',
  'integration_drift',
  'budget_exhausted',
]);

/** What the AI decided for a ticket, as stored on it; null while undecided. */
export function actualOutcome(ticket: Ticket): RuleOutcome | null {
  if (ticket.escalation)
    return {
      action: 'escalate',
      ownerQueue: ticket.ownerQueue ?? '',
      ruleId: ticket.escalation.ruleId,
      code: ticket.escalation.code,
    };
  if (ticket.status === 'new') return null;
  // Closed or pending without an escalation: the AI answered it (a human may have followed up).
  return { action: 'resolve' };
}

/** The customer's first message (what the AI decided on), or the subject when the thread has none. */
export function firstCustomerText(
  ticket: Ticket,
  messages: readonly Pick<Message, 'author' | 'kind' | 'text'>[],
): string {
  return messages.find((m) => m.author === 'customer' && m.kind === 'reply')?.text.trim() || ticket.subject.trim();
}

/**
 * The decision inputs of a ticket. Language, intent, confidence and tier are stored on the ticket
 * (they are what the AI concluded at the time); amount, keywords and sentiment come from the
 * customer's first message through the built-in engine's own stages (amounts, signal phrases), which
 * are deterministic. A stored complaint escalation counts as negative sentiment.
 */
export function storedFacts(ticket: Ticket, text: string, needsSentiment = true): TicketFacts {
  // Signal phrases for 40 languages are the costly stage: skipped when no rule looks at sentiment.
  const complains =
    ticket.escalation?.code === 'complaint' ||
    (needsSentiment && detectSignals(text).some((s) => s.kind === 'complaint'));
  return {
    intent: ticket.intent,
    language: ticket.language,
    tier: ticket.customer.tier,
    confidence: ticket.confidence,
    sentiment: complains ? 'negative' : 'neutral',
    amount: text ? largestAmount(text) : null,
    text,
    tags: ticket.tags ?? [],
  };
}

/**
 * What the engine would have decided with the tenant's (changed) rules, replayed from the ticket's
 * stored decision and inputs in the engine's order: reasons settled before the rules keep their
 * reason and only get a new owner; a forcing rule wins next; a ticket no rule forces keeps its
 * stored outcome, unless a rule had forced it, in which case the engine's last stage is replayed.
 */
export function replayOutcome(
  tenant: EngineTenant,
  ticket: Ticket,
  actual: RuleOutcome,
  facts: TicketFacts,
): RuleOutcome {
  const rules = tenant.escalationRules;
  const escalateFor = (code: EscalationReasonCode): RuleOutcome => {
    const rule = chooseOwner(rules, { reason: code, ...facts });
    return { action: 'escalate', ownerQueue: rule.ownerQueue, ruleId: rule.id, code };
  };
  if (actual.action === 'escalate' && (SETTLED_BEFORE_RULES.has(actual.code) || !facts.text))
    return escalateFor(actual.code);
  const forced = forcedEscalation(rules, facts);
  if (forced) return { action: 'escalate', ownerQueue: forced.ownerQueue, ruleId: forced.id, code: 'rule' };
  if (actual.action === 'resolve') return actual;
  if (actual.code !== 'rule') return escalateFor(actual.code);
  const verdict = answerChecks(
    tenant,
    tenant.knowledgeBase,
    { language: ticket.language, intent: ticket.intent, confidence: ticket.confidence },
    'replayed for the rules preview',
  );
  return verdict.action === 'resolve' ? { action: 'resolve' } : escalateFor(verdict.code);
}

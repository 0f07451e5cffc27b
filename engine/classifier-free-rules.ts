/**
 * Escalation rules read before the intent classifier is ready (the built-in engine's first start trains it).
 * The classifier gives the intent and its confidence, and can still find a complaint the customer's words did
 * not show (so the sentiment too, unless it is already negative). A rule is picked now only when no answer of
 * the classifier could change the pick: every earlier rule fails on facts already known, and the rule itself
 * tests none of the classifier's facts. Otherwise the answer is null and the ticket waits for the classifier.
 */
import type { EscalationRule } from '../shared/domain/tenant.js';
import type { EscalationReasonCode } from '../shared/domain/ticket.js';
import { ruleMatches, type TicketFacts } from '../shared/escalation-rules.js';

type KnownFacts = TicketFacts & { reason?: EscalationReasonCode };

/** Whether the rule tests a fact only the classifier can still give or change. */
function testsClassifierFacts(rule: EscalationRule, sentimentKnown: boolean): boolean {
  const w = rule.when;
  return (
    Boolean(w.intents?.length) ||
    w.minConfidence !== undefined ||
    w.maxConfidence !== undefined ||
    (!sentimentKnown && Boolean(w.sentiments?.length))
  );
}

/** Whether the rule holds for some answer of the classifier: its other conditions hold on the known facts. */
function couldHold(rule: EscalationRule, facts: KnownFacts, sentimentKnown: boolean): boolean {
  const { intents: _intents, minConfidence: _min, maxConfidence: _max, sentiments, ...known } = rule.when;
  return ruleMatches({ ...rule, when: sentimentKnown && sentiments ? { ...known, sentiments } : known }, facts);
}

function firstCertainRule(rules: readonly EscalationRule[], facts: KnownFacts): EscalationRule | null {
  // Only a complaint turns the sentiment negative, and more evidence never takes it back.
  const sentimentKnown = facts.sentiment === 'negative';
  const first = rules.find((rule) => couldHold(rule, facts, sentimentKnown));
  return first && !testsClassifierFacts(first, sentimentKnown) ? first : null;
}

/** chooseOwner for an escalation decided before the classifier is ready; null when its answer could change the owner. */
export function ownerBeforeClassifier(
  rules: readonly EscalationRule[],
  facts: KnownFacts & { reason: EscalationReasonCode },
): EscalationRule | null {
  return firstCertainRule(rules, facts);
}

/** forcedEscalation before the classifier is ready; null when no rule forces it for sure (one still might, once classified). */
export function forcedEscalationBeforeClassifier(
  rules: readonly EscalationRule[],
  facts: TicketFacts,
): EscalationRule | null {
  return firstCertainRule(
    rules.filter((rule) => rule.escalate && !rule.when.reasons?.length),
    facts,
  );
}

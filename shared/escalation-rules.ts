import type { EscalationReasonCode } from './domain/ticket.js';
import type { EscalationRule } from './domain/tenant.js';
import { fail, ok, type Result } from './result.js';

export interface EscalationFacts {
  reason: EscalationReasonCode;
  intent: string | null;
  language: string | null;
  tier: string;
}

function isCatchAll(rule: EscalationRule): boolean {
  const w = rule.when;
  return !w.reasons?.length && !w.intents?.length && !w.languages?.length && !w.tiers?.length;
}

/** A rule set is usable only if every escalation has a human owner: it must end with a catch-all. */
export function validateRuleSet(rules: readonly EscalationRule[], queueIds: readonly string[]): Result<void> {
  const last = rules.at(-1);
  if (!last || !isCatchAll(last)) {
    return fail('rules_without_catch_all', 'The escalation rules must end with a catch-all rule (no conditions) that names an owner queue, so every escalation has a human owner.');
  }
  const unknown = rules.find((r) => !queueIds.includes(r.ownerQueue));
  if (unknown) return fail('rules_unknown_queue', `Rule "${unknown.id}" sends escalations to queue "${unknown.ownerQueue}", which does not exist.`);
  return ok(undefined);
}

function matches(list: readonly string[] | undefined, value: string | null): boolean {
  return !list?.length || (value !== null && list.includes(value));
}

/** The first rule whose conditions all hold; the catch-all guarantees one. */
export function chooseOwner(rules: readonly EscalationRule[], facts: EscalationFacts): EscalationRule {
  const rule = rules.find(
    (r) =>
      matches(r.when.reasons, facts.reason) &&
      matches(r.when.intents, facts.intent) &&
      matches(r.when.languages, facts.language) &&
      matches(r.when.tiers, facts.tier),
  );
  if (!rule) throw new Error('Escalation rules have no catch-all; validateRuleSet must run before chooseOwner.');
  return rule;
}

import type { EscalationReasonCode } from './domain/ticket.js';
import type { EscalationRule, Sentiment } from './domain/tenant.js';
import { fail, ok, type Result } from './result.js';

export interface EscalationFacts {
  reason: EscalationReasonCode;
  intent: string | null;
  language: string | null;
  tier: string;
  /** The intent's calibrated confidence, when known. */
  confidence?: number | null;
  sentiment?: Sentiment | null;
  /** The largest money amount mentioned in the customer's text, when there is one. */
  amount?: number | null;
  /** The customer's text, for keyword conditions. */
  text?: string | null;
}

/** The facts a forced-escalation check sees: everything but the reason, which the rule will set. */
export type TicketFacts = Omit<EscalationFacts, 'reason'>;

function conditionCount(rule: EscalationRule): number {
  const w = rule.when;
  return (
    (w.reasons?.length ? 1 : 0) +
    (w.intents?.length ? 1 : 0) +
    (w.languages?.length ? 1 : 0) +
    (w.tiers?.length ? 1 : 0) +
    (w.minConfidence !== undefined ? 1 : 0) +
    (w.maxConfidence !== undefined ? 1 : 0) +
    (w.sentiments?.length ? 1 : 0) +
    (w.minAmount !== undefined ? 1 : 0) +
    (w.maxAmount !== undefined ? 1 : 0) +
    (w.keywords?.length ? 1 : 0)
  );
}

function isCatchAll(rule: EscalationRule): boolean {
  return conditionCount(rule) === 0;
}

/** A rule set is usable only if every escalation has a human owner: it must end with a catch-all. */
export function validateRuleSet(rules: readonly EscalationRule[], queueIds: readonly string[]): Result<void> {
  const last = rules.at(-1);
  if (!last || !isCatchAll(last)) {
    return fail('rules_without_catch_all', 'The escalation rules must end with a catch-all rule (no conditions) that names an owner queue, so every escalation has a human owner.');
  }
  const unknown = rules.find((r) => !queueIds.includes(r.ownerQueue));
  if (unknown) return fail('rules_unknown_queue', `Rule "${unknown.id}" sends escalations to queue "${unknown.ownerQueue}", which does not exist.`);
  const forcing = rules.find((r) => r.escalate && isCatchAll(r));
  if (forcing) return fail('rules_escalate_without_condition', `Rule "${forcing.id}" forces escalation but has no condition; give it at least one (e.g. an intent, an amount or a keyword).`);
  const range = rules.find(
    (r) =>
      (r.when.minConfidence !== undefined && r.when.maxConfidence !== undefined && r.when.minConfidence > r.when.maxConfidence) ||
      (r.when.minAmount !== undefined && r.when.maxAmount !== undefined && r.when.minAmount > r.when.maxAmount),
  );
  if (range) return fail('rules_empty_range', `Rule "${range.id}" can never match: its minimum is above its maximum.`);
  return ok(undefined);
}

function matches(list: readonly string[] | undefined, value: string | null): boolean {
  return !list?.length || (value !== null && list.includes(value));
}

/** Lowercase, accents dropped, runs of non-letters as one space, padded: for keyword search. */
function keywordView(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

function keywordHit(keywords: readonly string[], text: string | null | undefined): boolean {
  if (!text) return false;
  const view = keywordView(text);
  // Words of scripts without spaces (CJK, Thai) are searched anywhere; others as whole words.
  return keywords.some((k) => {
    const key = keywordView(k).trim();
    if (!key) return false;
    return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(key) ? view.includes(key) : view.includes(` ${key} `);
  });
}

/** Whether every condition of the rule holds for these facts (a catch-all always holds). */
export function ruleMatches(rule: EscalationRule, facts: TicketFacts & { reason?: EscalationReasonCode }): boolean {
  const w = rule.when;
  if (w.reasons?.length && (facts.reason === undefined || !w.reasons.includes(facts.reason))) return false;
  if (!matches(w.intents, facts.intent) || !matches(w.languages, facts.language) || !matches(w.tiers, facts.tier)) return false;
  const confidence = facts.confidence ?? null;
  if (w.minConfidence !== undefined && (confidence === null || confidence < w.minConfidence)) return false;
  if (w.maxConfidence !== undefined && (confidence === null || confidence >= w.maxConfidence)) return false;
  if (w.sentiments?.length && !w.sentiments.includes(facts.sentiment ?? 'neutral')) return false;
  const amount = facts.amount ?? null;
  if (w.minAmount !== undefined && (amount === null || amount < w.minAmount)) return false;
  if (w.maxAmount !== undefined && (amount === null || amount > w.maxAmount)) return false;
  if (w.keywords?.length && !keywordHit(w.keywords, facts.text)) return false;
  return true;
}

/** The first rule whose conditions all hold; the catch-all guarantees one. */
export function chooseOwner(rules: readonly EscalationRule[], facts: EscalationFacts): EscalationRule {
  const rule = rules.find((r) => ruleMatches(r, facts));
  if (!rule) throw new Error('Escalation rules have no catch-all; validateRuleSet must run before chooseOwner.');
  return rule;
}

/**
 * The first rule marked `escalate` whose conditions hold for a ticket the AI could otherwise answer
 * (rules that only list reasons never force). Null when no rule forces escalation.
 */
export function forcedEscalation(rules: readonly EscalationRule[], facts: TicketFacts): EscalationRule | null {
  return rules.find((r) => r.escalate && !r.when.reasons?.length && ruleMatches(r, facts)) ?? null;
}

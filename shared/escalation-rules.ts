import type { EscalationReasonCode } from './domain/ticket.js';
import type { EscalationRule, Sentiment } from './domain/tenant.js';
import { fail, ok, type Result } from './result.js';
import { checkRuleSet } from './rules/check-rule-set.js';

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
  /** The ticket's tags, for tag conditions. */
  tags?: readonly string[] | null;
}

/** The facts a forced-escalation check sees: everything but the reason, which the rule will set. */
export type TicketFacts = Omit<EscalationFacts, 'reason'>;

/**
 * A rule set is usable only if every escalation has a human owner: it must end with a catch-all.
 * The first problem checkRuleSet finds, as a Result (engines refuse a tenant with it). `queueIds` null: the
 * tenant's owner queues are not known, so the rules are checked for everything else.
 */
export function validateRuleSet(rules: readonly EscalationRule[], queueIds: readonly string[] | null): Result<void> {
  const check = checkRuleSet(rules, queueIds);
  if (check.ok) return ok(undefined);
  const first = check.issues[0];
  return fail(first?.code ?? 'rules_invalid', first?.message ?? 'The escalation rules are invalid.');
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

/** A rule's keywords as searched: normalised once per keyword list, not once per ticket. */
const searchedKeywords = new WeakMap<readonly string[], ReadonlyArray<{ key: string; anywhere: boolean }>>();

function keywordsOf(keywords: readonly string[]): ReadonlyArray<{ key: string; anywhere: boolean }> {
  let prepared = searchedKeywords.get(keywords);
  if (!prepared) {
    // Words of scripts without spaces (CJK, Thai) are searched anywhere; others as whole words.
    prepared = keywords
      .map((k) => keywordView(k).trim())
      .filter(Boolean)
      .map((key) => ({
        key,
        anywhere: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(key),
      }));
    searchedKeywords.set(keywords, prepared);
  }
  return prepared;
}

function keywordHit(keywords: readonly string[], text: string | null | undefined): boolean {
  if (!text) return false;
  const view = keywordView(text);
  return keywordsOf(keywords).some(({ key, anywhere }) => (anywhere ? view.includes(key) : view.includes(` ${key} `)));
}

/** Whether every condition of the rule holds for these facts (a catch-all always holds). */
export function ruleMatches(rule: EscalationRule, facts: TicketFacts & { reason?: EscalationReasonCode }): boolean {
  const w = rule.when;
  if (w.reasons?.length && (facts.reason === undefined || !w.reasons.includes(facts.reason))) return false;
  if (!matches(w.intents, facts.intent) || !matches(w.languages, facts.language) || !matches(w.tiers, facts.tier))
    return false;
  const confidence = facts.confidence ?? null;
  if (w.minConfidence !== undefined && (confidence === null || confidence < w.minConfidence)) return false;
  if (w.maxConfidence !== undefined && (confidence === null || confidence >= w.maxConfidence)) return false;
  if (w.sentiments?.length && !w.sentiments.includes(facts.sentiment ?? 'neutral')) return false;
  const amount = facts.amount ?? null;
  if (w.minAmount !== undefined && (amount === null || amount < w.minAmount)) return false;
  if (w.maxAmount !== undefined && (amount === null || amount > w.maxAmount)) return false;
  if (w.keywords?.length && !keywordHit(w.keywords, facts.text)) return false;
  if (w.tags?.length && !w.tags.some((tag) => facts.tags?.includes(tag))) return false;
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

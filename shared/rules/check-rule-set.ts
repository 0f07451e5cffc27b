import { EscalationRuleSchema, type EscalationRule } from '../domain/tenant.js';
import type { RuleIssue } from './rule-set.js';

export type RuleSetCheck = { ok: true; rules: EscalationRule[] } | { ok: false; issues: RuleIssue[] };

const ORDINAL = (index: number) => `rule ${index + 1}`;

function label(index: number, id: string | null): string {
  return id ? `Rule "${id}" (${ORDINAL(index)})` : `The ${ORDINAL(index)}`;
}

function rawId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** Number of conditions a rule has; none makes it a catch-all. */
export function conditionCount(rule: EscalationRule): number {
  return Object.values(rule.when).filter((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined))
    .length;
}

export function isCatchAll(rule: EscalationRule): boolean {
  return conditionCount(rule) === 0;
}

/**
 * Checks a rule set as a lead wrote it and lists every problem, each naming its rule and field:
 * shape (shared zod schema), duplicate ids, unknown owner queues, forcing rules with no condition,
 * ranges that can never match, rules hidden behind an earlier catch-all, and above all a missing
 * catch-all at the end (every escalation must have a human owner).
 *
 * `queueIds` null skips the owner-queue check (a queue that has no list of the tenant's queues).
 */
export function checkRuleSet(input: readonly unknown[], queueIds: readonly string[] | null): RuleSetCheck {
  const issues: RuleIssue[] = [];
  const rules: EscalationRule[] = [];
  input.forEach((raw, index) => {
    const parsed = EscalationRuleSchema.safeParse(raw);
    if (parsed.success) {
      rules.push(parsed.data);
      return;
    }
    const id = rawId(raw);
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || null;
      issues.push({
        ruleIndex: index,
        ruleId: id,
        field,
        code: 'rule_invalid',
        message: `${label(index, id)}${field ? `, field "${field}"` : ''}: ${issue.message}`,
      });
    }
  });
  // The set-level checks need every rule's shape; report shape problems alone first.
  if (issues.length > 0) return { ok: false, issues };

  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      issues.push({
        ruleIndex: index,
        ruleId: rule.id,
        field: 'id',
        code: 'rules_duplicate_id',
        message: `${label(index, rule.id)} has the same id as ${ORDINAL(first)}; give each rule its own id.`,
      });
    } else seen.set(rule.id, index);
    if (queueIds !== null && !queueIds.includes(rule.ownerQueue)) {
      issues.push({
        ruleIndex: index,
        ruleId: rule.id,
        field: 'ownerQueue',
        code: 'rules_unknown_queue',
        message: `${label(index, rule.id)} sends escalations to queue "${rule.ownerQueue}", which does not exist (known: ${queueIds.join(', ') || 'none'}).`,
      });
    }
    if (rule.escalate && isCatchAll(rule)) {
      issues.push({
        ruleIndex: index,
        ruleId: rule.id,
        field: 'escalate',
        code: 'rules_escalate_without_condition',
        message: `${label(index, rule.id)} forces escalation but has no condition; give it at least one (e.g. an intent, an amount or a keyword).`,
      });
    }
    const w = rule.when;
    if (w.minConfidence !== undefined && w.maxConfidence !== undefined && w.minConfidence > w.maxConfidence) {
      issues.push({
        ruleIndex: index,
        ruleId: rule.id,
        field: 'when.minConfidence',
        code: 'rules_empty_range',
        message: `${label(index, rule.id)} can never match: its minimum confidence is above its maximum.`,
      });
    }
    if (w.minAmount !== undefined && w.maxAmount !== undefined && w.minAmount > w.maxAmount) {
      issues.push({
        ruleIndex: index,
        ruleId: rule.id,
        field: 'when.minAmount',
        code: 'rules_empty_range',
        message: `${label(index, rule.id)} can never match: its minimum amount is above its maximum.`,
      });
    }
  });

  // A forcing rule without conditions is reported above; it must not also hide the rules after it.
  const firstCatchAll = rules.findIndex((rule) => !rule.escalate && isCatchAll(rule));
  if (firstCatchAll >= 0) {
    rules.slice(firstCatchAll + 1).forEach((rule, offset) => {
      if (rule.escalate) return; // forcing rules are tried on their own, wherever they stand
      const index = firstCatchAll + 1 + offset;
      issues.push({
        ruleIndex: index,
        ruleId: rule.id,
        field: null,
        code: 'rules_unreachable',
        message: `${label(index, rule.id)} comes after the catch-all ${label(firstCatchAll, rules[firstCatchAll]?.id ?? null).replace(/^Rule/, 'rule')} and can never choose an owner; move it above.`,
      });
    });
  }
  const last = rules.at(-1);
  if (!last || !isCatchAll(last)) {
    issues.unshift({
      ruleIndex: null,
      ruleId: null,
      field: null,
      code: 'rules_without_catch_all',
      message:
        'The escalation rules must end with a catch-all rule (no conditions) that names an owner queue, so every escalation has a human owner.',
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rules };
}

import type { EscalationRule } from '../../../../shared/domain/tenant.js';
import type { RuleIssue } from '../../../../shared/rules/rule-set.js';

/** One rule as the editor holds it: lists and numbers as typed, so nothing typed is lost or reformatted. */
export interface RuleForm {
  /** Stable React key, not part of the rule. */
  key: string;
  id: string;
  ownerQueue: string;
  escalate: boolean;
  reasons: string[];
  tiers: string[];
  sentiments: string[];
  intents: string;
  languages: string;
  keywords: string;
  /** Tag ids, comma-separated (issue 19). */
  tags: string;
  minConfidence: string;
  maxConfidence: string;
  minAmount: string;
  maxAmount: string;
}

export type ListField = 'intents' | 'languages' | 'keywords' | 'tags';
export type NumberField = 'minConfidence' | 'maxConfidence' | 'minAmount' | 'maxAmount';
export type ChoiceField = 'reasons' | 'tiers' | 'sentiments';

let nextKey = 0;
const newKey = () => `rule-${++nextKey}`;

/** Comma-separated text as a list, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const joinList = (list: readonly string[] | undefined) => (list ?? []).join(', ');
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function formFromRule(rule: EscalationRule): RuleForm {
  const w = rule.when;
  return {
    key: newKey(),
    id: rule.id,
    ownerQueue: rule.ownerQueue,
    escalate: rule.escalate ?? false,
    reasons: [...(w.reasons ?? [])],
    tiers: [...(w.tiers ?? [])],
    sentiments: [...(w.sentiments ?? [])],
    intents: joinList(w.intents),
    languages: joinList(w.languages),
    keywords: joinList(w.keywords),
    tags: joinList(w.tags),
    minConfidence: numberText(w.minConfidence),
    maxConfidence: numberText(w.maxConfidence),
    minAmount: numberText(w.minAmount),
    maxAmount: numberText(w.maxAmount),
  };
}

export function emptyRuleForm(ownerQueue: string): RuleForm {
  return formFromRule({ id: '', ownerQueue, when: {} });
}

/** A typed number; text that is not one is passed on as text, so validation names the field. */
function numberValue(text: string): number | string | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** The rule as the queue stores it (absent conditions left out); checked by checkRuleSet. */
export function ruleFromForm(form: RuleForm): unknown {
  const when: Record<string, unknown> = {};
  const list = (name: string, values: string[]) => {
    if (values.length > 0) when[name] = values;
  };
  list('reasons', form.reasons);
  list('intents', splitList(form.intents));
  list('languages', splitList(form.languages));
  list('tiers', form.tiers);
  list('sentiments', form.sentiments);
  list('keywords', splitList(form.keywords));
  list('tags', splitList(form.tags));
  for (const name of ['minConfidence', 'maxConfidence', 'minAmount', 'maxAmount'] as const) {
    const value = numberValue(form[name]);
    if (value !== undefined) when[name] = value;
  }
  return { id: form.id.trim(), ownerQueue: form.ownerQueue, ...(form.escalate ? { escalate: true } : {}), when };
}

/** The form field an issue is about ("when.minAmount" -> "minAmount"), or null for the whole rule or set. */
export function issueField(issue: RuleIssue): string | null {
  if (!issue.field) return null;
  const parts = issue.field.split('.');
  return parts[0] === 'when' ? (parts[1] ?? 'when') : (parts[0] ?? null);
}

/** Moves an item one place up (-1) or down (+1); the same list when it cannot move. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

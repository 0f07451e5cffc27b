import { z } from 'zod';
import { EscalationRuleSchema, type EscalationRule } from '../../shared/domain/tenant.js';
import type { RuleIssue, StoredRuleSet } from '../../shared/rules/rule-set.js';
import type { TokenActor } from '../audit/audit-entries.js';

/** A row of escalation_rule_sets, as both engines read it. */
export interface RuleSetRow {
  version: number | string;
  rules_json: string;
  saved_by: string;
  saved_at: string;
}

/** What the queue answers while no lead has saved rules: engines use the tenant's shipped ones. */
export const NO_SAVED_RULES: StoredRuleSet = { version: 0, rules: null, savedAt: null, savedBy: null };

const StoredRulesSchema = z.array(EscalationRuleSchema);

export function ruleSetFromRow(row: RuleSetRow | undefined): StoredRuleSet {
  if (!row) return NO_SAVED_RULES;
  return {
    version: Number(row.version),
    rules: StoredRulesSchema.parse(JSON.parse(row.rules_json)),
    savedAt: row.saved_at,
    savedBy: row.saved_by,
  };
}

/** The row a save writes as `version`. */
export function ruleSetRow(input: SaveRuleSetInput, version: number): RuleSetRow {
  return { version, rules_json: JSON.stringify(input.rules), saved_by: input.savedBy, saved_at: input.savedAt };
}

export interface SaveRuleSetInput {
  tenantId: string;
  rules: readonly EscalationRule[];
  /** The version the lead edited; the save is refused when another was saved since. */
  baseVersion: number;
  savedBy: string;
  savedAt: string;
  /** The token that saved, for the audit trail (`system` when absent). */
  actor?: TokenActor;
}

/**
 * `saved` with the new version, `conflict` with what is stored now, or `invalid` when a rule sends escalations to a
 * queue the tenant does not have (checked under the settings lock, so no queue is deleted meanwhile). Nothing is
 * written unless `saved`.
 */
export type SaveRuleSetResult =
  | { status: 'saved'; ruleSet: StoredRuleSet }
  | { status: 'conflict'; current: StoredRuleSet }
  | { status: 'invalid'; issues: RuleIssue[] };

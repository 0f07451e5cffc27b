import { z } from 'zod';
import { EscalationRuleSchema } from '../domain/tenant.js';

/** Most rules a tenant may keep; far above any real set, it keeps a request and a preview bounded. */
export const MAX_RULES = 200;

/**
 * The tenant's escalation rules as the queue stores them. Version 0 with `rules: null` means no lead
 * has saved any: every engine uses the rules shipped in the tenant's configuration.
 */
export const StoredRuleSetSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  rules: z.array(EscalationRuleSchema).nullable(),
  savedAt: z.string().nullable(),
  /** The name of the token that saved this version. */
  savedBy: z.string().nullable(),
});
export type StoredRuleSet = z.infer<typeof StoredRuleSetSchema>;

/**
 * `PUT /v1/rules`: the whole new rule list, and the version the lead started from. The rules are
 * checked one by one (checkRuleSet) so each error can name its rule and field; here they are only a list.
 */
export const SaveRulesRequestSchema = z.strictObject({
  rules: z.array(z.unknown()).max(MAX_RULES, `A rule set has at most ${MAX_RULES} rules.`),
  baseVersion: z.number().int().nonnegative(),
});

/** The same request as documented in OpenAPI: the rules in their full shape. */
export const SaveRulesDocumentedRequestSchema = z.strictObject({
  rules: z.array(EscalationRuleSchema).max(MAX_RULES),
  baseVersion: z.number().int().nonnegative(),
});

/** One problem of a rule set, precise enough to show next to the rule and field it is about. */
export const RuleIssueSchema = z.strictObject({
  /** Position of the rule in the list (0-based); null for a problem of the whole set. */
  ruleIndex: z.number().int().nonnegative().nullable(),
  ruleId: z.string().nullable(),
  /** The field inside the rule, e.g. "ownerQueue" or "when.minConfidence"; null for the whole rule. */
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type RuleIssue = z.infer<typeof RuleIssueSchema>;

/** `details` of a 400 `rules_invalid` answer. */
export const RuleIssuesDetailsSchema = z.strictObject({ issues: z.array(RuleIssueSchema) });

/** `details` of a 409 `rules_conflict` answer: what is stored now. */
export const RulesConflictDetailsSchema = z.strictObject({ current: StoredRuleSetSchema });

import { z } from 'zod';
import { EscalationRuleSchema } from '../domain/tenant.js';
import { MAX_RULES } from './rule-set.js';
import { RulesPreviewSchema } from './rules-preview.js';

/** What the rules screen opens with: the rules in force and what the editor offers to pick from. */
export const RulesEditorStateSchema = z.strictObject({
  /** The version to save against (0 while the shipped rules are in force). */
  version: z.number().int().nonnegative(),
  rules: z.array(EscalationRuleSchema),
  /** saved: a lead's version from the queue; shipped: the tenant's configuration, nobody saved yet. */
  source: z.enum(['saved', 'shipped']),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
  /** The tenant's owner queues, the only valid `ownerQueue` values. */
  queues: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  /** Intents this tenant knows (knowledge base and rules), offered while typing. */
  intents: z.array(z.string()),
});
export type RulesEditorState = z.infer<typeof RulesEditorStateSchema>;

/** Rules as typed in the editor: checked by the core one by one, so errors name the rule and field. */
const EditedRulesSchema = z.array(z.unknown()).max(MAX_RULES, `A rule set has at most ${MAX_RULES} rules.`);

export const rulesConsoleMethods = {
  /**
   * The rules in force (saved by a lead, else shipped); from the queue, or the last copy seen when offline.
   * Required: a console started without the tenant file (no rules editor) answers not_supported.
   */
  getRules: { input: z.strictObject({}), output: RulesEditorStateSchema },
  /**
   * What the edited rules would have done to the last 7 days of cached tickets, compared with what
   * happened. Fails with `rules_invalid` (details.issues) when the rules cannot be used.
   * Required: a console started without the tenant file (no rules editor) answers not_supported.
   */
  previewRules: { input: z.strictObject({ rules: EditedRulesSchema }), output: RulesPreviewSchema },
  /**
   * Saves a new version (leads only). `rules_invalid` with details.issues, `rules_conflict` with
   * details.current when another lead saved since `baseVersion`; nothing typed is lost either way.
   * Required: a console started without the tenant file (no rules editor) answers not_supported.
   */
  saveRules: {
    input: z.strictObject({ rules: EditedRulesSchema, baseVersion: z.number().int().nonnegative() }),
    output: RulesEditorStateSchema,
  },
} as const;

/**
 * An engine configuration to try without editing the tenant's files (`--engine-override file.json`):
 * a changed resolve threshold, other answerable intents, a knowledge base with answers left out. The
 * suite then shows what the change would do to every figure, and the gate says whether it may ship.
 */
import { z } from 'zod';
import { EscalationRuleSchema, type TenantConfig } from '../shared/domain/tenant.js';
import type { KnowledgeBase } from '../engine/knowledge-base.js';
import { readJsonFile } from './read-json-file.js';

export const EngineOverrideSchema = z.strictObject({
  /** Fields of the tenant configuration to replace. */
  tenant: z
    .strictObject({
      resolveThreshold: z.number().min(0).max(1).optional(),
      /** null drops the per-intent thresholds, so `resolveThreshold` applies to every intent. */
      intentThresholds: z.record(z.string(), z.number().min(0).max(1)).nullable().optional(),
      answerableIntents: z.array(z.string()).optional(),
      escalationRules: z.array(EscalationRuleSchema).min(1).optional(),
    })
    .optional(),
  knowledgeBase: z
    .strictObject({
      /** Answers of these intents are left out. */
      dropIntents: z.array(z.string()).optional(),
      /** Answers in these languages are left out. */
      dropLanguages: z.array(z.string()).optional(),
    })
    .optional(),
});
export type EngineOverride = z.infer<typeof EngineOverrideSchema>;

export class EngineOverrideError extends Error {}

export function readEngineOverride(file: string): EngineOverride {
  const json = readJsonFile(file, 'The engine override', EngineOverrideError);
  const parsed = EngineOverrideSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EngineOverrideError(
      `The engine override ${file} is invalid at "${issue?.path.join('.')}": ${issue?.message}.`,
    );
  }
  return parsed.data;
}

export function applyTenantOverride(tenant: TenantConfig, override: EngineOverride | null): TenantConfig {
  const t = override?.tenant;
  if (!t) return tenant;
  const next: TenantConfig = { ...tenant };
  if (t.resolveThreshold !== undefined) next.resolveThreshold = t.resolveThreshold;
  if (t.intentThresholds === null) delete next.intentThresholds;
  else if (t.intentThresholds !== undefined) next.intentThresholds = t.intentThresholds;
  if (t.answerableIntents !== undefined) next.answerableIntents = t.answerableIntents;
  if (t.escalationRules !== undefined) next.escalationRules = t.escalationRules;
  return next;
}

export function applyKnowledgeBaseOverride(kb: KnowledgeBase, override: EngineOverride | null): KnowledgeBase {
  const drop = override?.knowledgeBase;
  if (!drop) return kb;
  const intents = new Set(drop.dropIntents ?? []);
  const languages = new Set(drop.dropLanguages ?? []);
  return {
    languages: kb.languages.filter((l) => !languages.has(l)),
    intents: kb.intents.filter((i) => !intents.has(i)),
    answer: (intent, language) => (intents.has(intent) || languages.has(language) ? null : kb.answer(intent, language)),
  };
}

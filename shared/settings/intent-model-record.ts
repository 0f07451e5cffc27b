/**
 * The record of a tenant's intent model learned from its history, kept in the queue as the tenant's one
 * `intent_model` setting: every version the autopilot retrained (what it learned from, how it measured, whether it
 * was adopted and why) and the version in use. The autopilot writes it after each retraining and follows it; a lead's
 * undo writes it too (undoneVersions), and the autopilot puts the version it names back in force.
 */
import { z } from 'zod';

/** The record's one item id. */
export const INTENT_MODEL_RECORD_ID = 'current';
/** Versions kept; the oldest beyond it leaves the record (its model file may stay in the autopilot's cache). */
export const MAX_MODEL_VERSIONS = 20;
/** Intents listed per version at most (a tenant's intents; Banking77 has 77). */
export const MAX_RECORDED_INTENTS = 500;

const share = z.number().min(0).max(1);

/** The figures of engine/held-out-figures.ts, on the tenant's held-out labelled tickets. */
export const HeldOutFiguresSchema = z.strictObject({
  n: z.number().int().nonnegative(),
  accuracy: share,
  /** At ≤ 0.8 % wrong. */
  containment: share,
  threshold: share,
});

export const ModelVersionSchema = z.strictObject({
  /** The model's file name in the autopilot's model cache (its examples' hash). */
  model: z.string().regex(/^intent-model-[0-9a-f]{24}\.bin$/),
  trainedAt: z.string().max(40),
  /** Labelled tickets known when it was trained (trained on, plus held out). */
  labelledTickets: z.number().int().nonnegative(),
  /** Labelled tickets trained on (the held-out fifth is not). */
  historyExamples: z.number().int().nonnegative(),
  /** Examples of the tenant's training file and the shipped data trained on as well (0 without one). */
  baseExamples: z.number().int().nonnegative(),
  figures: HeldOutFiguresSchema,
  /** The model in use before, on the same held-out tickets; null when there was none. */
  previousFigures: HeldOutFiguresSchema.nullable(),
  /** The history's examples per intent. */
  intents: z
    .record(z.string().max(100), z.number().int().nonnegative())
    .refine((intents) => Object.keys(intents).length <= MAX_RECORDED_INTENTS, 'Too many intents.'),
  adopted: z.boolean(),
  /** Why it was adopted or not, or that it was undone. */
  verdict: z.string().max(1000),
});
export type ModelVersion = z.infer<typeof ModelVersionSchema>;

export const IntentModelRecordSchema = z.strictObject({
  /** The version in use (its model); null: the tenant's model from its training file, or none. */
  inUse: ModelVersionSchema.shape.model.nullable(),
  versions: z.array(ModelVersionSchema).max(MAX_MODEL_VERSIONS),
});
export type IntentModelRecord = z.infer<typeof IntentModelRecordSchema>;

export const EMPTY_INTENT_MODEL_RECORD: IntentModelRecord = { inUse: null, versions: [] };

/** The record with a new version (in use when adopted), the oldest dropped beyond MAX_MODEL_VERSIONS. */
export function withVersion(record: IntentModelRecord, version: ModelVersion): IntentModelRecord {
  return {
    inUse: version.adopted ? version.model : record.inUse,
    versions: [...record.versions.filter((v) => v.model !== version.model), version].slice(-MAX_MODEL_VERSIONS),
  };
}

/** The version in use, when it is one learned from the history (null: the training file's model, or none). */
export function versionInUse(record: IntentModelRecord): ModelVersion | null {
  return record.versions.find((v) => v.model === record.inUse) ?? null;
}

/**
 * Undo: the adopted version before the one in use becomes the one in use (none before it: back to the tenant's
 * model from its training file, or to none). The undone version stays in the record, no longer adopted. Null when
 * there is nothing to undo.
 */
export function undoneVersions(record: IntentModelRecord): IntentModelRecord | null {
  const current = versionInUse(record);
  if (!current) return null;
  const before = record.versions.filter((v) => v.adopted && v.model !== current.model).at(-1);
  return {
    inUse: before?.model ?? null,
    versions: record.versions.map((v) =>
      v.model === current.model ? { ...v, adopted: false, verdict: `Undone. ${v.verdict}` } : v,
    ),
  };
}

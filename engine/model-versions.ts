/**
 * The versions of a tenant's intent model retrained from its history: what each learned from and how it measured,
 * and which one is in use. Kept in the model cache beside the models (a version's model is the cache's file of its
 * examples, so every version stays loadable and a retraining can be undone).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../lib/json-file.js';
import { writeFileAtomically } from '../lib/write-file-atomically.js';

/** Versions kept per tenant; the oldest beyond it is dropped from the record (its model file may stay in the cache). */
export const MAX_MODEL_VERSIONS = 20;

const FiguresSchema = z.strictObject({
  n: z.number().int().nonnegative(),
  accuracy: z.number().min(0).max(1),
  containment: z.number().min(0).max(1),
  threshold: z.number().min(0).max(1),
});

export const ModelVersionSchema = z.strictObject({
  /** The model file in the cache. */
  file: z.string().min(1).max(4096),
  trainedAt: z.string().max(40),
  /** Labelled tickets known when it was trained (trained on, plus held out). */
  labelledTickets: z.number().int().nonnegative(),
  /** Labelled tickets trained on (the held-out fifth is not). */
  historyExamples: z.number().int().nonnegative(),
  /** Examples of the tenant's own training file and shipped data trained on as well (0 without one). */
  baseExamples: z.number().int().nonnegative(),
  /** On the held-out labelled tickets. */
  figures: FiguresSchema,
  /** The model in use before, on the same held-out tickets; null when there was none. */
  previousFigures: FiguresSchema.nullable(),
  /** The history's examples per intent. */
  intents: z.record(z.string().max(100), z.number().int().nonnegative()),
  /** The process that trained it (a child of the autopilot). */
  trainedBy: z.number().int(),
  adopted: z.boolean().default(false),
  /** Why it was adopted or not (engine/model-adoption.ts adoptionVerdict). */
  verdict: z.string().max(1000).default(''),
});
export type ModelVersion = z.infer<typeof ModelVersionSchema>;

export const ModelVersionsSchema = z.strictObject({
  /** The version in use (its file); null: the tenant's model from its training file, or none. */
  inUse: z.string().max(4096).nullable(),
  versions: z.array(ModelVersionSchema).max(MAX_MODEL_VERSIONS),
});
export type ModelVersions = z.infer<typeof ModelVersionsSchema>;

export function modelVersionsFile(cacheDir: string, tenantId: string): string {
  return join(cacheDir, 'history-models', `${encodeURIComponent(tenantId)}.json`);
}

/** A model file's report, written by the child that trained it beside the model. */
export function modelReportFile(modelFile: string): string {
  return `${modelFile}.json`;
}

export function readModelVersions(cacheDir: string, tenantId: string): ModelVersions {
  const file = modelVersionsFile(cacheDir, tenantId);
  return existsSync(file)
    ? readJsonFile(file, ModelVersionsSchema, 'the model versions')
    : { inUse: null, versions: [] };
}

export function writeModelVersions(cacheDir: string, tenantId: string, versions: ModelVersions): void {
  const kept = versions.versions.slice(-MAX_MODEL_VERSIONS);
  writeFileAtomically(
    modelVersionsFile(cacheDir, tenantId),
    `${JSON.stringify({ ...versions, versions: kept }, null, 2)}\n`,
  );
}

/** The record with a new version; in use when adopted. */
export function withVersion(record: ModelVersions, version: ModelVersion): ModelVersions {
  return {
    inUse: version.adopted ? version.file : record.inUse,
    versions: [...record.versions.filter((v) => v.file !== version.file), version],
  };
}

/**
 * Undo: the adopted version before the one in use becomes the one in use (null: back to the tenant's model from its
 * training file, or to none). The undone version stays in the record, marked not adopted.
 */
export function undoneVersions(record: ModelVersions): ModelVersions {
  const adopted = record.versions.filter((v) => v.adopted);
  const current = adopted.at(-1);
  if (!current || current.file !== record.inUse) return record;
  return {
    inUse: adopted.at(-2)?.file ?? null,
    versions: record.versions.map((v) =>
      v.file === current.file ? { ...v, adopted: false, verdict: `undone (${v.verdict})` } : v,
    ),
  };
}

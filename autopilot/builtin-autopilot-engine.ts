import { dirname } from 'node:path';
import { startBuiltinEngine, type BuiltinEngine } from '../engine/builtin-engine.js';
import type { EngineTenant } from '../engine/engine-tenant.js';
import { loadTenantClassifier, trainingProgressLog } from '../engine/tenant-classifier.js';
import { hasTrainingData } from '../engine/training-data.js';
import { PREBUILT_MODELS_DIR } from '../lib/paths.js';
import { intentModelFromChild } from './intent-model-process.js';

export interface IntentModelOptions {
  /** The repository (or packaged app) root, for the child process. */
  appRoot: string;
  resourcesDir: string;
  cacheDir: string;
  tenantId: string;
  log: (line: string) => void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Starts a child process that loads the tenant's intent model (built ahead of time by npm ci, or from the cache) or
 * trains it there (15-45 s of CPU on a first start without one), so the engine decides what needs no classifier meanwhile; resolves with the model's file. Null for a
 * tenant without intent training data: its engine decides without a classifier.
 */
export function startIntentModel(options: IntentModelOptions): Promise<string> | null {
  const { tenantId, log } = options;
  if (!hasTrainingData(options.resourcesDir, tenantId)) {
    log(
      `Tenant "${tenantId}" has no intent training data: the AI decides without an intent classifier (requests for a person, complaints and the rules that need no intent are followed; every other ticket goes to a person).`,
    );
    return null;
  }
  const file = intentModelFromChild({ appRoot: options.appRoot, cacheDir: options.cacheDir, tenantId, log }).then(
    (model) => {
      const how = model.trained
        ? 'trained'
        : dirname(model.file) === PREBUILT_MODELS_DIR
          ? 'loaded (built ahead of time by npm ci)'
          : 'loaded from the cache';
      log(`Intent model ${how} in ${seconds(model.ms)} by a child process: ${model.file}`);
      return model.file;
    },
  );
  // The engine waits for it and sees a failure; until the engine is built, nobody waiting is no reason to crash.
  file.catch(() => undefined);
  return file;
}

export interface BuiltinAutopilotEngineOptions {
  resourcesDir: string;
  cacheDir: string;
  log: (line: string) => void;
  /** True once this process is shutting down: a child stopped with it is no reason to train here. */
  isStopping: () => boolean;
}

/**
 * The built-in engine as an autopilot runs it: at once, deciding what needs no intent classifier until `model`
 * (startIntentModel) is there. If the child failed, the model is trained in this process instead, and decisions
 * pause meanwhile.
 */
export function startBuiltinAutopilotEngine(
  tenant: EngineTenant,
  model: Promise<string> | null,
  options: BuiltinAutopilotEngineOptions,
): BuiltinEngine {
  const { log } = options;
  const engine = startBuiltinEngine({
    tenant,
    ...(model ? { loadModel: () => model } : {}),
    fallback: (error) => {
      if (options.isStopping()) throw error;
      log(
        `The intent model could not be had from a child process (${error instanceof Error ? error.message : String(error)}); training it in this process, which pauses decisions until it is done.`,
      );
      return loadTenantClassifier({
        resourcesDir: options.resourcesDir,
        cacheDir: options.cacheDir,
        tenantId: tenant.id,
        onProgress: trainingProgressLog(log),
      }).classifier;
    },
  });
  engine.warmUp();
  return engine;
}

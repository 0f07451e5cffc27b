import type { TenantConfig } from '../shared/domain/tenant.js';
import { startBuiltinEngine, type BuiltinEngine } from '../engine/builtin-engine.js';
import { loadTenantClassifier, trainingProgressLog } from '../engine/tenant-classifier.js';
import { intentModelFromChild } from './intent-model-process.js';

export interface BuiltinAutopilotEngineOptions {
  /** The repository (or packaged app) root, for the child process. */
  appRoot: string;
  resourcesDir: string;
  cacheDir: string;
  tenant: TenantConfig;
  log: (line: string) => void;
  /** True once this process is shutting down: a child stopped with it is no reason to train here. */
  isStopping: () => boolean;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The built-in engine as an autopilot runs it: at once, deciding what needs no intent classifier, while a
 * child process loads the model from the cache or trains it there (training takes 15-45 s of CPU on a first
 * start). If the child fails, the model is trained in this process instead, and decisions pause meanwhile.
 */
export function startBuiltinAutopilotEngine(options: BuiltinAutopilotEngineOptions): BuiltinEngine {
  const { tenant, log } = options;
  const engine = startBuiltinEngine({
    resourcesDir: options.resourcesDir,
    tenant,
    loadModel: async () => {
      const model = await intentModelFromChild({
        appRoot: options.appRoot,
        cacheDir: options.cacheDir,
        tenantId: tenant.id,
        log,
      });
      log(
        `Intent model ${model.trained ? 'trained' : 'loaded from the cache'} in ${seconds(model.ms)} by a child process: ${model.file}`,
      );
      return model.file;
    },
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

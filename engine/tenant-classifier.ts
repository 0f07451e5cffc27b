/**
 * The intent classifier of one tenant: built ahead of time from resources/ (npm ci), else trained from it on first
 * use, then cached.
 */
import { PREBUILT_MODELS_DIR } from '../lib/paths.js';
import type { ClassifierHyperparameters, TrainingProgress } from './intent-classifier.js';
import { loadOrTrainClassifier, type CachedClassifier } from './model-cache.js';
import { loadTrainingData } from './training-data.js';

export interface TenantClassifierOptions {
  /** Folder with data/ and tenants/<tenant id>/ (knowledge-base.json, training-multilingual.csv). */
  resourcesDir: string;
  /** Where the trained model is cached between runs. */
  cacheDir: string;
  /** Where models built ahead of time are read from (default: the app's dist/intent-models). */
  prebuiltDir?: string;
  tenantId: string;
  hyperparameters?: Partial<ClassifierHyperparameters>;
  onProgress?: (p: TrainingProgress) => void;
}

/** Reports a long first training on `log`, one line at most every two seconds, for a person watching the log. */
export function trainingProgressLog(log: (line: string) => void): (progress: TrainingProgress) => void {
  let lastReport = -Infinity;
  return (progress) => {
    if (performance.now() - lastReport < 2_000) return;
    lastReport = performance.now();
    const step =
      progress.epoch !== undefined && progress.epochs
        ? `${progress.phase}, epoch ${progress.epoch}/${progress.epochs}`
        : progress.phase;
    log(`Training the intent model (first run only): ${step}`);
  };
}

export function loadTenantClassifier(options: TenantClassifierOptions): CachedClassifier {
  const examples = loadTrainingData(options.resourcesDir, options.tenantId);
  return loadOrTrainClassifier({
    cacheDir: options.cacheDir,
    prebuiltDir: options.prebuiltDir ?? PREBUILT_MODELS_DIR,
    examples,
    hyperparameters: options.hyperparameters,
    onProgress: options.onProgress,
  });
}

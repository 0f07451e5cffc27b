/** The intent classifier of one tenant: trained from resources/ on first use, then cached. */
import type { ClassifierHyperparameters, TrainingProgress } from './intent-classifier.js';
import { loadOrTrainClassifier, type CachedClassifier } from './model-cache.js';
import { loadTrainingData } from './training-data.js';

export interface TenantClassifierOptions {
  resourcesDir: string;
  cacheDir: string;
  tenantId: string;
  hyperparameters?: Partial<ClassifierHyperparameters>;
  onProgress?: (p: TrainingProgress) => void;
}

export function loadTenantClassifier(options: TenantClassifierOptions): CachedClassifier {
  const examples = loadTrainingData(options.resourcesDir, options.tenantId);
  return loadOrTrainClassifier({
    cacheDir: options.cacheDir,
    examples,
    hyperparameters: options.hyperparameters,
    onProgress: options.onProgress,
  });
}

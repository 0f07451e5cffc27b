/**
 * Train the intent classifier on first use and keep it in a cache directory, keyed by a hash of the
 * training data and hyperparameters, so later starts load it in milliseconds. A model built ahead of time
 * (scripts/build-intent-models.ts, run by npm ci) is read from its own folder under the same key, so only a model
 * trained by this code from exactly these examples is ever loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_HYPERPARAMETERS,
  IntentClassifier,
  type ClassifierHyperparameters,
  type TrainingExample,
  type TrainingProgress,
} from './intent-classifier.js';
import { writeFileAtomically } from '../lib/write-file-atomically.js';

/** Bump when the training code changes in a way that changes the model for the same inputs. */
const TRAINER_VERSION = 2;

export function modelCacheKey(
  examples: readonly TrainingExample[],
  hyperparameters: ClassifierHyperparameters,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ trainer: TRAINER_VERSION, hyperparameters }));
  for (const e of examples) hash.update(`\u0000${e.label}\u0001${e.language ?? ''}\u0001${e.text}`);
  return hash.digest('hex').slice(0, 24);
}

export interface CachedClassifier {
  classifier: IntentClassifier;
  /** True when read from a file (the cache, or the models built ahead of time: `file` says which), false when trained now. */
  fromCache: boolean;
  /** Time spent training (0 when loaded from the cache). */
  trainMs: number;
  file: string;
}

export interface LoadOrTrainOptions {
  cacheDir: string;
  /** A folder of models built ahead of time, read only: the model of this key is loaded from there when it is in it. */
  prebuiltDir?: string;
  examples: readonly TrainingExample[];
  hyperparameters?: Partial<ClassifierHyperparameters>;
  onProgress?: (p: TrainingProgress) => void;
}

/** A model file written by loadOrTrainClassifier; throws when it is unreadable or from another format. */
export function readModelFile(file: string): IntentClassifier {
  return IntentClassifier.deserialise(readFileSync(file));
}

/** The file name of the model of these examples and hyperparameters, in the cache and among the prebuilt models. */
export function modelFileName(
  examples: readonly TrainingExample[],
  hyperparameters: ClassifierHyperparameters,
): string {
  return `intent-model-${modelCacheKey(examples, hyperparameters)}.bin`;
}

export function loadOrTrainClassifier(options: LoadOrTrainOptions): CachedClassifier {
  const hp: ClassifierHyperparameters = { ...DEFAULT_HYPERPARAMETERS, ...options.hyperparameters };
  const name = modelFileName(options.examples, hp);
  const file = join(options.cacheDir, name);
  const candidates = options.prebuiltDir ? [file, join(options.prebuiltDir, name)] : [file];
  for (const candidate of candidates.filter((path) => existsSync(path))) {
    try {
      return { classifier: readModelFile(candidate), fromCache: true, trainMs: 0, file: candidate };
    } catch {
      // A corrupt or outdated file is passed over: the model is trained and written to the cache below.
    }
  }
  const started = performance.now();
  const classifier = IntentClassifier.train(options.examples, hp, options.onProgress);
  const trainMs = performance.now() - started;
  // A concurrent reader (another process sharing the cache) never sees a half-written model.
  writeFileAtomically(file, classifier.serialise());
  return { classifier, fromCache: false, trainMs, file };
}

import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrTrainClassifier, modelCacheKey } from '../../../engine/model-cache.js';
import { DEFAULT_HYPERPARAMETERS } from '../../../engine/intent-classifier.js';
import { loadLabelledCsv } from '../../../engine/training-data.js';
import { FIXTURE_HYPERPARAMETERS, FIXTURE_TRAINING_CSV, tempDir } from './fixtures.js';

const examples = loadLabelledCsv(FIXTURE_TRAINING_CSV, { textColumn: 'text', labelColumn: 'category' });

describe('model cache', () => {
  it('trains on first use, then loads the cached file', () => {
    const cacheDir = join(tempDir(), 'nested', 'cache');
    const first = loadOrTrainClassifier({ cacheDir, examples, hyperparameters: FIXTURE_HYPERPARAMETERS });
    expect(first.fromCache).toBe(false);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const second = loadOrTrainClassifier({ cacheDir, examples, hyperparameters: FIXTURE_HYPERPARAMETERS });
    expect(second.fromCache).toBe(true);
    expect(second.file).toBe(first.file);
    expect(second.classifier.predict('where is my card')).toEqual(first.classifier.predict('where is my card'));
  });

  it('keys the file on the data and the hyperparameters', () => {
    const hp = { ...DEFAULT_HYPERPARAMETERS, ...FIXTURE_HYPERPARAMETERS };
    const key = modelCacheKey(examples, hp);
    expect(modelCacheKey(examples, { ...hp, seed: 99 })).not.toBe(key);
    expect(modelCacheKey(examples.slice(1), hp)).not.toBe(key);
    expect(modelCacheKey([...examples], hp)).toBe(key);
  });

  it('retrains over a corrupt cache file', () => {
    const cacheDir = tempDir();
    const first = loadOrTrainClassifier({ cacheDir, examples, hyperparameters: FIXTURE_HYPERPARAMETERS });
    writeFileSync(first.file, 'garbage');
    const again = loadOrTrainClassifier({ cacheDir, examples, hyperparameters: FIXTURE_HYPERPARAMETERS });
    expect(again.fromCache).toBe(false);
    expect(loadOrTrainClassifier({ cacheDir, examples, hyperparameters: FIXTURE_HYPERPARAMETERS }).fromCache).toBe(
      true,
    );
  });

  it('loads a model built ahead of time under the same key, never one built from other data or a corrupt one', () => {
    const hyperparameters = FIXTURE_HYPERPARAMETERS;
    const prebuiltDir = tempDir();
    const built = loadOrTrainClassifier({ cacheDir: prebuiltDir, examples, hyperparameters });
    const cacheDir = tempDir();
    const loaded = loadOrTrainClassifier({ cacheDir, prebuiltDir, examples, hyperparameters });
    expect(loaded).toMatchObject({ fromCache: true, trainMs: 0, file: built.file });
    expect(loaded.classifier.predict('where is my card')).toEqual(built.classifier.predict('where is my card'));
    expect(readdirSync(cacheDir)).toEqual([]);

    // One example more or less is another key: the model built ahead of time is not this data's, so it is trained.
    const other = loadOrTrainClassifier({ cacheDir, prebuiltDir, examples: examples.slice(1), hyperparameters });
    expect(other.fromCache).toBe(false);
    expect(dirname(other.file)).toBe(cacheDir);

    writeFileSync(built.file, 'garbage');
    const retrained = loadOrTrainClassifier({ cacheDir, prebuiltDir, examples, hyperparameters });
    expect(retrained.fromCache).toBe(false);
    expect(dirname(retrained.file)).toBe(cacheDir);
  });
});

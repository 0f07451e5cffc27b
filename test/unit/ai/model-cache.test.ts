import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
});

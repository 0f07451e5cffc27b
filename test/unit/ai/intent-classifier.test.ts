import { describe, expect, it } from 'vitest';
import { IntentClassifier } from '../../../engine/intent-classifier.js';
import { loadLabelledCsv } from '../../../engine/training-data.js';
import { FIXTURE_HYPERPARAMETERS, FIXTURE_TRAINING_CSV } from './fixtures.js';

const examples = loadLabelledCsv(FIXTURE_TRAINING_CSV, {
  textColumn: 'text',
  labelColumn: 'category',
  languageColumn: 'language',
});

describe('IntentClassifier', () => {
  const model = IntentClassifier.train(examples, FIXTURE_HYPERPARAMETERS);

  it('learns the fixture and separates unseen phrasings', () => {
    const cases: Array<[string, string]> = [
      ['my card never arrived, where is it?', 'card_arrival'],
      ['how can I change the PIN on my card', 'change_pin'],
      ['which exchange rate will I get for dollars', 'exchange_rate'],
      ['somebody stole my card', 'lost_or_stolen_card'],
      ['Meine Karte ist noch nicht angekommen', 'card_arrival'],
    ];
    for (const [text, intent] of cases) {
      const top = model.predict(text)[0]!;
      expect(top.intent, text).toBe(intent);
      expect(top.probability, text).toBeGreaterThan(0.4);
    }
  });

  it('returns every label ranked by a probability distribution', () => {
    const ranking = model.predict('where is my card');
    expect(ranking.map((r) => r.intent).sort()).toEqual([...model.labels].sort());
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i - 1]!.probability).toBeGreaterThanOrEqual(ranking[i]!.probability);
    expect(ranking.reduce((s, r) => s + r.probability, 0)).toBeCloseTo(1, 5);
  });

  it('is deterministic for a seed', () => {
    const again = IntentClassifier.train(examples, FIXTURE_HYPERPARAMETERS);
    expect(Buffer.from(again.serialise()).equals(Buffer.from(model.serialise()))).toBe(true);
  });

  it('round-trips through its binary form', () => {
    const bytes = model.serialise();
    const copy = IntentClassifier.deserialise(bytes);
    expect(copy.labels).toEqual(model.labels);
    expect(copy.temperature).toBe(model.temperature);
    for (const text of ['where is my card', 'new PIN please', 'taux de change ?']) {
      expect(copy.predict(text)).toEqual(model.predict(text));
    }
  });

  it('rejects files that are not models, and truncated ones', () => {
    expect(() => IntentClassifier.deserialise(new TextEncoder().encode('hello world, not a model'))).toThrow(
      /Not a Switchboard intent model/,
    );
    const bytes = model.serialise();
    expect(() => IntentClassifier.deserialise(bytes.subarray(0, bytes.length - 8))).toThrow();
  });

  it('fits a temperature on a held-out slice when asked', () => {
    const calibrated = IntentClassifier.train(examples, { ...FIXTURE_HYPERPARAMETERS, calibrationFraction: 0.25 });
    expect(calibrated.temperature).toBeGreaterThan(0);
    expect(calibrated.temperature).not.toBe(1);
  });

  it('calibrates languages with enough held-out examples separately, never more confident than overall', () => {
    const calibrated = IntentClassifier.train(examples, { ...FIXTURE_HYPERPARAMETERS, calibrationFraction: 0.4 });
    const en = calibrated.languageTemperatures.en;
    expect(en).toBeDefined();
    expect(en!).toBeGreaterThanOrEqual(calibrated.temperature);
    expect(calibrated.languageTemperatures.es).toBeUndefined(); // too few Spanish examples in the fixture
    const copy = IntentClassifier.deserialise(calibrated.serialise());
    expect(copy.languageTemperatures).toEqual(calibrated.languageTemperatures);
    expect(copy.predict('where is my card', 'en')).toEqual(calibrated.predict('where is my card', 'en'));
  });

  it('refuses to train on nothing or a single label', () => {
    expect(() => IntentClassifier.train([])).toThrow(/no training examples/);
    expect(() =>
      IntentClassifier.train([
        { text: 'a', label: 'x' },
        { text: 'b', label: 'x' },
      ]),
    ).toThrow(/two different labels/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEATURE_OPTIONS,
  extractFeatureCounts,
  fitVocabulary,
  normaliseText,
  rowLookup,
  tokenise,
  weighFeatures,
} from '../../../engine/text-features.js';

describe('normaliseText', () => {
  it('lowercases and strips accents from Latin letters', () => {
    expect(normaliseText('Ça coûte CHER à Zürich, señor')).toBe('ca coute cher a zurich, senor');
  });
  it('keeps Arabic letters (unifying alef/ya/ta marbuta variants and dropping diacritics)', () => {
    expect(normaliseText('أين بطاقتي؟')).toBe('اين بطاقتي؟');
    expect(normaliseText('مَدْرَسَة')).toBe('مدرسه');
  });
  it('keeps CJK and Cyrillic text', () => {
    expect(normaliseText('我的卡')).toBe('我的卡');
    expect(normaliseText('Карта')).toBe('карта');
  });
  it('collapses digit runs', () => {
    expect(tokenise(normaliseText('Card 4242 expires 12/27'))).toEqual(['card', '0', 'expires', '0', '0']);
  });
});

describe('features', () => {
  it('are deterministic and inside the hashed space', () => {
    const a = extractFeatureCounts('Where is my card? It has not arrived.');
    const b = extractFeatureCounts('Where is my card? It has not arrived.');
    expect(Array.from(a.buckets)).toEqual(Array.from(b.buckets));
    expect(Array.from(a.counts)).toEqual(Array.from(b.counts));
    const size = 1 << DEFAULT_FEATURE_OPTIONS.hashBits;
    expect(a.buckets.every((x) => x >= 0 && x < size)).toBe(true);
    // sorted and unique
    expect(a.buckets.every((x, i) => i === 0 || x > a.buckets[i - 1]!)).toBe(true);
  });

  it('treat accents and case as the same text, different words as different text', () => {
    const a = extractFeatureCounts('CAFÉ crème');
    const b = extractFeatureCounts('cafe creme');
    const c = extractFeatureCounts('tea with milk');
    expect(Array.from(a.buckets)).toEqual(Array.from(b.buckets));
    expect(Array.from(a.buckets)).not.toEqual(Array.from(c.buckets));
  });

  it('weigh into an L2-normalised vector over the fitted vocabulary', () => {
    const docs = ['my card has not arrived', 'change my pin', 'my card is lost'].map((t) => extractFeatureCounts(t));
    const vocab = fitVocabulary(docs, DEFAULT_FEATURE_OPTIONS.hashBits, 1);
    const lookup = rowLookup(vocab);
    const v = weighFeatures(docs[0]!, vocab, lookup);
    const norm = Math.sqrt(Array.from(v.values).reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(1, 5);
    expect(v.indices.every((i) => i >= 0 && i < vocab.buckets.length)).toBe(true);
    // A text made only of unseen features has an empty vector.
    expect(weighFeatures(extractFeatureCounts('zzzqqq'), vocab, lookup).indices.length).toBe(0);
  });

  it('give rarer features a higher IDF', () => {
    const docs = ['card', 'card', 'card', 'pin'].map((t) => extractFeatureCounts(t));
    const vocab = fitVocabulary(docs, DEFAULT_FEATURE_OPTIONS.hashBits, 1);
    const lookup = rowLookup(vocab);
    const idfOf = (word: string) => {
      const b = extractFeatureCounts(word).buckets[0]!;
      return vocab.idf[lookup[b]!]!;
    };
    expect(idfOf('pin')).toBeGreaterThan(idfOf('card'));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { eld } from 'eld/large';
import { describe, expect, it } from 'vitest';
import { NGRAM_LANGUAGE_SUBSETS } from '../../../engine/language-detector.js';
import { ngramDetector } from '../../../engine/language-ngrams.js';
import { FIXTURES } from './fixtures.js';

// The subsets the language detector uses, and eld's whole set.
const SUBSETS = [...NGRAM_LANGUAGE_SUBSETS, Object.values(eld.info().Languages)];

function fixtureTexts(): string[] {
  const samples = parse(readFileSync(join(FIXTURES, 'language-samples.csv'), 'utf8'), { columns: true }) as Array<
    Record<string, string>
  >;
  const proxy = parse(readFileSync(join(FIXTURES, 'language-proxy-sample.csv'), 'utf8'), { columns: true }) as Array<
    Record<string, string>
  >;
  return [
    ...samples.flatMap((s) => [s.sentence!, s.two_words!]),
    ...proxy.map((p) => p.text!),
    // Edge cases of eld's text handling: empty, one letter, digits, astral letters and emoji, long words, the byte cut.
    '',
    '   ',
    'a',
    '123 456',
    'ﬁle 𝐀𝐁𝐂 😀 naïve café',
    "don't won’t can`t",
    'Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ',
    `${'a'.repeat(75)} bb ccc`,
    'word '.repeat(300),
    'é'.repeat(1200),
  ];
}

describe('ngramDetector', () => {
  it("gives eld/large's language, scores and reliability for every subset the detector uses", () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const subset of SUBSETS) {
      const reference = eld.newInstance();
      reference.setLanguageSubset([...subset]);
      const compact = ngramDetector(subset);
      for (const text of texts) {
        const want = reference.detect(text);
        const got = compact.detect(text);
        const context = `${JSON.stringify(text).slice(0, 60)} in ${subset.length} languages`;
        expect(got.language, context).toBe(want.language);
        expect(Object.entries(got.getScores()), context).toEqual(Object.entries(want.getScores()));
        expect(got.isReliable(), context).toBe(want.isReliable());
      }
    }
  });

  it('answers only with languages of its subset', () => {
    const detector = ngramDetector(['da', 'no']);
    expect(detector.detect('The card was declined this morning').language).toMatch(/^(da|no)$/);
    expect(
      Object.keys(detector.detect('Kortet blev afvist i morges').getScores()).every((l) => l === 'da' || l === 'no'),
    ).toBe(true);
    expect(detector.detect('12345').language).toBe('');
    expect(detector.detect('12345').getScores()).toEqual({});
  });
});

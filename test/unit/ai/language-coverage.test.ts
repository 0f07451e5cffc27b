import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { detectLanguage, SUPPORTED_LANGUAGES } from '../../../engine/language-detector.js';
import { evaluateLanguages } from '../../../engine/language-metrics.js';
import { FIXTURES } from './fixtures.js';

/** One support sentence and one two-word message per supported language, written for this project. */
const samples = parse(readFileSync(join(FIXTURES, 'language-samples.csv'), 'utf8'), { columns: true }) as Array<{
  language: string;
  sentence: string;
  two_words: string;
}>;

describe('language identification across the 40 supported languages', () => {
  it('has a sample for every supported language', () => {
    expect(samples.map((s) => s.language).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it.each(samples.map((s) => [s.language, s.sentence]))('identifies %s on a sentence', (lang, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(lang);
    expect(guess.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('is right on at least 90% of two-word messages', () => {
    const result = evaluateLanguages(samples.map((s) => ({ text: s.two_words, gold: s.language })));
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['ko', '카드 정지'],
    ['ja', 'カード停止'],
    ['zh', '冻结'],
    ['th', 'บัตรหาย'],
    ['el', 'κάρτα'],
    ['he', 'כרטיס'],
  ])('decides single-script language %s from the script alone on a very short text', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it.each([
    ['ar', 'أين بطاقتي'],
    ['fa', 'کارت من کجاست'],
    ['ur', 'میرا کارڈ کہاں ہے'],
    ['uk', 'де моя картка, її досі немає'],
    ['ru', 'где мой счёт'],
    ['nb', 'hvor er kortet mitt'],
    ['da', 'hvor er mit kort'],
    ['id', 'kartu saya hilang tidak bisa dipakai'],
  ])('tells apart languages that share a script: %s', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it.each(['ok', 'hi', 'A', '12345', '!!!', '🙂🙂'])('says unknown on %j', (text) => {
    expect(detectLanguage(text).language).toBe('unknown');
  });
});

describe('evaluateLanguages', () => {
  it('averages accuracy over languages and reports the weakest', () => {
    const detect = (t: string) => (t.startsWith('x') ? 'de' : 'en');
    const result = evaluateLanguages(
      [
        { text: 'a', gold: 'en' },
        { text: 'b', gold: 'en' },
        { text: 'c', gold: 'en' },
        { text: 'x', gold: 'fr' },
      ],
      detect,
    );
    expect(result.n).toBe(4);
    expect(result.accuracy).toBeCloseTo(0.5);
    expect(result.microAccuracy).toBeCloseTo(0.75);
    expect(result.minLanguage).toBe('fr');
    expect(result.perLanguage.fr).toMatchObject({ n: 1, correct: 0, confusedWith: { de: 1 } });
  });
});

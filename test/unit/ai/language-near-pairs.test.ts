import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { closePairReport, evaluateLanguages } from '../../../engine/language-metrics.js';
import { FIXTURES } from './fixtures.js';

/**
 * language-near-pairs.csv: two-word first messages of a payments help desk in the close languages
 * (ca/es/pt, da/nb/sv, hr/sl, cs/sk, id/ms, ru/bg/uk), written for the project. Fold 0 is what the
 * short-message rules were tuned on and is held here as a floor; fold 1 was written afterwards and is
 * only reported (npm run eval -- language --csv test/fixtures/ai/language-near-pairs.csv --fold 1).
 */
const rows = (
  parse(readFileSync(join(FIXTURES, 'language-near-pairs.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
).map((r) => ({ text: r.text!, gold: r.language!, fold: r.fold! }));

describe('customer two-word messages in close languages', () => {
  it('holds the tuned fold: 90 % over the languages, every pair member at least 80 %, Malay mostly not served', () => {
    const evaluation = evaluateLanguages(rows.filter((r) => r.fold === '0'));
    expect(evaluation.n).toBe(180);
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const { sides } of closePairReport(evaluation)) {
      for (const side of sides.filter((s) => s.language !== 'ms' && s.language !== 'id'))
        expect(side.accuracy, side.language).toBeGreaterThanOrEqual(0.8);
    }
    // Malay is right when answered unknown; Indonesian is the hardest language of the set.
    expect(evaluation.perLanguage.ms!.accuracy).toBeGreaterThanOrEqual(0.7);
    expect(evaluation.perLanguage.id!.accuracy).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps the folds apart: the reported fold shares no text with the tuned one', () => {
    const tuned = new Set(rows.filter((r) => r.fold === '0').map((r) => `${r.gold} ${r.text}`));
    const reported = rows.filter((r) => r.fold === '1');
    expect(reported.length).toBeGreaterThan(100);
    expect(reported.filter((r) => tuned.has(`${r.gold} ${r.text}`))).toEqual([]);
  });
});

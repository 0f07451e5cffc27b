import { describe, expect, it } from 'vitest';
import { closePairReport, expectedAnswer, scoreLanguages } from '../../../engine/language-metrics.js';

const rows = (gold: string, answers: string[]) => answers.map((predicted) => ({ gold, predicted }));

describe('scoreLanguages', () => {
  it("averages over the engine's languages only: a language it does not serve is right when answered unknown", () => {
    const result = scoreLanguages([
      ...rows('en', ['en', 'en']),
      ...rows('da', ['da', 'nb', 'nb', 'da']),
      ...rows('ms', ['unknown', 'id', 'id', 'id']),
    ]);
    expect(expectedAnswer('ms')).toBe('unknown');
    expect(result.perLanguage.ms).toMatchObject({
      n: 4,
      correct: 1,
      unknown: 1,
      accuracy: 0.25,
      confusedWith: { id: 3 },
    });
    // Malay's 25 % is reported but neither lowers the mean nor becomes the worst language.
    expect(result.accuracy).toBeCloseTo((1 + 0.5) / 2);
    expect(result.microAccuracy).toBeCloseTo(4 / 6);
    expect(result).toMatchObject({ n: 10, minLanguage: 'da', minAccuracy: 0.5 });
  });
});

describe('closePairReport', () => {
  it('gives each side its accuracy and the share taken for the other language', () => {
    const evaluation = scoreLanguages([
      ...rows('cs', ['cs', 'cs', 'cs', 'sk']),
      ...rows('sk', ['sk', 'cs', 'cs', 'unknown', 'pl']),
      ...rows('ms', ['unknown', 'id']),
      ...rows('id', ['id', 'id', 'unknown', 'en']),
      ...rows('da', ['da']),
    ]);
    const report = closePairReport(evaluation);
    // Pairs without rows on both sides (ca/es, hr/sl, da/nb here) are left out.
    expect(report.map((p) => p.pair.join('/'))).toEqual(['cs/sk', 'ms/id']);
    expect(report[0]!.sides).toEqual([
      { language: 'cs', n: 4, accuracy: 0.75, takenForOther: 0.25 },
      { language: 'sk', n: 5, accuracy: 0.2, takenForOther: 0.4 },
    ]);
    // Indonesian "taken for Malay" is an Indonesian text answered unknown, the engine's answer for Malay.
    expect(report[1]!.sides).toEqual([
      { language: 'ms', n: 2, accuracy: 0.5, takenForOther: 0.5 },
      { language: 'id', n: 4, accuracy: 0.5, takenForOther: 0.25 },
    ]);
  });
});

/** Accuracy of language identification over labelled texts: per language, the mean over languages, and close pairs. */
import { detectLanguage, SUPPORTED_LANGUAGES } from './language-detector.js';

export interface LanguageMetrics {
  n: number;
  correct: number;
  /** Answered 'unknown' (counted as wrong for a language the engine serves). */
  unknown: number;
  accuracy: number;
  /** Wrong answers by the language given instead (including 'unknown'). */
  confusedWith: Record<string, number>;
}

export interface LanguageEvaluation {
  n: number;
  /** Mean of the per-language accuracies over the languages the engine serves, so large languages do not hide small ones. */
  accuracy: number;
  microAccuracy: number;
  minLanguage: string;
  minAccuracy: number;
  /** Every gold language, served or not. */
  perLanguage: Record<string, LanguageMetrics>;
}

export interface LabelledPrediction {
  gold: string;
  predicted: string;
}

/**
 * Pairs of languages that customers' first messages get mixed up between. Malay is not one of the
 * engine's languages: for it, the right answer is 'unknown' (no reply in a language it cannot serve),
 * and the figure that matters is how often it is taken for Indonesian.
 */
export const CLOSE_LANGUAGE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['ca', 'es'],
  ['da', 'nb'],
  ['hr', 'sl'],
  ['cs', 'sk'],
  ['ms', 'id'],
];

const SERVED = new Set<string>(SUPPORTED_LANGUAGES);

/** The right answer for a text in `gold`: the language itself, or 'unknown' for one the engine does not serve. */
export function expectedAnswer(gold: string): string {
  return SERVED.has(gold) ? gold : 'unknown';
}

export function scoreLanguages(predictions: readonly LabelledPrediction[]): LanguageEvaluation {
  const per = new Map<string, LanguageMetrics>();
  let servedRows = 0;
  let servedCorrect = 0;
  for (const { gold, predicted } of predictions) {
    let m = per.get(gold);
    if (!m) per.set(gold, (m = { n: 0, correct: 0, unknown: 0, accuracy: 0, confusedWith: {} }));
    m.n++;
    if (predicted === 'unknown') m.unknown++;
    const right = predicted === expectedAnswer(gold);
    if (right) m.correct++;
    else m.confusedWith[predicted] = (m.confusedWith[predicted] ?? 0) + 1;
    if (SERVED.has(gold)) {
      servedRows++;
      if (right) servedCorrect++;
    }
  }
  const perLanguage: Record<string, LanguageMetrics> = {};
  let minLanguage = '';
  let minAccuracy = 1;
  let sum = 0;
  let served = 0;
  for (const lang of [...per.keys()].sort()) {
    const m = per.get(lang)!;
    m.accuracy = m.n ? m.correct / m.n : 0;
    perLanguage[lang] = m;
    if (!SERVED.has(lang)) continue;
    served++;
    sum += m.accuracy;
    if (m.accuracy < minAccuracy || !minLanguage) {
      minAccuracy = m.accuracy;
      minLanguage = lang;
    }
  }
  return {
    n: predictions.length,
    accuracy: served ? sum / served : 0,
    microAccuracy: servedRows ? servedCorrect / servedRows : 0,
    minLanguage,
    minAccuracy: served ? minAccuracy : 0,
    perLanguage,
  };
}

export function evaluateLanguages(
  rows: ReadonlyArray<{ text: string; gold: string }>,
  detect = (t: string) => detectLanguage(t).language,
): LanguageEvaluation {
  return scoreLanguages(rows.map((row) => ({ gold: row.gold, predicted: detect(row.text) })));
}

export interface PairSide {
  language: string;
  n: number;
  /** Share answered right (see expectedAnswer). */
  accuracy: number;
  /** Share given the other language's right answer (for Indonesian: 'unknown', the answer for Malay). */
  takenForOther: number;
}

export interface ClosePairReport {
  pair: readonly [string, string];
  sides: [PairSide, PairSide];
}

/** How each close pair's languages fare and how often one is taken for the other (pairs without rows are left out). */
export function closePairReport(evaluation: LanguageEvaluation, pairs = CLOSE_LANGUAGE_PAIRS): ClosePairReport[] {
  const side = (language: string, other: string): PairSide | null => {
    const m = evaluation.perLanguage[language];
    if (!m) return null;
    return {
      language,
      n: m.n,
      accuracy: m.accuracy,
      takenForOther: (m.confusedWith[expectedAnswer(other)] ?? 0) / m.n,
    };
  };
  return pairs.flatMap((pair) => {
    const a = side(pair[0], pair[1]);
    const b = side(pair[1], pair[0]);
    return a && b ? [{ pair, sides: [a, b] as [PairSide, PairSide] }] : [];
  });
}

/** Accuracy of language identification over labelled texts: per language and the mean over languages. */
import { detectLanguage } from './language-detector.js';

export interface LanguageMetrics {
  n: number;
  correct: number;
  /** Answered 'unknown' (counted as wrong). */
  unknown: number;
  accuracy: number;
  /** Wrong answers by the language given instead (including 'unknown'). */
  confusedWith: Record<string, number>;
}

export interface LanguageEvaluation {
  n: number;
  /** Mean of the per-language accuracies, so large languages do not hide small ones. */
  accuracy: number;
  microAccuracy: number;
  minLanguage: string;
  minAccuracy: number;
  perLanguage: Record<string, LanguageMetrics>;
}

export function evaluateLanguages(rows: ReadonlyArray<{ text: string; gold: string }>, detect = (t: string) => detectLanguage(t).language): LanguageEvaluation {
  const per = new Map<string, LanguageMetrics>();
  let correct = 0;
  for (const row of rows) {
    const predicted = detect(row.text);
    let m = per.get(row.gold);
    if (!m) per.set(row.gold, (m = { n: 0, correct: 0, unknown: 0, accuracy: 0, confusedWith: {} }));
    m.n++;
    if (predicted === row.gold) {
      m.correct++;
      correct++;
    } else {
      if (predicted === 'unknown') m.unknown++;
      m.confusedWith[predicted] = (m.confusedWith[predicted] ?? 0) + 1;
    }
  }
  const perLanguage: Record<string, LanguageMetrics> = {};
  let minLanguage = '';
  let minAccuracy = 1;
  let sum = 0;
  for (const lang of [...per.keys()].sort()) {
    const m = per.get(lang)!;
    m.accuracy = m.n ? m.correct / m.n : 0;
    perLanguage[lang] = m;
    sum += m.accuracy;
    if (m.accuracy < minAccuracy || !minLanguage) {
      minAccuracy = m.accuracy;
      minLanguage = lang;
    }
  }
  return {
    n: rows.length,
    accuracy: per.size ? sum / per.size : 0,
    microAccuracy: rows.length ? correct / rows.length : 0,
    minLanguage,
    minAccuracy: per.size ? minAccuracy : 0,
    perLanguage,
  };
}

/**
 * Language identification: ISO 639-1 code, or 'unknown' when the text is too short or too
 * ambiguous to tell (e.g. "ok", "123", emoji). Uses eld's medium n-gram database (60 languages).
 */
import { eld } from 'eld/medium';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'unknown'. */
  language: string;
  /** 0..1; at or above 0.5 only when the language was identified. */
  confidence: number;
  /** eld's best candidate even when `language` is 'unknown' (empty when there is none). */
  candidate: string;
}

/** Fewer letters than this and we do not guess: single short words are too often shared across languages. */
const MIN_LETTERS = 3;
const LETTER = /\p{L}/gu;

export function detectLanguage(text: string): LanguageGuess {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: 'unknown', confidence: 0, candidate: '' };
  const result = eld.detect(text);
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const top = scores[0] ?? 0;
  const second = scores[1] ?? 0;
  // Relative margin between the two best languages, mapped to 0..1.
  const margin = top > 0 ? (top - second) / top : 0;
  if (!result.language || !result.isReliable()) {
    return { language: 'unknown', confidence: Math.min(0.49, 2 * margin), candidate: result.language };
  }
  return { language: result.language, confidence: Math.min(1, 0.5 + 2 * margin), candidate: result.language };
}

/**
 * The terms retrieval and the grounding check compare texts by, the same for both: lowercase words without their
 * diacritics (Latin, Greek, Cyrillic, Arabic and Hebrew marks), without a Latin plural s and cut to their first
 * STEM_LENGTH letters so "card" and "cards", "delivered" and "delivery", "Karte" and "Karten" meet; in scripts written without spaces (Chinese, Japanese, Thai, Lao,
 * Khmer, Myanmar) and in Korean, character bigrams. Stop words of the language are left out; digits are not terms
 * (numbers are compared as numbers, numeric-claims.ts).
 */
import { baseLanguage } from '../../shared/i18n/ui-languages.js';
import { foldText } from './fold-text.js';
import { isStopWord } from './stop-words.js';

export const STEM_LENGTH = 5;

const WORD = /[\p{L}\p{M}]+/gu;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}\u30FC]+/gu;
/** A final s of a Latin-script word of four letters or more (cards, tarjetas, cartes, days). */
const LATIN_PLURAL = /(?<=\p{Script=Latin}{3})s$/u;
const ARABIC_ARTICLE = /^(?:ال|وال|بال|لل|فال)(?=\p{L}{2})/u;

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

function stem(word: string): string {
  const bare = word.replace(ARABIC_ARTICLE, '').replace(LATIN_PLURAL, '');
  return [...bare].slice(0, STEM_LENGTH).join('');
}

/** The terms of a text in `language` (a tag; its base language picks the stop words), in order, repeats kept. */
export function textTerms(text: string, language: string | null): string[] {
  const base = language ? baseLanguage(language) : null;
  const folded = foldText(text);
  const terms: string[] = [];
  for (const [word] of folded.matchAll(WORD)) {
    let at = 0;
    for (const run of word.matchAll(UNSPACED)) {
      pushWord(terms, word.slice(at, run.index), base);
      for (const gram of bigrams(run[0])) if (!isStopWord(gram, base)) terms.push(gram);
      at = run.index + run[0].length;
    }
    pushWord(terms, word.slice(at), base);
  }
  return terms;
}

function pushWord(terms: string[], word: string, base: string | null): void {
  if (word.length < 2 || isStopWord(word, base)) return;
  terms.push(stem(word));
}

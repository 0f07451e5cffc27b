/**
 * Whether an answer says only what the passages it cites support: deterministic, and the reason names what is not
 * supported. An answer is grounded when
 * - it cites at least one passage;
 * - every number it states (amount, percentage, duration, time span, limit) is stated in the cited passages
 *   (numeric-claims.ts: "3-5" = "3 to 5" = "3–5", "2,5" = "2.5");
 * - each of its sentences shares at least MIN_SENTENCE_SUPPORT of its content terms (text-terms.ts: stop words left
 *   out, words stemmed, Chinese and Japanese by character bigrams) with the cited passages in the answer's language.
 *   Greetings and closings (courtesy-phrases.ts) need no support; nor does a sentence left with at most
 *   MAX_FREE_TERMS terms without them ("Hi Anna,"). When no cited passage is in the answer's language, its words
 *   cannot be compared and only its numbers are checked.
 */
import { baseLanguage } from '../../shared/i18n/ui-languages.js';
import { PLACEHOLDER_RE } from '../../shared/pii/index.js';
import type { GroundingVerdict, Passage } from '../routing/ports.js';
import { withoutCourtesy } from './courtesy-phrases.js';
import { foldText } from './fold-text.js';
import { claimBacked, numericClaims } from './numeric-claims.js';
import { sentencesOf } from './sentences.js';
import { textTerms } from './text-terms.js';

/** Share of a sentence's content terms the cited passages must contain. */
export const MIN_SENTENCE_SUPPORT = 0.5;
/** A sentence with this few content terms (a name after a greeting) needs no support. */
export const MAX_FREE_TERMS = 1;
/** An answer beyond this many characters is not checked further: it is refused. */
export const MAX_CHECKED_ANSWER_LENGTH = 20_000;
const QUOTED_SENTENCE_LENGTH = 160;

export function checkGrounding(answer: string, cited: readonly Passage[], language: string): GroundingVerdict {
  if (cited.length === 0) return { ok: false, reason: 'The answer cites no passage of an article.' };
  if (answer.length > MAX_CHECKED_ANSWER_LENGTH)
    return { ok: false, reason: `The answer is longer than ${MAX_CHECKED_ANSWER_LENGTH} characters.` };

  const sources = cited.map((passage) => numericClaims(`${passage.title}\n${passage.text}`));
  const unbacked = numericClaims(answer).find((claim) => !claimBacked(claim, sources));
  if (unbacked) return { ok: false, reason: `The number "${unbacked.text}" is not in the cited passages.` };

  const answerBase = baseLanguage(language);
  const sameLanguage = cited.filter((passage) => baseLanguage(passage.language) === answerBase);
  if (sameLanguage.length === 0) return { ok: true };
  const supported = new Set(
    sameLanguage.flatMap((passage) => textTerms(`${passage.title}\n${passage.text}`, passage.language)),
  );
  for (const sentence of sentencesOf(answer.replace(new RegExp(PLACEHOLDER_RE.source, 'gu'), ' '))) {
    const terms = [...new Set(textTerms(withoutCourtesy(foldText(sentence)), language))];
    if (terms.length <= MAX_FREE_TERMS) continue;
    const share = terms.filter((term) => supported.has(term)).length / terms.length;
    if (share < MIN_SENTENCE_SUPPORT)
      return {
        ok: false,
        reason: `The cited passages do not support "${clipped(sentence)}" (${Math.round(share * 100)}% of its words).`,
      };
  }
  return { ok: true };
}

function clipped(sentence: string): string {
  return sentence.length <= QUOTED_SENTENCE_LENGTH ? sentence : `${sentence.slice(0, QUOTED_SENTENCE_LENGTH - 1)}…`;
}

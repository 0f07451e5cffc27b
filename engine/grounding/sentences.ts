/** Sentences of a plain text: ends at . ! ? … and their CJK, Arabic and Devanagari forms, and at line ends. */

const SENTENCE = /[^.!?…。！？؟।\n]+(?:[.!?…。！？؟।]+|\n|$)/gu;
/** A full stop between digits (4.5, 1.000) or after a one-letter abbreviation part (e.g.) does not end a sentence. */
const KEEP_TOGETHER = /(\d)\.(?=\d)|\b(\p{L})\.(?=\p{L}\.)/gu;
const PROTECTED_DOT = '\u2024';

/** The sentences of a text, trimmed, empty ones left out. */
export function sentencesOf(text: string): string[] {
  const guarded = text.replace(KEEP_TOGETHER, (match) => match.replace('.', PROTECTED_DOT));
  return (guarded.match(SENTENCE) ?? [])
    .map((sentence) => sentence.replaceAll(PROTECTED_DOT, '.').trim())
    .filter((sentence) => sentence.length > 0);
}

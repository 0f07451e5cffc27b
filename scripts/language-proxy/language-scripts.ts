/**
 * The script each proxy language is written in. A catalogue entry whose letters are mostly in
 * another script is an untranslated or half-translated string (a Hebrew "translation" that is
 * English text, for instance) and is left out.
 */

const SCRIPT_OF: Readonly<Record<string, RegExp>> = {
  ru: /\p{Script=Cyrillic}/gu,
  uk: /\p{Script=Cyrillic}/gu,
  bg: /\p{Script=Cyrillic}/gu,
  el: /\p{Script=Greek}/gu,
  ar: /\p{Script=Arabic}/gu,
  fa: /\p{Script=Arabic}/gu,
  ur: /\p{Script=Arabic}/gu,
  he: /\p{Script=Hebrew}/gu,
  hi: /\p{Script=Devanagari}/gu,
  bn: /\p{Script=Bengali}/gu,
  zh: /\p{Script=Han}/gu,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu,
  ko: /\p{Script=Hangul}/gu,
  th: /\p{Script=Thai}/gu,
};
const LATIN = /\p{Script=Latin}/gu;
/** At least this share of the letters must be in the language's own script. */
const MIN_SHARE = 0.8;

export function isInOwnScript(text: string, language: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const own = text.match(SCRIPT_OF[language] ?? LATIN)?.length ?? 0;
  return own / letters >= MIN_SHARE;
}

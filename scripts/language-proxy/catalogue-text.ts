/**
 * Turns a catalogue string into plain text a person could have written, and says whether it is a
 * sentence, a two-word text, or neither (then it is left out of the proxy).
 *
 * Software strings carry things no customer writes: printf and brace placeholders, keyboard
 * mnemonics (_File, &File), markup, URLs, paths, command-line options and identifiers. They are
 * removed; what is left is the translator's prose.
 */

export type TextKind = 'sentence' | 'two-word';

const NOISE: readonly RegExp[] = [
  /<[^>]{1,80}>/g, // markup: <b>, </span>, <a href=...>
  /&[a-z]+;|&#\d+;/gi, // entities
  /%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I)?[diouxXeEfFgGaAcspnm%]/g, // printf
  /%\([\w-]+\)[a-z]/g, // python %(name)s
  /%[A-Za-z0-9]\b/g, // %1, %U
  /\$\{[^}]*\}|\$\w+/g, // shell and template variables
  /\{[^{}\s]*\}/g, // {0}, {name}
  /\b[a-z][\w+.-]*:\/\/\S+/gi, // URLs
  /\S+@\S+\.\w+/g, // e-mail addresses
  /(?:^|\s)(?:~|\.{1,2})?\/\S*/g, // paths
  /(?:^|\s)--?[A-Za-z][\w-]*(?:=\S*)?/g, // command-line options
  /\\[ntr]/g, // escapes left in the string
  /\[[^\]]{0,60}\]/g, // usage synopses: [-ef] [--output FILE]
  /\S*[_=]\S*/g, // identifiers (snake_case, key=value) and leftover mnemonics of odd shapes
  /\S*\p{Ll}\p{Lu}\S*/gu, // camelCase identifiers
];

/** Identifiers with two or more underscores (max_buffer_size); one underscore is taken for a mnemonic. */
const SNAKE_CASE = /\S*_\S*_\S*/g;
/** Mnemonic markers before a letter: GTK's "_Open" and "Ö_ffnen", Qt's "&Open". */
const MNEMONIC = /[_&](?=\p{L})/gu;
/** A pair of quotes left with nothing inside once a placeholder is removed ("Cannot open ' '"). */
const EMPTY_QUOTES = /["'“”‘’«»„‚「」]\s*["'“”‘’«»„‚「」]/g;
/** A word here is a whitespace-separated token holding a letter. */
const LETTER = /\p{L}/u;

export function cleanCatalogueText(raw: string): string {
  let text = raw.replace(SNAKE_CASE, ' ').replace(MNEMONIC, '');
  for (const re of NOISE) text = text.replace(re, ' ');
  return text.replace(EMPTY_QUOTES, ' ').replace(/\s+/g, ' ').trim();
}

export function wordsOf(text: string): string[] {
  return text.split(' ').filter((token) => LETTER.test(token));
}

/** Languages written without spaces between words: a "sentence" is told by its letters instead. */
const UNSPACED = new Set(['zh', 'ja', 'th']);
const SENTENCE_MIN_WORDS = 4;
const SENTENCE_MIN_LETTERS_UNSPACED = 8;
const SENTENCE_MIN_LETTERS = 15;

/**
 * A sentence: at least four words (eight letters in Chinese, Japanese and Thai). A two-word text:
 * exactly two words of letters only (with at most trailing punctuation), like a short first
 * message ("Ugyldig licens", "Tarjeta bloqueada"). Anything else is left out.
 */
export function textKind(text: string, language: string): TextKind | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const words = wordsOf(text);
  if (UNSPACED.has(language)) return letters >= SENTENCE_MIN_LETTERS_UNSPACED ? 'sentence' : null;
  if (words.length >= SENTENCE_MIN_WORDS && letters >= SENTENCE_MIN_LETTERS) return 'sentence';
  const tokens = text.split(' ');
  if (tokens.length === 2 && tokens.every((t) => /^\p{L}[\p{L}\p{M}'’-]*\p{L}[.!?:…]*$/u.test(t))) return 'two-word';
  return null;
}

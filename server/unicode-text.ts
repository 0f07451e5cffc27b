/**
 * Well-formed Unicode text: no UTF-16 surrogate that stands alone. A lone surrogate (a JSON "\ud800" escape)
 * cannot be encoded as UTF-8, so a database stores U+FFFD in its place and reads back other text than was
 * written. In a regular expression with the `u` flag a surrogate pair is one code point and only a lone
 * surrogate has the category Cs.
 */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The text with each lone surrogate replaced by U+FFFD, as UTF-8 encoders do (String.prototype.toWellFormed). */
export function toWellFormedText(text: string): string {
  return hasLoneSurrogate(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

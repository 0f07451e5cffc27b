/**
 * Cleaning of text that came in a mail, before anyone reads it: control characters (NUL included), bidi overrides
 * and invisible formatting characters are removed, unpaired surrogates become U+FFFD, and lengths are bounded.
 */

/** C0 controls but tab and line feed, DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates (they can reverse what a line seems to say), word joiner, BOM. */
const BIDI_AND_INVISIBLE = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** Zero-width joiners as well: fine inside words, never needed in a one-line value such as a file name. */
const JOINERS = /[\u200C\u200D]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A mail's body text, cleaned: line ends \n, no controls but tab and newline, trailing spaces and blank runs tidied. */
export function cleanBodyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, '')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A one-line value (a subject, a name, a file name): controls and line breaks become spaces, runs collapse. */
export function cleanLine(text: string, maxLength: number): string {
  const line = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(JOINERS, '')
    .replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ')
    .trim();
  return cutAt(line, maxLength).trim();
}

/** The first `maxLength` UTF-16 units of `text`, never splitting a surrogate pair. */
export function cutAt(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}

/** The longest start of `text` whose UTF-8 encoding fits in `maxBytes`, never splitting a character. */
export function cutAtBytes(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the character that does not fit.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

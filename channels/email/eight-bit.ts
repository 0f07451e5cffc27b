/**
 * Mail written by old programs carries 8-bit text with no charset (or a wrong one). Bytes that are not UTF-8 and hold
 * no UTF-8 character at all are read as Windows-1252 (a superset of Latin-1, what such mail almost always is);
 * bytes that are mostly UTF-8 stay UTF-8 and only their broken sequences become U+FFFD.
 */

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');

/** True when `bytes` are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when `bytes` are not valid UTF-8 and decode to no character beyond ASCII except replacements. */
export function isLegacyEightBit(bytes: Uint8Array): boolean {
  return !isUtf8(bytes) && !/[^\u0000-\u007F\uFFFD]/.test(utf8Lenient.decode(bytes));
}

/** Windows-1252 bytes as UTF-8. */
export function legacyToUtf8(bytes: Uint8Array): Buffer {
  return Buffer.from(windows1252.decode(bytes), 'utf8');
}

/** Whether this runtime can decode the named charset (what a mail declares; unknown names are treated as absent). */
export function isKnownCharset(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

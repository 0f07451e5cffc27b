import { isKnownCharset, isLegacyEightBit, isUtf8 } from './eight-bit.js';
import { fieldValue, type RawField } from './raw-header.js';

const UTF8_LIKE = new Set(['', 'utf-8', 'utf8', 'us-ascii', 'ascii']);
/** Latin charsets a mail program declares by default while writing UTF-8 (webmail forms, old scripts). */
const LATIN_DECLARED = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'iso-8859-15', 'windows-1252', 'cp1252']);

/**
 * For a mail of one text part whose bytes contradict its charset, its Content-Type field saying the charset they
 * are in, so the parser reads the letters instead of U+FFFD or mojibake ("GrÃ¼ÃŸe"): windows-1252 for 8-bit Latin
 * bytes declared as nothing, ASCII, UTF-8 or an unknown charset; utf-8 for UTF-8 bytes declared as Latin-1 or
 * windows-1252 (real Latin-1 text is almost never also valid UTF-8). Null when nothing needs changing (multipart
 * mail, a charset the bytes fit, or only ASCII).
 */
export function charsetFieldForBytes(fields: readonly RawField[], body: Buffer): RawField | null {
  const contentType = fields.find((field) => field.name === 'content-type');
  const value = contentType === undefined ? 'text/plain' : fieldValue(contentType);
  const type = (/^\s*([^;\s]*)/.exec(value)?.[1] ?? '').toLowerCase();
  if (type !== '' && !type.startsWith('text/')) return null;
  const charset = (/;\s*charset\s*=\s*"?([^";\s]*)/i.exec(value)?.[1] ?? '').toLowerCase();
  const declaredLatin = LATIN_DECLARED.has(charset);
  if (!declaredLatin && !UTF8_LIKE.has(charset) && isKnownCharset(charset)) return null;
  const encoding = fields.find((field) => field.name === 'content-transfer-encoding');
  const decoded = decodeTransfer(encoding === undefined ? '' : fieldValue(encoding).toLowerCase(), body);
  if (!decoded.some((byte) => byte >= 0x80)) return null;
  const actual = declaredLatin ? (isUtf8(decoded) ? 'utf-8' : null) : isLegacyEightBit(decoded) ? 'windows-1252' : null;
  if (actual === null) return null;
  const params = value.replace(/^\s*[^;]*/, '').replace(/;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/gi, '');
  return {
    name: 'content-type',
    bytes: Buffer.from(`Content-Type: ${type === '' ? 'text/plain' : type}${params}; charset=${actual}`),
  };
}

function decodeTransfer(encoding: string, body: Buffer): Buffer {
  if (encoding === 'base64') return Buffer.from(body.toString('latin1'), 'base64');
  if (encoding === 'quoted-printable') {
    const text = body.toString('latin1').replace(/=\r?\n/g, '');
    return Buffer.from(
      text.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  }
  return body;
}

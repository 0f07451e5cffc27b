import { isKnownCharset, isLegacyEightBit } from './eight-bit.js';
import { fieldValue, type RawField } from './raw-header.js';

const UTF8_LIKE = new Set(['', 'utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * For a mail of one text part whose charset is missing, unknown, or says ASCII/UTF-8 while the bytes are 8-bit
 * Latin text: its Content-Type field saying windows-1252, so the parser reads the letters instead of U+FFFD.
 * Null when nothing needs changing (multipart mail, a charset the bytes fit, or a body that is UTF-8).
 */
export function legacyCharsetField(fields: readonly RawField[], body: Buffer): RawField | null {
  const contentType = fields.find((field) => field.name === 'content-type');
  const value = contentType === undefined ? 'text/plain' : fieldValue(contentType);
  const type = (/^\s*([^;\s]*)/.exec(value)?.[1] ?? '').toLowerCase();
  if (type !== '' && !type.startsWith('text/')) return null;
  const charset = (/;\s*charset\s*=\s*"?([^";\s]*)/i.exec(value)?.[1] ?? '').toLowerCase();
  if (!UTF8_LIKE.has(charset) && isKnownCharset(charset)) return null;
  const encoding = fields.find((field) => field.name === 'content-transfer-encoding');
  const decoded = decodeTransfer(encoding === undefined ? '' : fieldValue(encoding).toLowerCase(), body);
  if (!decoded.some((byte) => byte >= 0x80) || !isLegacyEightBit(decoded)) return null;
  const params = value.replace(/^\s*[^;]*/, '').replace(/;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/gi, '');
  return {
    name: 'content-type',
    bytes: Buffer.from(`Content-Type: ${type === '' ? 'text/plain' : type}${params}; charset=windows-1252`),
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

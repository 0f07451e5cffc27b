/**
 * Reads a compiled gettext catalogue (.mo): the source strings (msgid, English in Debian's packages)
 * and their translations (msgstr). Only what the language proxy needs: the first form of plural
 * entries, the message context dropped, the header entry (empty msgid) skipped.
 */

export interface CatalogueEntry {
  /** The source string (the catalogue's English), without its context. */
  source: string;
  translation: string;
}

export class MoFileError extends Error {}

const MAGIC_LITTLE_ENDIAN = 0x950412de;
const MAGIC_BIG_ENDIAN = 0xde120495;
/** gettext separates a message's context from its msgid with EOT, and plural forms with NUL. */
const CONTEXT_SEPARATOR = '\u0004';
const PLURAL_SEPARATOR = '\u0000';

/** The catalogue's charset from its header entry ("Content-Type: text/plain; charset=UTF-8"). */
function headerCharset(header: string): string {
  return /charset=([\w-]+)/i.exec(header)?.[1]?.toLowerCase() ?? 'utf-8';
}

export function parseMoFile(bytes: Uint8Array, name = 'catalogue'): CatalogueEntry[] {
  if (bytes.length < 28) throw new MoFileError(`${name} is too short to be a .mo file.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  const littleEndian = magic === MAGIC_LITTLE_ENDIAN;
  if (!littleEndian && magic !== MAGIC_BIG_ENDIAN)
    throw new MoFileError(`${name} is not a .mo file (magic ${magic.toString(16)}).`);
  const u32 = (offset: number) => view.getUint32(offset, littleEndian);
  const count = u32(8);
  const sourcesAt = u32(12);
  const translationsAt = u32(16);
  const raw = (tableAt: number, i: number): Uint8Array => {
    const length = u32(tableAt + 8 * i);
    const offset = u32(tableAt + 8 * i + 4);
    if (offset + length > bytes.length) throw new MoFileError(`${name}: string ${i} lies outside the file.`);
    return bytes.subarray(offset, offset + length);
  };
  const ascii = new TextDecoder('latin1');
  let charset = 'utf-8';
  for (let i = 0; i < count; i++) {
    if (raw(sourcesAt, i).length === 0) charset = headerCharset(ascii.decode(raw(translationsAt, i)));
  }
  const decoder = new TextDecoder(charset, { fatal: true });
  const entries: CatalogueEntry[] = [];
  for (let i = 0; i < count; i++) {
    const sourceBytes = raw(sourcesAt, i);
    if (sourceBytes.length === 0) continue;
    try {
      const source = decoder.decode(sourceBytes).split(PLURAL_SEPARATOR)[0]!;
      const translation = decoder.decode(raw(translationsAt, i)).split(PLURAL_SEPARATOR)[0]!;
      entries.push({ source: source.slice(source.indexOf(CONTEXT_SEPARATOR) + 1), translation });
    } catch {
      // A string that is not valid in the declared charset is a broken entry: skipped.
    }
  }
  return entries;
}

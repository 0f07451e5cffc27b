import { describe, expect, it } from 'vitest';
import { cleanCatalogueText, textKind } from '../../../scripts/language-proxy/catalogue-text.js';
import { isInOwnScript } from '../../../scripts/language-proxy/language-scripts.js';
import { MoFileError, parseMoFile } from '../../../scripts/language-proxy/mo-file.js';

/** A little-endian .mo file holding `entries` (msgid -> msgstr), sorted by msgid as msgfmt writes them. */
function moFile(entries: ReadonlyArray<readonly [string, string]>): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const encoder = new TextEncoder();
  const sources = sorted.map(([s]) => encoder.encode(s));
  const translations = sorted.map(([, t]) => encoder.encode(t));
  const n = sorted.length;
  const sourcesAt = 28;
  const translationsAt = sourcesAt + 8 * n;
  let dataAt = translationsAt + 8 * n;
  const size = dataAt + [...sources, ...translations].reduce((s, b) => s + b.length + 1, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x950412de, true);
  view.setUint32(8, n, true);
  view.setUint32(12, sourcesAt, true);
  view.setUint32(16, translationsAt, true);
  const put = (tableAt: number, i: number, b: Uint8Array) => {
    view.setUint32(tableAt + 8 * i, b.length, true);
    view.setUint32(tableAt + 8 * i + 4, dataAt, true);
    bytes.set(b, dataAt);
    dataAt += b.length + 1;
  };
  sources.forEach((b, i) => put(sourcesAt, i, b));
  translations.forEach((b, i) => put(translationsAt, i, b));
  return bytes;
}

describe('parseMoFile', () => {
  it('reads source strings and translations, skipping the header, dropping the context and keeping the first plural form', () => {
    const bytes = moFile([
      ['', 'Content-Type: text/plain; charset=UTF-8\n'],
      ['Cannot open file', 'Kan ikke åbne filen'],
      ['menu\u0004Open', 'Åbn'],
      ['%d file\u0000%d files', '%d fil\u0000%d filer'],
    ]);
    expect(parseMoFile(bytes)).toEqual([
      { source: '%d file', translation: '%d fil' },
      { source: 'Cannot open file', translation: 'Kan ikke åbne filen' },
      { source: 'Open', translation: 'Åbn' },
    ]);
  });

  it('refuses a file that is not a catalogue', () => {
    expect(() => parseMoFile(new TextEncoder().encode('definitely not a gettext catalogue'), 'x.mo')).toThrow(
      MoFileError,
    );
  });
});

describe('cleanCatalogueText', () => {
  it.each([
    ['_Open the file %s in %2$d ways', 'Open the file in ways'],
    ['Could not read <b>{name}</b>: %(reason)s', 'Could not read :'],
    ['See https://example.org/help or /usr/share/doc for --verbose', 'See or for'],
    ["Cannot open '%s'", 'Cannot open'],
    ['Usage: tar [-cxf] [--file=ARCHIVE] FILE...', 'Usage: tar FILE...'],
    ['Set max_buffer_size or useCache first', 'Set or first'],
    ['Ö_ffnen', 'Öffnen'],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanCatalogueText(raw)).toBe(clean);
  });
});

describe('textKind', () => {
  it('tells sentences, two-word texts and the rest apart', () => {
    expect(textKind('Kan ikke åbne filen til skrivning', 'da')).toBe('sentence');
    expect(textKind('Ugyldig licens', 'da')).toBe('two-word');
    expect(textKind('Tarjeta bloqueada.', 'es')).toBe('two-word');
    expect(textKind('Fil', 'da')).toBeNull();
    expect(textKind('Version 2', 'da')).toBeNull();
    expect(textKind('Open file now', 'en')).toBeNull();
    expect(textKind('无法打开文件进行写入操作', 'zh')).toBe('sentence');
    expect(textKind('打开文件', 'zh')).toBeNull();
  });
});

describe('isInOwnScript', () => {
  it('keeps text in the language script and drops untranslated English', () => {
    expect(isInOwnScript('לא ניתן לפתוח את הקובץ', 'he')).toBe(true);
    expect(isInOwnScript('Could not allocate bytes', 'he')).toBe(false);
    expect(isInOwnScript('Kan ikke åbne filen', 'da')).toBe(true);
    expect(isInOwnScript('Не удалось открыть файл', 'ru')).toBe(true);
    expect(isInOwnScript('Не удалось открыть файл', 'pl')).toBe(false);
  });
});

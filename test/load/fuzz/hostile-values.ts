import { MAX_JSON_DEPTH } from '../../../shared/api/input-limits.js';
import type { Prng } from './prng.js';
import { RawJson, type FuzzJson } from './raw-json.js';

/**
 * Values an attacker sends: text that is not well-formed Unicode or carries NUL and control characters,
 * numbers at and past the edges of a double, nesting thousands of levels deep and values of the wrong type;
 * and hostile text that is well-formed, so it passes the edge and reaches the stores.
 */

/** Text the queue must refuse wherever it appears: lone surrogates (JSON.stringify writes them as \u escapes) and NUL. */
const MALFORMED_FRAGMENTS: readonly string[] = [
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\udc00\ud800', // a pair the wrong way round
  'ok\ud83d', // a high surrogate cut off at the end
  '\u0000',
  'a\u0000b',
];

/** Well-formed text that is still hostile: it passes the edge and has to be stored, hashed, sent and shown as it is. */
const WELL_FORMED_FRAGMENTS: readonly string[] = [
  '\u0001\u0007\u001b[31m\u007f',
  '\r\n\t\v\f',
  '\ufeff', // byte order mark
  '\ufffe\uffff', // noncharacters
  '\ufffd', // the replacement character itself
  '\u202eevil\u202c', // right-to-left override
  '\u200b\u200c\u200d\u2060', // zero-width characters
  'Z\u0351\u0352\u0357\u035b\u0346\u0300\u0301\u0302\u0303\u0304\u0305', // stacked combining marks
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '𝕳𝖊𝖑𝖑𝖔',
  '\u0130\u0131\u00df\u1e9e', // case-mapping traps
  '日本語のテキスト',
  'مرحبا بالعالم',
  "'; DROP TABLE tickets; --",
  '" OR 1=1 --',
  '%_\\',
  '$1 $$ ${x}',
  '\\u0000',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '../../../etc/passwd',
  '__proto__',
  'constructor',
  '   ',
  '',
];

const HOSTILE_FRAGMENTS: readonly string[] = [...MALFORMED_FRAGMENTS, ...WELL_FORMED_FRAGMENTS];

/** Lengths just past the limits the schemas use (ids 100, names 200, subjects 300, reasons 2000, texts 20,000). */
const EDGE_LENGTHS: readonly number[] = [101, 201, 301, 2_001, 4_097, 20_001, 100_000];

type CodePointRange = readonly [number, number];
const PRINTABLE_ASCII: CodePointRange = [0x20, 0x7e];
const C0_CONTROLS: CodePointRange = [0x00, 0x1f];
const BMP_BELOW_SURROGATES: CodePointRange = [0x80, 0xd7ff];
const SURROGATES: CodePointRange = [0xd800, 0xdfff];
const BMP_ABOVE_SURROGATES: CodePointRange = [0xe000, 0xffff];
const ASTRAL: CodePointRange = [0x10000, 0x10ffff];

/** A code point anywhere in Unicode, unassigned ones included; lone surrogates and NUL only when not `wellFormed`. */
function randomCodePoint(prng: Prng, wellFormed: boolean): string {
  const range = prng.weighted<CodePointRange>([
    [4, PRINTABLE_ASCII],
    [2, C0_CONTROLS],
    [3, BMP_BELOW_SURROGATES],
    [wellFormed ? 0 : 3, SURROGATES],
    [1, BMP_ABOVE_SURROGATES],
    [2, ASTRAL],
  ]);
  const codePoint = prng.int(wellFormed && range === C0_CONTROLS ? 1 : range[0], range[1]);
  return codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
}

export function randomUnicode(prng: Prng, maxLength: number, wellFormed = false): string {
  const length = prng.int(1, Math.max(1, maxLength));
  let text = '';
  while (text.length < length) text += randomCodePoint(prng, wellFormed);
  return text;
}

/** Hostile text of any length: fragments, random code points, or something just past a limit. */
export function hostileString(prng: Prng): string {
  return prng.weighted<() => string>([
    [5, () => Array.from({ length: prng.int(1, 4) }, () => prng.pick(HOSTILE_FRAGMENTS)).join('')],
    [4, () => randomUnicode(prng, 40)],
    [2, () => prng.pick(HOSTILE_FRAGMENTS) + 'x'.repeat(prng.pick(EDGE_LENGTHS))],
    [1, () => randomUnicode(prng, 3_000)],
  ])();
}

/** Fits a field of at most `maxLength` characters and is not blank: "x" first, cut to the length without splitting a pair. */
function fitted(core: string, maxLength: number): string {
  const text = `x${core}`;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Well-formed hostile text (control and bidi characters, emoji, SQL and markup) that fits a field of at most
 * `maxLength` characters: it passes the schema and the edge and reaches the store.
 */
export function acceptedHostileText(prng: Prng, maxLength: number): string {
  return fitted(
    prng.chance(0.5) ? prng.pick(WELL_FORMED_FRAGMENTS) : randomUnicode(prng, Math.min(12, maxLength), true),
    maxLength,
  );
}

/** Text that fits the field but is not well-formed Unicode or holds NUL: the edge must refuse it, whatever field it is in. */
export function refusedText(prng: Prng, maxLength: number): string {
  return fitted(prng.pick(MALFORMED_FRAGMENTS), maxLength);
}

/** Numbers at the edges of a double and of JSON; some only as text, since JSON.stringify cannot write them. */
export function hostileNumber(prng: Prng): FuzzJson {
  return prng.pick<() => FuzzJson>([
    () => 1e308,
    () => 1.7e308,
    () => -1.7e308,
    () => Number.MAX_VALUE,
    () => Number.MIN_VALUE,
    () => Number.MAX_SAFE_INTEGER,
    () => -Number.MAX_SAFE_INTEGER,
    () => 2 ** 53,
    () => 1e21,
    () => 0.1,
    () => -1,
    () => 0,
    () => 1.5,
    () => new RawJson('-0', '-0'),
    () => new RawJson('9007199254740993', '2^53+1'),
    () => new RawJson('9223372036854775808', '2^63'),
    () => new RawJson('1e400', '1e400'),
    () => new RawJson('-1e400', '-1e400'),
    () => new RawJson('1e-400', '1e-400'),
    () => new RawJson('1E+308', '1E+308'),
    () => new RawJson('1'.repeat(400), '400-digit integer'),
    () => new RawJson(`0.${'0'.repeat(350)}1`, '351-digit fraction'),
  ])();
}

/** Text that is not a JSON number at all, in a number's place. */
export function brokenNumber(prng: Prng): RawJson {
  return prng.pick(
    ['NaN', 'Infinity', '-Infinity', '0x10', '00', '1.', '-', '+1', '.5', '1e', '1_000'].map(
      (text) => new RawJson(text, `number ${text}`),
    ),
  );
}

/** The deepest body the queue takes, one level more, and the depths that broke consoles (1,000+), the queue (1,625) and worse. */
export const NESTING_DEPTHS: readonly number[] = [
  MAX_JSON_DEPTH,
  MAX_JSON_DEPTH + 1,
  500,
  1_000,
  1_600,
  1_625,
  2_000,
  5_000,
];

export type NestingKind = 'array' | 'object' | 'mixed';

/** Arrays or objects nested `depth` levels, written as text (no recursion here or in the encoder). */
export function deepNesting(
  prng: Prng,
  depth = prng.pick(NESTING_DEPTHS),
  kind: NestingKind = prng.pick(['array', 'object', 'mixed'] as const),
): RawJson {
  if (kind === 'array') return new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`, `[] nested ${depth} deep`);
  if (kind === 'object') return new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `{} nested ${depth} deep`);
  return new RawJson(`${'[{"a":'.repeat(depth)}null${'}]'.repeat(depth)}`, `[{}] nested ${depth} deep`);
}

/** A string whose bytes are not UTF-8 (a surrogate encoded as UTF-8, a stray byte, an overlong NUL...). */
export function invalidUtf8String(prng: Prng): RawJson {
  const bytes = prng.pick([
    [0xed, 0xa0, 0x80], // U+D800 encoded as if it were a character
    [0xed, 0xbf, 0xbf], // U+DFFF likewise
    [0xc0, 0x80], // overlong NUL
    [0xff],
    [0xc3, 0x28],
    [0xe2, 0x82], // cut short
    [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
    [0x80],
  ]);
  return new RawJson(
    Buffer.concat([Buffer.from('"x'), Buffer.from(bytes), Buffer.from('"')]),
    `invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(' ')}`,
  );
}

/** A value of some other JSON type than the field expects. */
export function wrongType(prng: Prng): FuzzJson {
  return prng.pick<() => FuzzJson>([
    () => null,
    () => true,
    () => 'string',
    () => 42,
    () => [],
    () => ({}),
    () => [1, 'two', null],
    () => ({ $gt: '' }),
    () => Object.fromEntries([['__proto__', { polluted: true }]]) as FuzzJson,
  ])();
}

/** Any of the above. */
export function hostileValue(prng: Prng): FuzzJson {
  return prng.weighted<() => FuzzJson>([
    [5, () => hostileString(prng)],
    [4, () => hostileNumber(prng)],
    [1, () => brokenNumber(prng)],
    [2, () => deepNesting(prng)],
    [2, () => invalidUtf8String(prng)],
    [3, () => wrongType(prng)],
  ])();
}

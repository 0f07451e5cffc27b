/**
 * eld's n-gram language scoring (https://github.com/nitotm/efficient-language-detector-js, Apache-2.0)
 * over its "large" database, read from the compact copy in language-ngram-data.ts
 * (scripts/build-language-ngrams.ts) instead of eld's JavaScript object literal: the same answers and
 * scores as `eld/large` with a language subset, for about a tenth of its start-up time and memory.
 *
 * The database is decoded on the first detection, not at import, so importing the detector costs
 * nothing until a text needs a language.
 */
import { gunzipSync } from 'node:zlib';
import { NGRAM_DATA } from './language-ngram-data.js';

export interface NgramResult {
  /** ISO 639-1 code of eld's best language in the subset ('no' is Bokmål, 'ms' Malay), or '' when none scored. */
  language: string;
  /** Each scoring language's score in 0..1, best first (eld's getScores()). */
  getScores(): Record<string, number>;
  /** eld's isReliable(): enough n-grams and a score near the language's usual one. */
  isReliable(): boolean;
}

export interface NgramDetector {
  detect(text: string): NgramResult;
}

interface NgramTable {
  languages: string[];
  avgScore: number[];
  separators: RegExp;
  dictionary: string[];
  /** n-gram -> its index in `offsets`. */
  index: Map<string, number>;
  /** Entry range of n-gram i: entries[2*offsets[i] .. 2*offsets[i+1]) as (language, score) pairs. */
  offsets: Uint32Array;
  entries: Uint8Array;
}

interface TableHeader {
  languages: string[];
  avgScore: number[];
  separators: string;
  separatorFlags: string;
  dictionary: string[];
}

let table: NgramTable | null = null;

function decodeTable(): NgramTable {
  const bytes = gunzipSync(Buffer.from(NGRAM_DATA, 'base64'));
  let at = 0;
  const u32 = () => {
    const n = bytes.readUInt32LE(at);
    at += 4;
    return n;
  };
  const headerLength = u32();
  const header = JSON.parse(bytes.toString('utf8', at, at + headerLength)) as TableHeader;
  at += headerLength;
  const count = u32();
  const lengths = bytes.subarray(at, (at += count));
  const keyBytes = lengths.reduce((sum, n) => sum + n, 0);
  const keys = bytes.toString('latin1', at, (at += keyBytes));
  const counts = bytes.subarray(at, (at += count));
  const index = new Map<string, number>();
  const offsets = new Uint32Array(count + 1);
  let keyAt = 0;
  for (let i = 0; i < count; i++) {
    index.set(keys.slice(keyAt, (keyAt += lengths[i]!)), i);
    offsets[i + 1] = offsets[i]! + counts[i]!;
  }
  return {
    languages: header.languages,
    avgScore: header.avgScore,
    separators: new RegExp(header.separators, header.separatorFlags),
    dictionary: header.dictionary,
    index,
    offsets,
    entries: bytes.subarray(at, at + 2 * offsets[count]!),
  };
}

const loadTable = () => (table ??= decodeTable());

// eld's constants: texts are cut to 1,000 characters and about 380 UTF-8 bytes; each n-gram adds its
// stored score plus the minimum the database subtracted; scores are scaled by 25.
const ELD = {
  maxText: 1000,
  cutAfterBytes: 350,
  enforceCutAfterBytes: 380,
  baseNgramScore: 53,
  scale: 25,
  maxWord: 70,
  reliableRatio: 0.75,
} as const;

/** The text's words as eld sees them: each UTF-8 byte written as one character of eld's dictionary. */
function utf8Words(text: string, dictionary: readonly string[]): string[] {
  let encoded = '';
  const words: string[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > ELD.cutAfterBytes) break;
      } else {
        encoded += text[i];
      }
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (code >> 12)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (code >> 18)]! +
        dictionary[0x80 | ((code >> 12) & 0x3f)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > ELD.enforceCutAfterBytes) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** 4-byte n-grams with a stride of 3, a leading space on a word's first and a trailing one on its last. */
function byteNgrams(words: readonly string[]): Set<string> {
  const ngrams = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, ELD.maxWord);
    let j = 0;
    for (; j + 4 < len; j += 3) ngrams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    ngrams.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return ngrams;
}

function result(
  t: NgramTable,
  best: number,
  scores: readonly number[],
  subset: readonly number[],
  ngramCount: number,
): NgramResult {
  let ordered: Array<[number, number]> | null = null;
  const order = () =>
    (ordered ??= subset
      .filter((lang) => scores[lang]! > 0)
      .map((lang): [number, number] => {
        const perNgram = scores[lang]! / ngramCount;
        return [lang, perNgram / (perNgram + ELD.scale)];
      })
      .sort((a, b) => b[1] - a[1]));
  const language = best >= 0 ? t.languages[best]! : '';
  return {
    language,
    getScores: () => Object.fromEntries(order().map(([lang, score]) => [t.languages[lang]!, score])),
    isReliable: () => {
      const top = order();
      if (best < 0 || top.length === 0 || ngramCount < 3) return false;
      // As eld 2.1.0 has it: the second entry's first field (its language index) stands for the next score.
      const next = top.length > 1 ? top[1]![0] : 0;
      return !(t.avgScore[best]! * ELD.reliableRatio > top[0]![1] || 0.01 > Math.abs(top[0]![1] - next));
    },
  };
}

/** A detector that answers with one of `languages` (eld's codes), like eld/large after setLanguageSubset(languages). */
export function ngramDetector(languages: readonly string[]): NgramDetector {
  let subset: number[] | null = null;
  return {
    detect(text: string): NgramResult {
      const t = loadTable();
      subset ??= t.languages.flatMap((code, i) => (languages.includes(code) ? [i] : []));
      const words = utf8Words(
        text.substring(0, ELD.maxText).replace(t.separators, ' ').trim().toLowerCase(),
        t.dictionary,
      );
      const ngrams = byteNgrams(words);
      const scores = new Array<number>(t.languages.length).fill(0);
      for (const ngram of ngrams) {
        const i = t.index.get(ngram);
        if (i === undefined) continue;
        for (let e = 2 * t.offsets[i]!; e < 2 * t.offsets[i + 1]!; e += 2) {
          const lang = t.entries[e]!;
          scores[lang] = scores[lang]! + t.entries[e + 1]! + ELD.baseNgramScore;
        }
      }
      let best = -1;
      for (const lang of subset) if (scores[lang]! > 0 && (best < 0 || scores[lang]! > scores[best]!)) best = lang;
      return result(t, best, scores, subset, ngrams.size);
    },
  };
}

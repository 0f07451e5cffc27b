/**
 * Text -> fixed-size sparse feature vector, the input of the intent classifier.
 *
 * normaliseText: Unicode-aware normalisation (NFKC, lowercase, accents stripped from Latin letters
 * only, Arabic diacritics/letter variants unified, digit runs collapsed). Arabic, CJK and other
 * scripts keep their letters.
 * extractFeatureCounts: word unigrams and bigrams plus character n-grams inside word boundaries,
 * hashed (FNV-1a) into `hashBits` buckets.
 * weighFeatures: sublinear TF x IDF, then L2 norm.
 */

export interface FeatureOptions {
  /** Size of the hashed feature space is 2^hashBits. */
  hashBits: number;
  charNgramMin: number;
  charNgramMax: number;
  /** Multiplier for word unigram/bigram features relative to char n-grams (before L2 norm). */
  wordWeight: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  hashBits: 20,
  charNgramMin: 3,
  charNgramMax: 4,
  wordWeight: 2,
};

/** Hashed feature counts of one text: bucket ids (sorted, unique) and their raw counts. */
export interface FeatureCounts {
  buckets: Int32Array;
  counts: Float32Array;
}

/** A weighted sparse vector over a compact feature index (rows of the classifier's weights). */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_ALEF = /[\u0622\u0623\u0625\u0671]/g;
const DIGITS = /\p{Nd}+/gu;
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** Lowercase, strip accents from Latin letters only, unify Arabic letter variants, collapse digits. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .replace(ARABIC_DIACRITICS, '')
    .replace(ARABIC_ALEF, '\u0627')
    .replace(/\u0649/g, '\u064A') // alef maksura -> ya
    .replace(/\u0629/g, '\u0647') // ta marbuta -> ha
    .replace(DIGITS, '0');
}

export function tokenise(normalised: string): string[] {
  return normalised.match(TOKEN) ?? [];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units of s[start, end), seeded by a namespace byte. */
function hashRange(s: string, start: number, end: number, namespace: number): number {
  let h = Math.imul(FNV_OFFSET ^ namespace, FNV_PRIME);
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h >>> 0;
}

const NS_WORD = 1;
const NS_BIGRAM = 2;
const NS_CHAR = 3;

/** Raw hashed counts. Word features carry `wordWeight` per occurrence; char n-grams 1. */
export function extractFeatureCounts(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): FeatureCounts {
  const mask = (1 << options.hashBits) - 1;
  const tokens = tokenise(normaliseText(text));
  const acc = new Map<number, number>();
  const add = (bucket: number, weight: number) => acc.set(bucket, (acc.get(bucket) ?? 0) + weight);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    add(hashRange(tok, 0, tok.length, NS_WORD) & mask, options.wordWeight);
    if (t > 0) {
      const pair = `${tokens[t - 1]!} ${tok}`;
      add(hashRange(pair, 0, pair.length, NS_BIGRAM) & mask, options.wordWeight);
    }
    const padded = `<${tok}>`;
    for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(hashRange(padded, i, i + n, NS_CHAR) & mask, 1);
      if (n >= padded.length) break;
    }
  }
  const buckets = Int32Array.from(acc.keys()).sort();
  const counts = new Float32Array(buckets.length);
  for (let i = 0; i < buckets.length; i++) counts[i] = acc.get(buckets[i]!)!;
  return { buckets, counts };
}

/**
 * The fitted part of the featuriser: which hashed buckets are kept (seen in at least `minDf`
 * training texts) and their IDF. `rowOf` maps a bucket to its compact row, or -1.
 */
export interface Vocabulary {
  hashBits: number;
  buckets: Int32Array; // sorted
  idf: Float32Array; // per kept bucket
}

export function fitVocabulary(docs: readonly FeatureCounts[], hashBits: number, minDf: number): Vocabulary {
  const df = new Int32Array(1 << hashBits);
  for (const d of docs) for (const b of d.buckets) df[b]!++;
  const kept: number[] = [];
  for (let b = 0; b < df.length; b++) if (df[b]! >= minDf) kept.push(b);
  const buckets = Int32Array.from(kept);
  const idf = new Float32Array(buckets.length);
  const n = docs.length;
  for (let i = 0; i < buckets.length; i++) idf[i] = Math.log((1 + n) / (1 + df[buckets[i]!]!)) + 1;
  return { hashBits, buckets, idf };
}

/** Lookup table bucket -> compact row (-1 when the bucket was not kept). */
export function rowLookup(vocab: Vocabulary): Int32Array {
  const table = new Int32Array(1 << vocab.hashBits).fill(-1);
  for (let i = 0; i < vocab.buckets.length; i++) table[vocab.buckets[i]!] = i;
  return table;
}

/** Sublinear TF (1 + ln tf) x IDF over kept buckets, L2-normalised. */
export function weighFeatures(counts: FeatureCounts, vocab: Vocabulary, lookup: Int32Array): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  let norm = 0;
  for (let i = 0; i < counts.buckets.length; i++) {
    const row = lookup[counts.buckets[i]!]!;
    if (row < 0) continue;
    const tf = counts.counts[i]!;
    const w = (tf > 1 ? 1 + Math.log(tf) : tf) * vocab.idf[row]!;
    idx.push(row);
    val.push(w);
    norm += w * w;
  }
  const values = Float32Array.from(val);
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i]! *= inv;
  }
  return { indices: Int32Array.from(idx), values };
}

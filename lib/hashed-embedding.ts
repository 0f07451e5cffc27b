/**
 * A deterministic stand-in for an embeddings model (the scripted OpenAI-compatible server's /v1/embeddings): a
 * hashed bag of the text's lowercase words (and of the character bigrams of scripts written without spaces), so
 * texts sharing words are near and unrelated texts are far. For tests and replays, not for ranking real traffic.
 */
export const HASHED_EMBEDDING_DIMENSIONS = 64;

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;

/** FNV-1a of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function features(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).flatMap((word) => {
    const chars = [...word];
    if (!UNSPACED.test(word) || chars.length < 2) return [word];
    return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
  });
}

/** The text's vector: each feature adds ±1 at its hashed dimension. */
export function hashedEmbedding(text: string): number[] {
  const vector = new Array<number>(HASHED_EMBEDDING_DIMENSIONS).fill(0);
  for (const feature of features(text)) {
    const h = hash(feature);
    const at = h % HASHED_EMBEDDING_DIMENSIONS;
    vector[at] = (vector[at] ?? 0) + ((h >>> 16) & 1 ? 1 : -1);
  }
  return vector;
}

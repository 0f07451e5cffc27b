/**
 * Embeddings from the provider's endpoint (the openai SDK's embeddings.create, any OpenAI-compatible server), for
 * ranking passages by meaning next to full text. Requests are bounded (texts per request, characters per text) and
 * answers are checked (one finite vector per text, all of one length, at most MAX_DIMENSIONS). The first failure
 * (no such endpoint, a 4xx or 5xx, a timeout, a malformed answer) turns embeddings off for good, told to `log` once;
 * callers then rank by full text alone.
 */
import type OpenAI from 'openai';
import { unitVector, type VectorStore } from './vector-store.js';

export interface EmbeddingsOptions {
  /** engine/openai/client.ts createOpenAiClient(endpoint) */
  client: OpenAI;
  /** The embeddings model, e.g. text-embedding-3-small or nomic-embed-text. */
  model: string;
  /** A SQLite file for the vectors (kept between runs); in memory when absent. */
  cacheFile?: string;
}

export const MAX_TEXTS_PER_REQUEST = 64;
export const MAX_EMBEDDED_CHARS = 4_000;
export const MAX_DIMENSIONS = 4_096;

export interface Embedder {
  readonly model: string;
  /** Whether embeddings are still on (no failure yet). */
  readonly enabled: boolean;
  /**
   * Unit vectors for the texts, from the store or the endpoint; null once embeddings are off. `keep: false` (a
   * customer's query) neither reads nor writes the store.
   */
  embed(texts: readonly string[], keep: boolean): Promise<Float32Array[] | null>;
}

export function createEmbedder(
  options: EmbeddingsOptions,
  store: VectorStore,
  log: (message: string) => void,
): Embedder {
  let enabled = true;

  const turnOff = (reason: string) => {
    if (!enabled) return;
    enabled = false;
    log(`Embeddings off for model ${options.model}: ${reason}. Retrieval continues by full text only.`);
  };

  const request = async (texts: readonly string[]): Promise<Float32Array[]> => {
    const response = await options.client.embeddings.create({
      model: options.model,
      input: texts.map((text) => text.slice(0, MAX_EMBEDDED_CHARS)),
      encoding_format: 'float',
    });
    const byIndex = [...response.data].sort((a, b) => a.index - b.index);
    if (byIndex.length !== texts.length) throw new Error(`${byIndex.length} vectors for ${texts.length} texts`);
    const length = byIndex[0]?.embedding.length ?? 0;
    return byIndex.map(({ embedding }) => {
      if (!Array.isArray(embedding) || embedding.length === 0 || embedding.length > MAX_DIMENSIONS)
        throw new Error(`a vector of ${Array.isArray(embedding) ? embedding.length : 'no'} dimensions`);
      if (embedding.length !== length) throw new Error('vectors of different lengths');
      if (!embedding.every((value) => typeof value === 'number' && Number.isFinite(value)))
        throw new Error('a vector with a value that is not a finite number');
      return unitVector(embedding);
    });
  };

  return {
    model: options.model,
    get enabled() {
      return enabled;
    },
    async embed(texts, keep) {
      if (!enabled) return null;
      const vectors = texts.map((text) => (keep ? store.get(options.model, text) : null));
      const missing = texts.flatMap((text, i) => (vectors[i] ? [] : [i]));
      for (let from = 0; from < missing.length; from += MAX_TEXTS_PER_REQUEST) {
        const batch = missing.slice(from, from + MAX_TEXTS_PER_REQUEST);
        try {
          const fresh = await request(batch.map((i) => texts[i] ?? ''));
          batch.forEach((i, k) => {
            const vector = fresh[k];
            if (!vector) return;
            vectors[i] = vector;
            if (keep) store.put(options.model, texts[i] ?? '', vector);
          });
        } catch (error) {
          turnOff(error instanceof Error ? error.message : String(error));
          return null;
        }
      }
      return vectors.flatMap((vector) => (vector ? [vector] : []));
    },
  };
}

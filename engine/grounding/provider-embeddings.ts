import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createOpenAiClient, type OpenAiEndpoint } from '../openai/client.js';
import type { EmbeddingsOptions } from './embeddings.js';

/** The provider's embeddings model, and the folder its passage vectors are kept in between runs. */
export interface ProviderEmbeddingsSetting {
  model: string;
  cacheDir: string;
}

/**
 * The provider's embeddings for one tenant's article retrieval, as the autopilot and the routed eval set them up: the
 * model's own endpoint (base URL, key, headers, timeout) with the embeddings model, and the passage vectors kept in
 * `<cacheDir>/article-vectors-<tenant>.sqlite`. Vectors are keyed by model and text, so processes of one tenant share
 * the file, and a tenant id that folds to another's file name only shares vectors of the same texts.
 */
export function providerEmbeddings(
  endpoint: OpenAiEndpoint,
  setting: ProviderEmbeddingsSetting,
  tenantId: string,
): EmbeddingsOptions {
  mkdirSync(setting.cacheDir, { recursive: true });
  return {
    client: createOpenAiClient(endpoint),
    model: setting.model,
    cacheFile: join(setting.cacheDir, `article-vectors-${tenantId.replace(/[^A-Za-z0-9_-]/g, '_')}.sqlite`),
  };
}

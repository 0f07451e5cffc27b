import { describe, expect, it } from 'vitest';
import {
  MAX_MODEL_LENGTH,
  parseEmbeddingsModelFlag,
  ProviderSettingsInputSchema,
} from '../../../shared/api/provider-settings-contract.js';

const BASE = { baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b-instruct' };

/** The first problem the contract finds with `embeddingsModel`, as [path, message]; null: accepted. */
function problemWith(embeddingsModel: string): [string, string] | null {
  const parsed = ProviderSettingsInputSchema.safeParse({ ...BASE, embeddingsModel });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return [issue.path.join('.'), issue.message];
}

describe("the provider's embeddings model (provider settings contract)", () => {
  it('is optional and trimmed: absent means full-text retrieval only', () => {
    expect(ProviderSettingsInputSchema.parse(BASE)).not.toHaveProperty('embeddingsModel');
    expect(ProviderSettingsInputSchema.parse({ ...BASE, embeddingsModel: ' nomic-embed-text ' })).toMatchObject({
      embeddingsModel: 'nomic-embed-text',
    });
    expect(problemWith('e'.repeat(MAX_MODEL_LENGTH))).toBeNull();
  });

  it('is bounded like the model name: not empty, one line, at most MAX_MODEL_LENGTH characters', () => {
    expect(problemWith('   ')).toEqual(['embeddingsModel', expect.stringContaining('leave it out')]);
    expect(problemWith('e'.repeat(MAX_MODEL_LENGTH + 1))).toEqual([
      'embeddingsModel',
      `The embeddings model name may have at most ${MAX_MODEL_LENGTH} characters.`,
    ]);
    expect(problemWith('text-embedding\n3-small')).toEqual([
      'embeddingsModel',
      'The embeddings model name cannot contain line breaks or control characters.',
    ]);
  });

  it('reads --openai-embeddings-model the same way, saying which flag is wrong', () => {
    expect(parseEmbeddingsModelFlag(' text-embedding-3-small ')).toBe('text-embedding-3-small');
    const refused = parseEmbeddingsModelFlag('');
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/^--openai-embeddings-model: The embeddings model name is empty/);
  });
});

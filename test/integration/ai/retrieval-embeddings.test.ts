import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticleRetriever, type GroundingRetriever } from '../../../engine/grounding/index.js';
import { createOpenAiClient } from '../../../engine/openai/client.js';
import { articleEntry, paymentsSettings } from '../../helpers/grounding-articles.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

const server = scriptedOpenAiServerPerFile();
const dir = tempDirForEachTest('retrieval-embeddings-');

const ERROR_CODES = articleEntry('error-codes', {
  en: { title: 'Terminal messages', body: 'E4711 means the card reader could not read the chip. Insert it again.' },
});
const articles = [...paymentsSettings().article, ERROR_CODES];

function retrieverWith(log: string[] = [], cacheFile = join(dir(), 'vectors.sqlite')): GroundingRetriever {
  const client = createOpenAiClient({ baseURL: server().baseURL, apiKey: 'test', timeoutMs: 5_000 });
  return createArticleRetriever({
    articles,
    embeddings: { client, model: 'hashed-64', cacheFile },
    log: (message) => log.push(message),
  });
}

describe('article retrieval with the provider embeddings', () => {
  it('ranks by meaning too: a passage full text cannot find is found, full-text hits stay on top', async () => {
    const plain = createArticleRetriever({ articles });
    const hybrid = retrieverWith();
    try {
      expect(await plain.search('E4711', { language: 'en', limit: 3 })).toEqual([]);
      const found = await hybrid.search('E4711', { language: 'en', limit: 3 });
      expect(found[0]?.id).toBe('error-codes:en:0');
      expect(hybrid.usesEmbeddings).toBe(true);
      const question = 'My card has not arrived, please send a replacement';
      expect((await hybrid.search(question, { language: 'en', limit: 3 }))[0]?.articleId).toBe(
        (await plain.search(question, { language: 'en', limit: 3 }))[0]?.articleId,
      );
    } finally {
      plain.close();
      hybrid.close();
    }
  });

  it('embeds each passage once: vectors are kept in the cache file by model and text', async () => {
    const first = retrieverWith();
    await first.prepare();
    const passages = first.passageCount;
    expect(server().embeddedTexts).toHaveLength(passages);
    first.close();

    server().embeddedTexts.length = 0;
    const second = retrieverWith();
    try {
      await second.search('card delivery', { language: 'en', limit: 3 });
      expect(server().embeddedTexts).toEqual(['card delivery']);

      server().embeddedTexts.length = 0;
      const edited = articleEntry('error-codes', {
        en: { title: 'Terminal messages', body: 'E4712 means the terminal lost its connection. Try again.' },
      });
      second.useArticles([...paymentsSettings().article, edited]);
      await second.prepare();
      expect(server().embeddedTexts).toEqual([
        'Terminal messages\nE4712 means the terminal lost its connection. Try again.',
      ]);
    } finally {
      second.close();
    }
  });

  it('turns embeddings off when the endpoint has none, says so once, and keeps ranking by full text', async () => {
    server().embeddings('off');
    const log: string[] = [];
    const retriever = retrieverWith(log);
    try {
      for (let i = 0; i < 3; i++)
        expect(
          (await retriever.search('card not arrived replacement', { language: 'en', limit: 3 }))[0]?.articleId,
        ).toBe('card_arrival');
      expect(retriever.usesEmbeddings).toBe(false);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/^Embeddings off for model hashed-64: 404 .*Retrieval continues by full text only\.$/);
    } finally {
      retriever.close();
    }
  });

  it('turns embeddings off when the endpoint is unreachable', async () => {
    const log: string[] = [];
    const client = createOpenAiClient({ baseURL: 'http://127.0.0.1:9/v1', apiKey: 'test', timeoutMs: 2_000 });
    const retriever = createArticleRetriever({
      articles,
      embeddings: { client, model: 'hashed-64' },
      log: (message) => log.push(message),
    });
    try {
      expect((await retriever.search('exchange rate weekend markup', { language: 'en', limit: 1 }))[0]?.articleId).toBe(
        'exchange_rate',
      );
      expect(log).toHaveLength(1);
    } finally {
      retriever.close();
    }
  });
});

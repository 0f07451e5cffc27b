import { afterAll, describe, expect, it } from 'vitest';
import { createArticleRetriever, MAX_SEARCH_RESULTS } from '../../../engine/grounding/index.js';
import { MAX_SUGGESTIONS } from '../../../shared/domain/ai-assist.js';
import { articleEntry, CJK_DELIVERY, paymentsSettings } from '../../helpers/grounding-articles.js';

const articles = [...paymentsSettings().article, CJK_DELIVERY];
const retriever = createArticleRetriever({ articles });
afterAll(() => retriever.close());

const top = async (text: string, language: string | null, limit = 3) =>
  (await retriever.search(text, { language, limit })).map((passage) => `${passage.articleId}:${passage.language}`);

describe('article retrieval by full text (SQLite FTS5, bm25)', () => {
  it('finds the article a customer asks about, in the customer language, in every language the tenant writes', async () => {
    expect(await top('My new card still has not arrived, how many business days does delivery take?', 'en')).toContain(
      'card_arrival:en',
    );
    expect(await top('Wie hoch ist das Limit beim Aufladen mit Karte pro Vorgang?', 'de')).toContain(
      'top_up_limits:de',
    );
    expect(await top('¿Qué tipo de cambio usáis los fines de semana?', 'es')).toContain('exchange_rate:es');
    expect(await top('ما هو سعر الصرف في عطلة نهاية الأسبوع؟', 'ar')).toContain('exchange_rate:ar');
    expect(await top('カードはいつ届きますか？営業日を教えてください', 'ja')).toEqual(['card_delivery_cjk:ja']);
    expect(await top('我的卡片什么时候送达？', 'zh')).toEqual(['card_delivery_cjk:zh']);
  });

  it('matches without the accents and with other inflections than the article', async () => {
    expect(await top('tarjeta envio expres dias habiles', 'es')).toContain('card_arrival:es');
    expect(await top('delivering cards express', 'en')).toContain('card_arrival:en');
  });

  it('ranks the customer language first and still finds passages in other languages', async () => {
    const found = await retriever.search('Is it a Visa or a Mastercard?', { language: 'de', limit: 20 });
    const languages = found.map((passage) => passage.language);
    expect(languages[0]).toBe('de');
    const firstOther = languages.findIndex((language) => language !== 'de');
    expect(firstOther).toBeGreaterThan(0);
    expect(languages.slice(firstOther).every((language) => language !== 'de')).toBe(true);
    expect(new Set(languages.slice(firstOther)).size).toBeGreaterThan(3);
    expect(found.find((passage) => passage.language === 'de')?.articleId).toBe('visa_or_mastercard');
    expect(found.map((passage) => passage.score)).toEqual([...found.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('finds other languages for a language the tenant has no articles in', async () => {
    const found = await top('Northwind Pay card Visa Mastercard', 'tr', 5);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((hit) => !hit.endsWith(':tr'))).toBe(true);
  });

  it('treats hostile text as words: never throws, never changes the query', async () => {
    const hostile = [
      '"',
      '""""',
      '*',
      'NEAR(card arrival, 2)',
      'card OR',
      'AND OR NOT',
      '^card',
      'card:*',
      '{title} : card',
      "'); DROP TABLE documents; --",
      '\u0000\u0001 card \uFFFF',
      '(((((',
      'card" OR "a',
      'x'.repeat(100_000),
      'card '.repeat(10_000),
    ];
    for (const text of hostile)
      await expect(retriever.search(text, { language: 'en', limit: 5 })).resolves.toBeDefined();
    expect(await top('NEAR( "card" arrival *', 'en')).toEqual(await top('near card arrival', 'en'));
    expect(await top('AND OR NOT', 'en')).toEqual([]);
    expect(await top('', 'en')).toEqual([]);
  });

  it('bounds the results and looks passages up by id', async () => {
    const found = await retriever.search('card', { language: 'en', limit: 10_000 });
    expect(found).toHaveLength(MAX_SEARCH_RESULTS);
    const [best] = found;
    if (!best) throw new Error('Nothing found for "card".');
    const { score, ...passage } = best;
    expect(score).toBeGreaterThan(0);
    expect(retriever.passage(best.id)).toEqual(passage);
    expect(retriever.passage('no-such:en:0')).toBeNull();
  });

  it('suggests article ids, best first, each once, at most MAX_SUGGESTIONS', async () => {
    const suggested = await retriever.suggestArticles(
      'My card has not arrived yet, can you send a replacement?',
      'en',
      50,
    );
    expect(suggested[0]).toBe('card_arrival');
    expect(suggested).toHaveLength(MAX_SUGGESTIONS);
    expect(new Set(suggested).size).toBe(suggested.length);
    expect(await retriever.suggestArticles('card', 'en', 0)).toEqual([]);
  });

  it('follows the articles as they change: new, edited, withdrawn', async () => {
    const own = createArticleRetriever({ articles: [] });
    try {
      expect(await own.search('cashback', { language: 'en', limit: 3 })).toEqual([]);
      own.useArticles([articleEntry('cashback', { en: { title: 'Cashback', body: 'Cashback is 1% on purchases.' } })]);
      expect((await own.search('cashback', { language: 'en', limit: 3 }))[0]?.id).toBe('cashback:en:0');
      own.useArticles([
        articleEntry('cashback', { en: { title: 'Rewards', body: 'Rewards points on purchases.' } }, 'published', 2),
      ]);
      expect(await own.search('cashback', { language: 'en', limit: 3 })).toEqual([]);
      expect(own.passage('cashback:en:0')?.text).toBe('Rewards points on purchases.');
      own.useArticles([articleEntry('cashback', { en: { title: 'Rewards', body: 'Rewards.' } }, 'draft', 3)]);
      expect(await own.search('rewards', { language: 'en', limit: 3 })).toEqual([]);
      expect(own.passage('cashback:en:0')).toBeNull();
    } finally {
      own.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  articleIdOf,
  articlesFromKnowledgeBase,
  firstSentence,
  humanized,
  MAX_DERIVED_TITLE,
} from '../../../lib/tenant-seed/knowledge-base-articles.js';

describe('the seed knowledge base as articles', () => {
  it('makes one article per intent, published where the AI may answer it, titles from the intent and first sentences', () => {
    const articles = articlesFromKnowledgeBase(
      {
        'reverted_card_payment?': { en: 'It was reverted. More text.', de: 'Die Zahlung wurde storniert. Mehr.' },
        card_arrival: { ja: 'カードは5日で届きます。詳しくはアプリで。' },
      },
      new Set(['reverted_card_payment?']),
    );
    expect(articles).toEqual([
      {
        id: 'reverted_card_payment',
        value: {
          status: 'published',
          intents: ['reverted_card_payment?'],
          versions: {
            en: { title: 'Reverted card payment', body: 'It was reverted. More text.' },
            de: { title: 'Die Zahlung wurde storniert.', body: 'Die Zahlung wurde storniert. Mehr.' },
          },
        },
      },
      {
        id: 'card_arrival',
        value: {
          status: 'draft',
          intents: ['card_arrival'],
          versions: { ja: { title: 'カードは5日で届きます。', body: 'カードは5日で届きます。詳しくはアプリで。' } },
        },
      },
    ]);
  });

  it('shortens a long first sentence at a word boundary and names intents like people write', () => {
    const long =
      'Northwind-Pay-Karten kommen in der Regel 5–7 Werktage nach der Bestellung an, mit Expressversand nach 2 Werktagen. Rest.';
    const title = firstSentence(long);
    expect(title).toBe('Northwind-Pay-Karten kommen in der Regel 5–7 Werktage nach der Bestellung an…');
    expect(title.length).toBeLessThanOrEqual(MAX_DERIVED_TITLE);
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
    expect(humanized('Refund_not_showing_up')).toBe('Refund not showing up');
    expect(articleIdOf('top_up.v2-x')).toBe('top_up.v2-x');
    expect(() => articleIdOf('???')).toThrow('makes no article id');
  });
});

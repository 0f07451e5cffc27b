import { describe, expect, it } from 'vitest';
import {
  citationsOf,
  createMacroSuggester,
  MAX_PASSAGE_LENGTH,
  passagesOfArticles,
} from '../../../engine/grounding/index.js';
import { MAX_CITATIONS, MAX_CITED_PASSAGE_LENGTH, MAX_SUGGESTIONS } from '../../../shared/domain/ai-assist.js';
import { CitationSchema } from '../../../shared/domain/ai-assist.js';
import type { SettingEntry } from '../../../shared/settings/tenant-settings.js';
import { articleEntry, paymentsSettings } from '../../helpers/grounding-articles.js';

const sentence = (n: number) => `Sentence ${n} explains one more detail of the refund policy for card payments. `;
const LONG_PARAGRAPH = Array.from({ length: 40 }, (_, n) => sentence(n))
  .join('')
  .trim();

const GUIDE = articleEntry('refund-guide', {
  en: {
    title: 'Refunds',
    body: `Intro with **bold** and a [link](https://example.test/help).\n\n## Card refunds\n\nRefunds reach the card in 5-10 days.\n\n- Open Payments\n- Tap Refund\n\n## Long part\n\n${LONG_PARAGRAPH}`,
  },
  de: { title: 'Erstattungen', body: 'Erstattungen kommen nach 5-10 Tagen an.' },
});

describe('passages of published articles', () => {
  const passages = passagesOfArticles([
    GUIDE,
    articleEntry('draft', { en: { title: 'Draft', body: 'Not yet.' } }, 'draft'),
  ]);

  it('cuts a version into its heading sections, in plain text, with ids <article>:<language>:<n>', () => {
    const english = passages.filter((passage) => passage.language === 'en');
    expect(english[0]).toEqual({
      id: 'refund-guide:en:0',
      articleId: 'refund-guide',
      language: 'en',
      title: 'Refunds',
      text: 'Intro with bold and a link (https://example.test/help).',
    });
    expect(english[1]?.text).toBe(
      'Card refunds\n\nRefunds reach the card in 5-10 days.\n\n- Open Payments\n- Tap Refund',
    );
    expect(passages.find((passage) => passage.id === 'refund-guide:de:0')?.text).toBe(
      'Erstattungen kommen nach 5-10 Tagen an.',
    );
  });

  it('cuts a long paragraph at sentence ends, every passage within MAX_PASSAGE_LENGTH', () => {
    const long = passages.filter((passage) => passage.language === 'en').slice(2);
    expect(long.length).toBeGreaterThan(2);
    for (const passage of long) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
      expect(passage.text).toMatch(/(^Long part|^Sentence \d+).*\.$/s);
    }
    expect(long.map((passage) => passage.text).join(' ')).toBe(`Long part\n\n${LONG_PARAGRAPH}`);
  });

  it('leaves drafts out, and keeps ids while the text is unchanged', () => {
    expect(passages.some((passage) => passage.articleId === 'draft')).toBe(false);
    const edited = articleEntry('refund-guide', { ...GUIDE.value.versions, de: { title: 'Neu', body: 'Anders.' } });
    const again = passagesOfArticles([edited]);
    expect(again.filter((passage) => passage.language === 'en')).toEqual(
      passages.filter((passage) => passage.language === 'en'),
    );
  });

  it('bounds every passage of the payments demo', () => {
    const all = passagesOfArticles(paymentsSettings().article);
    expect(all.length).toBeGreaterThan(400);
    expect(Math.max(...all.map((passage) => passage.text.length))).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
    expect(new Set(all.map((passage) => passage.id)).size).toBe(all.length);
  });
});

describe('citationsOf', () => {
  it('makes cited passages citations: each once, clipped, at most MAX_CITATIONS', () => {
    const passage = { id: 'a:en:0', articleId: 'a', language: 'en', title: 'T', text: 'x'.repeat(5_000) };
    const many = Array.from({ length: 12 }, (_, n) => ({ ...passage, id: `a:en:${n}` }));
    const citations = citationsOf([passage, passage, ...many]);
    expect(citations).toHaveLength(MAX_CITATIONS);
    for (const citation of citations) expect(CitationSchema.parse(citation)).toEqual(citation);
    expect(citations[0]?.passage).toHaveLength(MAX_CITED_PASSAGE_LENGTH);
    expect(citations[0]?.passage.endsWith('…')).toBe(true);
  });
});

describe('macro suggestions', () => {
  const macro = (id: string, name: string, text: string): SettingEntry<'macro'> => ({
    id,
    version: 1,
    value: { name, text },
    savedAt: new Date(0).toISOString(),
    savedBy: 'test',
  });

  it('ranks the tenant macros against the customer text, bounded, and follows changes', () => {
    const suggester = createMacroSuggester(paymentsSettings().macro);
    try {
      expect(suggester.suggest('Where is my refund? It has been a week.', 'en', 3)[0]).toBe('refund-status');
      expect(suggester.suggest('My card was blocked when I paid', 'en', 3)[0]).toBe('card-blocked');
      expect(suggester.suggest('"NEAR( OR *', 'en', 3)).toEqual([]);
      const many = Array.from({ length: 20 }, (_, n) => macro(`refund-${n}`, `Refund ${n}`, 'About your refund.'));
      suggester.useMacros(many);
      expect(suggester.suggest('refund', 'en', 50)).toHaveLength(MAX_SUGGESTIONS);
      expect(suggester.suggest('card blocked', 'en', 5)).toEqual([]);
    } finally {
      suggester.close();
    }
  });
});

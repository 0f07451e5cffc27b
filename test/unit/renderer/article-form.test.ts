import { describe, expect, it } from 'vitest';
import {
  articleFromForm,
  articleTitle,
  checkArticleForm,
  formFromArticle,
  languageRefusal,
  missingLanguages,
  newArticleForm,
  sameArticle,
  withIntent,
  withoutIntent,
  withoutVersion,
  withVersion,
  withVersionText,
} from '../../../renderer/src/articles/article-form.js';
import { issueKey } from '../../../renderer/src/articles/article-issues.js';
import type { ArticleSetting } from '../../../shared/settings/setting-values.js';

const article: ArticleSetting = {
  status: 'published',
  intents: ['change_pin'],
  versions: {
    de: { title: 'PIN ändern', body: 'In der App unter **Karten**.' },
    ja: { title: 'PINの変更', body: 'アプリで変更できます。' },
  },
};

describe('article editor form', () => {
  it('round-trips an article, versions in their order', () => {
    const form = formFromArticle('pin', article);
    expect(form.versions.map((version) => version.language)).toEqual(['de', 'ja']);
    expect(articleFromForm(form)).toEqual(article);
    expect(sameArticle(form, formFromArticle('pin', article))).toBe(true);
    expect(sameArticle(form, withVersionText(form, 'de', { title: 'PIN' }))).toBe(false);
  });

  it('adds and removes languages and intents, and names the tenant languages still missing', () => {
    let form = newArticleForm('de', ['card_arrival']);
    expect(missingLanguages(form, ['de', 'ja', 'fr'])).toEqual(['ja', 'fr']);
    expect(languageRefusal(form, 'de')).toBe('present');
    expect(languageRefusal(form, 'Japanese')).toBe('invalid');
    expect(languageRefusal(form, 'pt-BR')).toBeNull();
    form = withVersion(form, 'ja');
    expect(missingLanguages(form, ['de', 'ja', 'fr'])).toEqual(['fr']);
    form = withoutVersion(form, 'de');
    expect(form.versions.map((version) => version.language)).toEqual(['ja']);
    form = withIntent(withIntent(form, 'change_pin'), 'change_pin');
    expect(form.intents).toEqual(['card_arrival', 'change_pin']);
    expect(withoutIntent(form, 'card_arrival').intents).toEqual(['change_pin']);
  });

  it('puts each problem on its field: the new id, a version title, the body', () => {
    const form = withVersionText(withVersion({ ...newArticleForm('de'), id: 'bad id' }, 'ja'), 'ja', { body: 'Text' });
    const issues = checkArticleForm(form, new Set());
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'id',
      'versions.de.body',
      'versions.de.title',
      'versions.ja.title',
    ]);
    expect(issues.map(issueKey).sort()).toEqual([
      'articles.issue.body',
      'articles.issue.id',
      'articles.issue.title',
      'articles.issue.title',
    ]);
    const taken = checkArticleForm(formFromArticle('pin', article), new Set(['pin']));
    expect(taken.map(issueKey)).toEqual(['articles.issue.idTaken']);
    // A saved article's id is not checked again.
    expect(checkArticleForm(formFromArticle('pin', article), null)).toEqual([]);
    expect(issueKey({ path: ['source', 'system'], message: 'Invalid option' })).toBeNull();
  });

  it('lists an article by its title in the first preferred language it has', () => {
    expect(articleTitle(article, ['ja', 'de'])).toBe('PINの変更');
    expect(articleTitle(article, ['en', 'de'])).toBe('PIN ändern');
    expect(articleTitle(article, ['en'])).toBe('PIN ändern');
  });
});

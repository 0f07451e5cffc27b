import { markdownPlainText } from '../markdown/markdown.js';
import type { ArticleSetting } from './setting-values.js';
import type { SettingEntry, TenantSettings } from './tenant-settings.js';

/** An intent's answer in each language: what the built-in engine sends, derived from the published articles. */
export type IntentAnswers = Record<string, Record<string, string>>;

/**
 * The knowledge base the built-in engine answers from: for every intent a published article names, that article's
 * body in each of its languages as the plain text the customer gets (Markdown marks gone, a link as "text (url)",
 * paragraphs and list items on their own lines; plain paragraphs as written). Where two published articles name
 * the same intent, the first by id answers it.
 */
export function intentAnswersFromArticles(articles: readonly SettingEntry<'article'>[]): IntentAnswers {
  const answers: IntentAnswers = {};
  for (const article of articles) {
    if (article.value.status !== 'published') continue;
    for (const intent of article.value.intents) {
      if (Object.hasOwn(answers, intent)) continue;
      answers[intent] = Object.fromEntries(
        Object.entries(article.value.versions).map(([language, version]) => [
          language,
          markdownPlainText(version.body),
        ]),
      );
    }
  }
  return answers;
}

/** The tenant's languages an article has no version in. */
export function missingArticleLanguages(article: ArticleSetting, tenantLanguages: readonly string[]): string[] {
  return tenantLanguages.filter((language) => !Object.hasOwn(article.versions, language));
}

/** Intents (of those the engine knows) that no published article answers. */
export function intentsWithoutArticle(settings: TenantSettings, knownIntents: readonly string[]): string[] {
  const answered = new Set(Object.keys(intentAnswersFromArticles(settings.article)));
  return knownIntents.filter((intent) => !answered.has(intent));
}

import { SETTING_ID_PATTERN } from '../../shared/settings/setting-kinds.js';
import type { ArticleSetting, ArticleVersion } from '../../shared/settings/setting-values.js';
import type { KnowledgeBaseFile } from './seed-files.js';

/** The longest title taken from an answer's first sentence. */
export const MAX_DERIVED_TITLE = 80;

/** An article as the seed writes it: its id and value. */
export interface SeedArticle {
  id: string;
  value: ArticleSetting;
}

/**
 * knowledge-base.json as articles: one per intent (its id the intent without the characters an id may not have,
 * `reverted_card_payment?` -> `reverted_card_payment`), answering that intent, a version per language. Published
 * when the tenant lets the AI answer the intent, else a draft. Titles: English from the intent's name, every
 * other language the answer's first sentence, shortened at a word boundary.
 */
export function articlesFromKnowledgeBase(
  knowledgeBase: KnowledgeBaseFile,
  answerableIntents: ReadonlySet<string>,
): SeedArticle[] {
  return Object.entries(knowledgeBase).map(([intent, answers]) => ({
    id: articleIdOf(intent),
    value: {
      status: answerableIntents.has(intent) ? 'published' : 'draft',
      intents: [intent],
      versions: Object.fromEntries(
        Object.entries(answers).map(([language, body]): [string, ArticleVersion] => [
          language,
          { title: language === 'en' ? humanized(intent) : firstSentence(body), body },
        ]),
      ),
    },
  }));
}

export function articleIdOf(intent: string): string {
  const id = intent.replace(/[^A-Za-z0-9_.-]/g, '');
  if (!SETTING_ID_PATTERN.test(id)) throw new Error(`The intent "${intent}" makes no article id.`);
  return id;
}

/** `Refund_not_showing_up` -> `Refund not showing up`. */
export function humanized(intent: string): string {
  const words = intent.replace(/[_?]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The text's first sentence, at most MAX_DERIVED_TITLE characters (cut at a word boundary, with an ellipsis). */
export function firstSentence(text: string): string {
  const sentence = (/^.+?(?:[.!?؟](?=\s|$)|[。！？])/su.exec(text.trim())?.[0] ?? text.trim()).replace(/\s+/g, ' ');
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > MAX_DERIVED_TITLE / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

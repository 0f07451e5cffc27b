/**
 * The tenant's knowledge base: one answer per intent, in several languages. At run time it is derived from the
 * tenant's published articles (knowledgeBaseFromArticles); knowledge-base.json files are only a demo's seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { intentAnswersFromArticles } from '../shared/settings/article-knowledge.js';
import type { SettingEntry } from '../shared/settings/tenant-settings.js';

export const KnowledgeBaseFileSchema = z.record(z.string().min(1), z.record(z.string().min(2), z.string()));
export type KnowledgeBaseFile = z.infer<typeof KnowledgeBaseFileSchema>;

export interface KnowledgeBase {
  /** Languages with at least one answer, sorted. */
  readonly languages: readonly string[];
  readonly intents: readonly string[];
  /** The answer for an intent in a language, or null when there is none. */
  answer(intent: string, language: string): string | null;
}

export function createKnowledgeBase(entries: KnowledgeBaseFile): KnowledgeBase {
  const parsed = KnowledgeBaseFileSchema.parse(entries);
  const languages = new Set<string>();
  for (const byLang of Object.values(parsed)) {
    for (const [lang, text] of Object.entries(byLang)) if (text.trim()) languages.add(lang);
  }
  return {
    languages: [...languages].sort(),
    intents: Object.keys(parsed).sort(),
    answer(intent, language) {
      if (!Object.hasOwn(parsed, intent)) return null;
      const byLang = parsed[intent]!;
      if (!Object.hasOwn(byLang, language)) return null;
      const text = byLang[language]!.trim();
      return text || null;
    },
  };
}

/** An intent's answers, by language (none: an empty record). */
export function answersOf(knowledgeBase: KnowledgeBase, intent: string): Record<string, string> {
  return Object.fromEntries(
    knowledgeBase.languages.flatMap((language) => {
      const answer = knowledgeBase.answer(intent, language);
      return answer === null ? [] : [[language, answer]];
    }),
  );
}

/** The answers of the published articles: an intent a published article names is one the AI may answer. */
export function knowledgeBaseFromArticles(articles: readonly SettingEntry<'article'>[]): KnowledgeBase {
  return createKnowledgeBase(intentAnswersFromArticles(articles));
}

/** A seed file of the `{ intent: { language: answer } }` form (a demo tenant's knowledge-base.json). */
export function loadKnowledgeBase(file: string): KnowledgeBase {
  if (!existsSync(file)) throw new Error(`The knowledge base ${file} does not exist.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`The knowledge base ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const result = KnowledgeBaseFileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      `The knowledge base ${file} must map each intent to {language: answer}: ${result.error.issues[0]?.message ?? 'invalid'}`,
    );
  }
  return createKnowledgeBase(result.data);
}

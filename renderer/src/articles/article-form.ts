import { missingArticleLanguages } from '../../../shared/settings/article-knowledge.js';
import { SETTING_ID_PATTERN, SETTING_ID_RULE } from '../../../shared/settings/setting-kinds.js';
import {
  ArticleSettingSchema,
  LanguageTagSchema,
  type ArticleSetting,
  type ArticleStatus,
} from '../../../shared/settings/setting-values.js';
import type { SettingIssue } from '../../../shared/settings/stored-setting.js';
import { ID_TAKEN } from './article-issues.js';

/** One language version as the editor holds it. */
export interface ArticleVersionForm {
  language: string;
  title: string;
  body: string;
}

/** An article as the editor holds it: its versions in the order the person added them, text as typed. */
export interface ArticleForm {
  id: string;
  status: ArticleStatus;
  intents: string[];
  versions: ArticleVersionForm[];
  /** Kept as it was: where an imported article came from. */
  source?: ArticleSetting['source'];
}

export function formFromArticle(id: string, article: ArticleSetting): ArticleForm {
  return {
    id,
    status: article.status,
    intents: [...article.intents],
    versions: Object.entries(article.versions).map(([language, version]) => ({ language, ...version })),
    ...(article.source ? { source: article.source } : {}),
  };
}

/** A new draft with one empty version in `language`, answering `intents`. */
export function newArticleForm(language: string, intents: readonly string[] = []): ArticleForm {
  return { id: '', status: 'draft', intents: [...intents], versions: [{ language, title: '', body: '' }] };
}

/** The value the queue stores, from the form as it is (checked by checkArticleForm or the queue). */
export function articleFromForm(form: ArticleForm): ArticleSetting {
  return {
    status: form.status,
    intents: form.intents,
    versions: Object.fromEntries(form.versions.map(({ language, title, body }) => [language, { title, body }])),
    ...(form.source ? { source: form.source } : {}),
  };
}

/** What is wrong with the form, each issue on its field: the id (of a new article) and the value's schema. */
export function checkArticleForm(form: ArticleForm, takenIds: ReadonlySet<string> | null): SettingIssue[] {
  const issues: SettingIssue[] = [];
  if (takenIds) {
    if (!SETTING_ID_PATTERN.test(form.id)) issues.push({ path: ['id'], message: SETTING_ID_RULE });
    else if (takenIds.has(form.id)) issues.push({ path: ['id'], message: ID_TAKEN });
  }
  const parsed = ArticleSettingSchema.safeParse(articleFromForm(form));
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      issues.push({
        path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
        message: issue.message,
      });
  return issues;
}

/** The tenant's languages the form has no version in yet. */
export function missingLanguages(form: ArticleForm, tenantLanguages: readonly string[]): string[] {
  return missingArticleLanguages(articleFromForm(form), tenantLanguages);
}

/** Why a language cannot be added (not a tag, or there already), or null. */
export function languageRefusal(form: ArticleForm, language: string): 'invalid' | 'present' | null {
  if (!LanguageTagSchema.safeParse(language).success) return 'invalid';
  return form.versions.some((version) => version.language === language) ? 'present' : null;
}

export function withVersion(form: ArticleForm, language: string): ArticleForm {
  return { ...form, versions: [...form.versions, { language, title: '', body: '' }] };
}

export function withoutVersion(form: ArticleForm, language: string): ArticleForm {
  return { ...form, versions: form.versions.filter((version) => version.language !== language) };
}

export function withVersionText(
  form: ArticleForm,
  language: string,
  patch: Partial<Pick<ArticleVersionForm, 'title' | 'body'>>,
): ArticleForm {
  return {
    ...form,
    versions: form.versions.map((version) => (version.language === language ? { ...version, ...patch } : version)),
  };
}

export function withIntent(form: ArticleForm, intent: string): ArticleForm {
  return form.intents.includes(intent) ? form : { ...form, intents: [...form.intents, intent] };
}

export function withoutIntent(form: ArticleForm, intent: string): ArticleForm {
  return { ...form, intents: form.intents.filter((name) => name !== intent) };
}

/** Whether two forms would save the same value (the editor's "unsaved changes"). */
export function sameArticle(a: ArticleForm, b: ArticleForm): boolean {
  return a.id === b.id && JSON.stringify(articleFromForm(a)) === JSON.stringify(articleFromForm(b));
}

/** The title an article is listed by: its version in the first of `preferred` it has, else its first version. */
export function articleTitle(article: ArticleSetting, preferred: readonly string[]): string {
  const language = preferred.find((tag) => Object.hasOwn(article.versions, tag));
  return (language ? article.versions[language] : Object.values(article.versions)[0])?.title ?? '';
}

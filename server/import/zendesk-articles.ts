import { z } from 'zod';
import { IntentNameSchema, type ArticleVersion } from '../../shared/settings/setting-values.js';
import { articleLanguages } from './article-language.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { articleSettingId, type ArticleReading } from './imported-article.js';

/**
 * Zendesk Help Center's articles JSON, as `import articles --zendesk FILE` reads it: the response of the Help
 * Center API's list of articles (`GET /api/v2/help_center/{locale}/articles.json`, optionally with
 * `include=translations`), i.e. an object with an `articles` array. Each article's `title`, `body` (HTML, converted
 * to Markdown), `locale`, `draft` and `label_names` are read; entries with the same `id` in other locales, and the
 * entries of its `translations`, are its language versions. Other fields are allowed and ignored.
 */
const ZendeskTextSchema = z.string().max(1_000_000);

const ZendeskTranslationSchema = z.object({
  locale: z.string().min(1).max(35),
  title: ZendeskTextSchema.nullish(),
  body: ZendeskTextSchema.nullish(),
  draft: z.boolean().default(false),
});

const ZendeskArticleSchema = ZendeskTranslationSchema.extend({
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,20}$/)]).transform(String),
  source_locale: z.string().max(35).nullish(),
  label_names: z.array(z.string().max(200)).max(200).nullish(),
  translations: z.array(ZendeskTranslationSchema).max(200).nullish(),
});

export const ZendeskArticlesFileSchema = z.object({
  articles: z.array(z.unknown()).max(IMPORT_LIMITS.articleCount * 20),
});

type ZendeskArticle = z.infer<typeof ZendeskArticleSchema>;
type Translation = z.infer<typeof ZendeskTranslationSchema>;

/** The articles of a Help Center response, one reading per article id (or per entry that is no article). */
export function zendeskArticles(json: unknown): ArticleReading[] {
  const file = ZendeskArticlesFileSchema.safeParse(json);
  if (!file.success)
    return [
      { ok: false, where: 'the file', reason: 'it has no "articles" array (a Help Center API articles response)' },
    ];
  const readings: ArticleReading[] = [];
  const byId = new Map<string, { entries: ZendeskArticle[]; index: number }>();
  file.data.articles.forEach((entry, index) => {
    const parsed = ZendeskArticleSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      readings.push({
        ok: false,
        where: `articles[${index}]`,
        reason: `${issue?.path.join('.') || 'the entry'}: ${issue?.message ?? 'not a Help Center article'}`,
      });
      return;
    }
    const group = byId.get(parsed.data.id) ?? { entries: [], index };
    group.entries.push(parsed.data);
    byId.set(parsed.data.id, group);
  });
  for (const [id, group] of byId) readings.push(articleOf(id, group.entries, `articles[${group.index}]`));
  return readings;
}

function articleOf(id: string, entries: readonly ZendeskArticle[], where: string): ArticleReading {
  const translations = new Map<string, Translation>();
  for (const entry of entries) {
    for (const translation of entry.translations ?? []) translations.set(translation.locale.toLowerCase(), translation);
    translations.set(entry.locale.toLowerCase(), entry);
  }
  const languages = articleLanguages([...translations.keys()]);
  const versions: Record<string, ArticleVersion> = {};
  const dropped: string[] = [];
  for (const [locale, translation] of translations) {
    const language = languages.get(locale);
    const title = translation.title?.trim() ?? '';
    const body = htmlToMarkdown(translation.body ?? '');
    if (!language || !title || !body) dropped.push(`${locale} (${!language ? 'not a language' : 'no title or body'})`);
    else versions[language] = { title, body };
  }
  const externalId = `Zendesk article ${id}`;
  if (Object.keys(versions).length === 0)
    return { ok: false, where, externalId, reason: `no language version with a title and body: ${dropped.join(', ')}` };
  const first = entries[0];
  const sourceLocale = (first?.source_locale ?? first?.locale ?? '').toLowerCase();
  const source = translations.get(sourceLocale) ?? first;
  const intents = [...new Set(entries.flatMap((entry) => entry.label_names ?? []).map((label) => label.trim()))].filter(
    (label) => IntentNameSchema.safeParse(label).success,
  );
  return {
    ok: true,
    where,
    id: articleSettingId('zendesk-', id),
    value: {
      status: source?.draft ? 'draft' : 'published',
      intents,
      versions,
      source: { system: 'zendesk', externalId: id },
    },
  };
}

import type { ArticleSetting, ArticleVersion } from '../../shared/settings/setting-values.js';

/** An article read from an import source: the setting id it is stored under and its value, or why it cannot be. */
export type ArticleReading =
  | { ok: true; where: string; id: string; value: ArticleSetting }
  | { ok: false; where: string; externalId?: string; reason: string };

/** The setting id of an imported article: letters, digits, `_ . -` only, at most 100, starting with a letter or digit. */
export function articleSettingId(prefix: string, name: string): string {
  const slug = `${prefix}${name}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100)
    .replace(/[^A-Za-z0-9]+$/, '');
  return slug || 'article';
}

export type ArticleVersions = Record<string, ArticleVersion>;

import { useEffect, useState } from 'react';
import type { SettingEntry } from '../../../shared/settings/tenant-settings.js';
import { useController } from '../state/context.js';
import { loadTenantSettings } from '../state/tenant-settings-client.js';

export type ArticleEntry = SettingEntry<'article'>;

/**
 * The tenant's articles as this console last synced them (offline too), read again when the open ticket changes;
 * an empty list while they load or when they cannot be read.
 */
export function useTenantArticles(ticketVersion: number): readonly ArticleEntry[] {
  const { api } = useController();
  const [articles, setArticles] = useState<readonly ArticleEntry[]>([]);
  useEffect(() => {
    let current = true;
    void loadTenantSettings(api).then((result) => {
      if (current && result.ok) setArticles(result.value.settings.article);
    });
    return () => {
      current = false;
    };
  }, [api, ticketVersion]);
  return articles;
}

/** An article's title in `language`, else in any language it has, else its id. */
export function articleTitle(article: ArticleEntry | undefined, id: string, language: string | null): string {
  const versions = article?.value.versions ?? {};
  const version = (language ? versions[language] : undefined) ?? Object.values(versions)[0];
  return version?.title ?? id;
}

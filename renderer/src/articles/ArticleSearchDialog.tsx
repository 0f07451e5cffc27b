import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PickerDialog, type PickerItem } from '../components/PickerDialog.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { loadTenantSettings } from '../state/tenant-settings-client.js';
import { markdownPlainText } from '../../../shared/markdown/markdown.js';
import { useArticleSearch } from './useArticleSearch.js';

/**
 * The agent's knowledge base, over the open ticket (`b`): finds published articles in the ticket's language in the
 * console's cache (offline too) and puts the chosen one's text, as plain text, into the reply.
 */
export function ArticleSearchDialog() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const language = useConsoleState((s) =>
    s.detail && s.detail.ticket.id === s.openTicketId ? s.detail.ticket.language : null,
  );
  const [text, setText] = useState('');
  const search = useArticleSearch(controller.api, { text, ...(language ? { language } : {}) });

  /** The body of the hit's version, read from the cached settings when the agent picks it. */
  const insert = async (articleId: string, hitLanguage: string) => {
    const settings = await loadTenantSettings(controller.api);
    const article = settings.ok ? settings.value.settings.article.find((entry) => entry.id === articleId) : undefined;
    const body = article?.value.versions[hitLanguage]?.body;
    if (body === undefined) controller.closeOverlay();
    else controller.insertIntoReply(markdownPlainText(body));
  };

  const items: PickerItem[] =
    search.kind === 'found'
      ? search.hits.map((hit) => ({
          id: `${hit.articleId}:${hit.language}`,
          label: hit.title,
          detail: hit.snippet,
          hint: hit.language,
          run: () => void insert(hit.articleId, hit.language),
        }))
      : [];
  const emptyText =
    search.kind === 'failed'
      ? search.message
      : search.kind === 'found'
        ? t('articles.search.nothing')
        : search.kind === 'searching'
          ? t('articles.search.searching')
          : language
            ? t('articles.search.typeIn', { language: fmt.languageName(language) })
            : t('articles.search.type');

  return (
    <PickerDialog
      title={t('articles.search.title')}
      testId="article-search"
      placeholder={t('articles.search.placeholder')}
      items={items}
      onClose={controller.closeOverlay}
      onSearch={setText}
      emptyText={emptyText}
    />
  );
}

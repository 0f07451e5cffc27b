import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingEntry } from '../../../shared/settings/tenant-settings.js';
import { useController } from '../state/context.js';
import { missingArticleLanguages } from '../../../shared/settings/article-knowledge.js';
import { articleTitle } from './article-form.js';
import { useArticleSearch } from './useArticleSearch.js';

interface ArticleListProps {
  articles: readonly SettingEntry<'article'>[];
  tenantLanguages: readonly string[];
  openId: string | null;
  canEdit: boolean;
  onOpen(id: string): void;
  onNew(): void;
}

/** The tenant's articles (all of them, or those the search finds, drafts included), each with its state and gaps. */
export function ArticleList({ articles, tenantLanguages, openId, canEdit, onOpen, onNew }: ArticleListProps) {
  const { t, i18n } = useTranslation();
  const { api } = useController();
  const id = useId();
  const [text, setText] = useState('');
  const search = useArticleSearch(api, { text, includeDrafts: true });

  const shown = useMemo(() => {
    if (search.kind !== 'found') return articles;
    const order = [...new Set(search.hits.map((hit) => hit.articleId))];
    return order.flatMap((articleId) => articles.filter((article) => article.id === articleId));
  }, [articles, search]);
  const preferred = [i18n.language, ...tenantLanguages];

  return (
    <div className="article-list-pane">
      <div className="article-inline-form">
        <input
          type="search"
          value={text}
          aria-label={t('articles.list.search')}
          placeholder={t('articles.list.search')}
          data-testid="articles-search"
          aria-describedby={`${id}-status`}
          onChange={(event) => setText(event.target.value)}
        />
        {canEdit ? (
          <button type="button" className="button button-small" data-testid="articles-new" onClick={onNew}>
            {t('articles.list.new')}
          </button>
        ) : null}
      </div>
      <p className="article-hint" id={`${id}-status`} role="status">
        {search.kind === 'failed'
          ? search.message
          : search.kind === 'found'
            ? t('articles.list.found', { count: shown.length })
            : t('articles.list.count', { count: articles.length })}
      </p>
      <ul className="article-list" aria-label={t('articles.list.label')} data-testid="articles-list">
        {shown.map((article) => {
          const lacking = missingArticleLanguages(article.value, tenantLanguages);
          return (
            <li key={article.id}>
              <button
                type="button"
                className="article-list-item"
                aria-current={article.id === openId || undefined}
                data-testid="articles-item"
                data-article-id={article.id}
                onClick={() => onOpen(article.id)}
              >
                <span className="article-list-title" dir="auto">
                  {articleTitle(article.value, preferred) || article.id}
                </span>
                <span className="article-list-meta">
                  <span className={`chip article-status-${article.value.status}`}>
                    {t(`articles.status.${article.value.status}`)}
                  </span>
                  {lacking.length > 0 ? (
                    <span className="chip" data-testid="articles-item-missing">
                      {t('articles.list.lacks', { count: lacking.length })}
                    </span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

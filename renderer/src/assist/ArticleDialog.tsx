import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markdownPlainText } from '../../../shared/markdown/markdown.js';
import { MarkdownPreview } from '../articles/MarkdownPreview.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { useController } from '../state/context.js';
import type { ArticleEntry } from './useTenantArticles.js';

/** Which article to show: a suggested one, or the one a citation of the draft names with the passage it cites. */
export interface ArticleToShow {
  articleId: string;
  language: string | null;
  title: string;
  passage?: string;
}

/**
 * An article opened from the AI assist: the cited passage first (when a citation opened it), then the whole article
 * in its language; Insert puts its plain text into the reply, Esc or Close goes back to where the agent was.
 */
export function ArticleDialog({
  shown,
  article,
  onClose,
}: {
  shown: ArticleToShow;
  article: ArticleEntry | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const controller = useController();
  const titleId = useId();
  const firstAction = useRef<HTMLButtonElement>(null);
  useEffect(() => firstAction.current?.focus(), []);
  const versions = article?.value.versions ?? {};
  const language = shown.language && versions[shown.language] ? shown.language : (Object.keys(versions)[0] ?? null);
  const version = language ? versions[language] : undefined;
  // Esc closes this dialog only: the console's own Esc (close the ticket) does not see the key.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  return (
    <ModalDialog
      className="article-dialog"
      labelledBy={titleId}
      testId="assist-article"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} dir="auto" lang={language ?? undefined}>
        {version?.title ?? shown.title}
      </h2>
      {shown.passage ? (
        <>
          <h3 className="assist-subtitle">{t('assist.article.cited')}</h3>
          <blockquote
            className="assist-cited"
            dir="auto"
            lang={language ?? undefined}
            data-testid="assist-cited-passage"
          >
            {shown.passage}
          </blockquote>
        </>
      ) : null}
      {version && language ? (
        <MarkdownPreview markdown={version.body} language={language} testId="assist-article-body" />
      ) : (
        <p>{t('assist.article.missing')}</p>
      )}
      <div className="article-dialog-actions">
        {version ? (
          <button
            ref={firstAction}
            type="button"
            className="button button-primary"
            data-testid="assist-article-insert"
            onClick={() => {
              onClose();
              controller.insertIntoReply(markdownPlainText(version.body));
            }}
          >
            {t('assist.article.insert')}
          </button>
        ) : null}
        <button
          ref={version ? undefined : firstAction}
          type="button"
          className="button"
          data-testid="assist-article-close"
          onClick={onClose}
        >
          {t('assist.article.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

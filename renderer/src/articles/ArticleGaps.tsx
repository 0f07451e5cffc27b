import { useTranslation } from 'react-i18next';

/** The intents the engine knows that no published article answers, each a start of a new article that does. */
export function ArticleGaps(props: { unanswered: readonly string[]; canEdit: boolean; onWrite(intent: string): void }) {
  const { unanswered, canEdit, onWrite } = props;
  const { t } = useTranslation();
  if (unanswered.length === 0)
    return (
      <p className="article-hint" data-testid="articles-no-gaps">
        {t('articles.gaps.none')}
      </p>
    );
  return (
    <details className="article-gaps" data-testid="articles-gaps">
      <summary>{t('articles.gaps.summary', { count: unanswered.length })}</summary>
      <ul>
        {unanswered.map((intent) => (
          <li key={intent} data-testid={`articles-gap-${intent}`}>
            {canEdit ? (
              <button type="button" className="button button-small" onClick={() => onWrite(intent)}>
                {t('articles.gaps.write', { intent })}
              </button>
            ) : (
              <span dir="ltr">{intent}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

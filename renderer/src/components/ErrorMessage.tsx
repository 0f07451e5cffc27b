import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result.js';

/** Inline error: a translated sentence for known codes, plus the host's own message. */
export function ErrorMessage({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const key = `errors.${error.code}`;
  const known = i18n.exists(key);
  const headline = known ? t(key) : error.message || t('errors.generic');
  const showDetails = known && error.message && error.message !== headline;
  return (
    <div className="error" role="alert" data-testid="error" data-error-code={error.code}>
      <span className="error-text">{headline}</span>
      {showDetails ? <span className="error-details">{t('errors.details', { message: error.message })}</span> : null}
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </div>
  );
}

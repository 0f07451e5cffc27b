import { useTranslation } from 'react-i18next';
import { needsTranslation } from '../../../shared/api/translation-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState } from '../state/context.js';
import { useTranslationDisplay } from '../state/translation-display.js';
import type { TicketTranslationView } from './useTicketTranslation.js';

/**
 * When the customer writes in another language than the agent's: with a translator, the state of the
 * machine translation and the show/hide switch (`l`); without one (the built-in provider cannot
 * translate), a plain notice of what would (the OpenAI provider) instead of showing nothing.
 */
export function TranslationNotice({ ticket, translation }: { ticket: Ticket; translation: TicketTranslationView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const available = useConsoleState((s) => s.setup?.translationAvailable ?? false);
  const shown = useTranslationDisplay((s) => s.shown);
  const toggle = useTranslationDisplay((s) => s.toggle);
  if (!ticket.language || !needsTranslation(ticket.language, translation.language)) return null;
  const language = fmt.languageName(ticket.language);
  if (!available) {
    return (
      <p className="notice translation-notice" role="note" data-testid="translation-notice" data-available="false">
        {t('translation.unavailable', { language })}
      </p>
    );
  }
  const { state } = translation;
  // Offline or a failing model: what the cache had is shown, and why the rest is missing.
  const failure =
    state.kind === 'failed'
      ? state.message
      : state.kind === 'loaded'
        ? (state.translation.failure?.message ?? null)
        : null;
  return (
    <div
      className="notice translation-notice"
      role="note"
      data-testid="translation-notice"
      data-available="true"
      data-state={state.kind}
    >
      <span>{t('translation.available', { language })}</span>{' '}
      <button
        type="button"
        className="button button-small"
        data-testid="translation-toggle"
        aria-pressed={shown}
        aria-keyshortcuts="L"
        onClick={toggle}
      >
        {shown ? t('translation.hide') : t('translation.show')}
      </button>
      <span aria-live="polite">
        {state.kind === 'loading' ? (
          <span className="hint" data-testid="translation-loading">
            {' '}
            {t('translation.loading')}
          </span>
        ) : null}
      </span>
      {failure !== null ? (
        <p role="alert" className="error" data-testid="translation-error">
          {t('translation.failed', { message: failure })}{' '}
          <button type="button" className="button button-small" onClick={translation.retry}>
            {t('translation.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

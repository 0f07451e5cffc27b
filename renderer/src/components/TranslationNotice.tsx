import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState } from '../state/context.js';

/**
 * When the customer writes in another language than the agent's: the built-in provider cannot
 * translate, so say plainly what would (the OpenAI provider) instead of showing nothing.
 */
export function TranslationNotice({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const available = useConsoleState((s) => s.setup?.translationAvailable ?? false);
  const uiLanguage = (i18n.resolvedLanguage ?? i18n.language ?? 'en').split('-')[0];
  if (!ticket.language || ticket.language === uiLanguage) return null;
  return (
    <p className="notice translation-notice" role="note" data-testid="translation-notice" data-available={available}>
      {available
        ? t('translation.available', { language: fmt.languageName(ticket.language) })
        : t('translation.unavailable', { language: fmt.languageName(ticket.language) })}
    </p>
  );
}

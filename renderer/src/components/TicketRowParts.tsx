import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';

/** The pieces every ticket list row shares (inbox, AI-resolved, review). */
export function RowSubject({ ticket }: { ticket: Ticket }) {
  return (
    <span className="row-subject" dir="auto">
      {ticket.subject}
    </span>
  );
}

/** "5 min. ago", with the full date and time on hover. */
export function RowAge({ at, now }: { at: string; now: number }) {
  const fmt = useFormat();
  return (
    <time className="row-age" dateTime={at} title={fmt.dateTime(at)}>
      {fmt.age(at, now)}
    </time>
  );
}

export function LanguageChip({ language }: { language: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <span className="chip" title={t('ticket.language')}>
      {language ? fmt.languageName(language) : t('list.unknownLanguage')}
    </span>
  );
}

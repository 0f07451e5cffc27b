import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';

export function EscalationPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if (!ticket.escalation) return null;
  const { code, detail } = ticket.escalation;
  return (
    <section
      className="panel escalation"
      data-testid="escalation-reason"
      data-reason-code={code}
      aria-labelledby="escalation-title"
    >
      <h3 id="escalation-title" className="panel-title">
        {t('ticket.escalation')}
      </h3>
      <p className="escalation-code">{t(`reason.${code}`, { defaultValue: code })}</p>
      <dl className="facts">
        <dt>{t('ticket.ownerQueue')}</dt>
        <dd data-testid="owner-queue">{ticket.ownerQueue ?? t('list.noQueue')}</dd>
      </dl>
      {detail ? (
        <p className="escalation-detail" lang="en" dir="auto">
          {detail}
        </p>
      ) : null}
    </section>
  );
}

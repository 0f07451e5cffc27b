import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { EscalationPanel } from './EscalationPanel.js';
import { ErrorMessage } from './ErrorMessage.js';
import { ReplyEditor } from './ReplyEditor.js';
import { Thread } from './Thread.js';
import { UnsentPanel } from './UnsentPanel.js';

export function TicketView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const openTicketId = useConsoleState((s) => s.openTicketId);
  const detail = useConsoleState((s) => (s.detail && s.detail.ticket.id === s.openTicketId ? s.detail : null));
  const detailError = useConsoleState((s) => s.detailError);

  if (!openTicketId) return null;
  const ticket = detail?.ticket;

  return (
    <article className="ticket-view" data-testid="ticket-view" data-ticket-id={openTicketId} tabIndex={-1} aria-labelledby="ticket-subject">
      <div className="ticket-toolbar">
        <button type="button" className="button button-small" onClick={controller.closeTicket} aria-keyshortcuts="Escape">
          <span aria-hidden="true" className="back-arrow">
            ←
          </span>{' '}
          {t('ticket.back')}
        </button>
      </div>
      {detailError ? <ErrorMessage error={detailError} onRetry={() => void controller.refreshAll()} /> : null}
      {!ticket ? (
        detailError ? null : <p className="empty-state">{t('ticket.loading')}</p>
      ) : (
        <>
          <header className="ticket-header">
            <h2 id="ticket-subject" className="ticket-subject" dir="auto" data-testid="ticket-subject">
              {ticket.subject}
            </h2>
            <span className={`status status-${ticket.status}`} data-testid="ticket-status" data-status={ticket.status}>
              {t(`status.${ticket.status}`)}
            </span>
          </header>
          <dl className="facts facts-inline" data-testid="ticket-customer">
            <div>
              <dt>{t('ticket.customer')}</dt>
              <dd dir="auto">{ticket.customer.name}</dd>
            </div>
            <div>
              <dt>{t('ticket.tier')}</dt>
              <dd>
                <span className={`chip tier-${ticket.customer.tier}`}>{t(`tier.${ticket.customer.tier}`)}</span>
              </dd>
            </div>
            {ticket.customer.market ? (
              <div>
                <dt>{t('ticket.market')}</dt>
                <dd>{ticket.customer.market}</dd>
              </div>
            ) : null}
            {ticket.language ? (
              <div>
                <dt>{t('ticket.language')}</dt>
                <dd>{fmt.languageName(ticket.language)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('ticket.channel')}</dt>
              <dd>{ticket.channel}</dd>
            </div>
            <div>
              <dt>{t('ticket.created')}</dt>
              <dd>
                <time dateTime={ticket.createdAt}>{fmt.dateTime(ticket.createdAt)}</time>
              </dd>
            </div>
          </dl>
          <EscalationPanel ticket={ticket} />
          <section className="panel summary" data-testid="ai-summary">
            <h3 className="panel-title">{t('ticket.summary')}</h3>
            <p dir="auto">{ticket.summary ?? t('ticket.noSummary')}</p>
          </section>
          <Thread messages={detail.messages} />
          <UnsentPanel ticket={ticket} unsent={detail.unsent ?? []} />
          <ReplyEditor ticket={ticket} />
        </>
      )}
    </article>
  );
}

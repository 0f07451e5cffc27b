import { useTranslation } from 'react-i18next';
import { useConsoleState, useController } from '../state/context.js';
import { useHandleTime } from '../state/useHandleTime.js';
import { CustomerPanel } from './CustomerPanel.js';
import { EscalationPanel } from './EscalationPanel.js';
import { TicketActions } from './TicketActions.js';
import { BusyNotice } from './BusyNotice.js';
import { TranslationNotice } from './TranslationNotice.js';
import { ErrorMessage } from './ErrorMessage.js';
import { ReplyEditor } from './ReplyEditor.js';
import { Thread } from './Thread.js';
import { TicketHistory } from './TicketHistory.js';
import { UnsentPanel } from './UnsentPanel.js';
import { TicketTranslated } from './TicketTranslated.js';
import { AssistPanel } from '../assist/AssistPanel.js';
import { TicketTags } from '../tags/TicketTags.js';
import { TicketPresence } from '../presence/TicketPresence.js';
import { MergeBanner } from '../merge/MergeBanner.js';

export function TicketView() {
  const { t } = useTranslation();
  const controller = useController();
  const openTicketId = useConsoleState((s) => s.openTicketId);
  useHandleTime(openTicketId);
  const detail = useConsoleState((s) => (s.detail && s.detail.ticket.id === s.openTicketId ? s.detail : null));
  const detailError = useConsoleState((s) => s.detailError);

  if (!openTicketId) return null;
  const ticket = detail?.ticket;

  return (
    <article
      className="ticket-view"
      data-testid="ticket-view"
      data-ticket-id={openTicketId}
      tabIndex={-1}
      aria-labelledby="ticket-subject"
    >
      <div className="ticket-toolbar">
        <button
          type="button"
          className="button button-small"
          onClick={controller.closeTicket}
          aria-keyshortcuts="Escape"
        >
          <span aria-hidden="true" className="back-arrow">
            ←
          </span>{' '}
          {t('ticket.back')}
        </button>
      </div>
      {detailError ? <ErrorMessage error={detailError} onRetry={() => void controller.refreshAll()} /> : null}
      {!ticket ? (
        detailError ? null : (
          <p className="empty-state">{t('ticket.loading')}</p>
        )
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
          <TicketPresence ticketId={ticket.id} />
          <MergeBanner ticket={ticket} />
          <TicketActions ticket={ticket} />
          <BusyNotice near="actions" />
          <TicketTags ticket={ticket} />
          <CustomerPanel ticket={ticket} />
          <EscalationPanel ticket={ticket} />
          <section className="panel summary" data-testid="ai-summary">
            <h3 className="panel-title">{t('ticket.summary')}</h3>
            <p dir="auto">{ticket.summary ?? t('ticket.noSummary')}</p>
          </section>
          <AssistPanel ticket={ticket} />
          <TicketTranslated ticket={ticket}>
            {({ translation, byMessage, draft }) => (
              <>
                <TranslationNotice ticket={ticket} translation={translation} />
                <Thread messages={detail.messages} channel={ticket.channel} translations={byMessage} />
                <UnsentPanel ticket={ticket} unsent={detail.unsent ?? []} />
                <TicketHistory ticketId={ticket.id} version={ticket.version} />
                <ReplyEditor ticket={ticket} draftTranslation={draft} />
              </>
            )}
          </TicketTranslated>
        </>
      )}
    </article>
  );
}

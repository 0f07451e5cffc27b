import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useNow } from '../format/useNow.js';
import { useConsoleState } from '../state/context.js';
import { TicketList } from './TicketList.js';
import { LanguageChip, RowAge, RowSubject } from './TicketRowParts.js';

export function InboxList() {
  const { t } = useTranslation();
  const now = useNow();
  const inbox = useConsoleState((s) => s.inbox);

  const renderRow = (ticket: Ticket) => (
    <div className="row-content">
      <div className="row-line">
        <RowSubject ticket={ticket} />
        <RowAge at={ticket.createdAt} now={now} />
      </div>
      <div className="row-line row-meta">
        <span className="row-customer" dir="auto">
          {ticket.customer.name}
        </span>
        <LanguageChip language={ticket.language} />
        <span className="chip" title={t('ticket.ownerQueue')}>
          {ticket.ownerQueue ?? t('list.noQueue')}
        </span>
        {ticket.escalation ? (
          <span className={`chip chip-reason reason-${ticket.escalation.code}`} title={t('ticket.escalation')}>
            {t(`reason.${ticket.escalation.code}`, { defaultValue: ticket.escalation.code })}
          </span>
        ) : null}
      </div>
    </div>
  );

  return (
    <TicketList
      tab="inbox"
      items={inbox}
      listTestId="inbox-list"
      itemTestId="inbox-item"
      label={t('list.inboxLabel')}
      emptyText={t('list.inboxEmpty')}
      rowHeight={68}
      renderRow={renderRow}
    />
  );
}

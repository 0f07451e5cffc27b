import { useTranslation } from 'react-i18next';
import { AI_RESOLVED_LIST_LIMIT } from '../../../shared/api/console-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useNow } from '../format/useNow.js';
import { useConsoleState } from '../state/context.js';
import { TicketList } from './TicketList.js';
import { LanguageChip, RowAge, RowSubject } from './TicketRowParts.js';

export function AiResolvedList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const items = useConsoleState((s) => s.aiResolved);

  const renderRow = (ticket: Ticket) => (
    <div className="row-content">
      <div className="row-line">
        <RowSubject ticket={ticket} />
        <RowAge at={ticket.updatedAt} now={now} />
      </div>
      <div className="row-line row-meta">
        <LanguageChip language={ticket.language} />
        <span className="chip chip-intent" title={t('ticket.intent')}>
          {ticket.intent ?? t('list.noIntent')}
        </span>
        {ticket.confidence !== null ? (
          <span className="confidence" data-confidence={ticket.confidence}>
            {t('list.confidence', { value: fmt.percent(ticket.confidence) })}
          </span>
        ) : null}
      </div>
    </div>
  );

  return (
    <div className="inbox-pane">
      {items.length >= AI_RESOLVED_LIST_LIMIT ? (
        <p className="hint list-hint" data-testid="ai-resolved-newest-only">
          {t('list.resolvedNewestOnly', { limit: fmt.number(AI_RESOLVED_LIST_LIMIT) })}
        </p>
      ) : null}
      <TicketList
        tab="resolved"
        label={t('list.resolvedLabel')}
        emptyText={t('list.resolvedEmpty')}
        renderRow={renderRow}
      />
    </div>
  );
}

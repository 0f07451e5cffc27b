import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../shared/api/console-contract.js';
import { useNow } from '../format/useNow.js';
import { useConsoleState, useController } from '../state/context.js';
import { InboxFilterBar } from './InboxFilterBar.js';
import { inboxEmptyMessage, inboxEmptyText } from './inbox-empty-message.js';
import { VirtualList } from './TicketList.js';
import { LanguageChip } from './TicketRowParts.js';
import { rowCountdown } from '../sla/row-countdown.js';
import { RowDue } from '../sla/RowDue.js';
import { BulkBar } from '../bulk/BulkBar.js';
import { RowSelectMark } from '../bulk/RowSelectMark.js';
import { TagChips } from '../tags/TagChips.js';
import { PresenceChips } from '../presence/PresenceChips.js';

/** The escalation inbox: windows of rows in SLA due order, fetched as the list scrolls. */
export function InboxList() {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const controller = useController();
  const inbox = useConsoleState((s) => s.inboxWindow);
  const selectedId = useConsoleState((s) => s.selectedId.inbox);
  const indexHint = useConsoleState((s) => s.selectedIndexHint.inbox);
  const agentName = useConsoleState((s) => s.setup?.agentName ?? s.status?.agentName ?? null);
  const ai = useConsoleState((s) => s.status?.ai);

  const selectedAt = selectedId !== null ? inbox.positions.get(selectedId) : undefined;
  const active = inbox.total === 0 ? -1 : (selectedAt ?? Math.min(indexHint, inbox.total - 1));
  const rowAt = useCallback((index: number) => inbox.rows.get(index), [inbox]);
  const onRange = useCallback((start: number, end: number) => controller.inbox.setRange(start, end), [controller]);

  const renderRow = (row: InboxRow) => {
    return (
      <div className="row-content">
        <div className="row-line">
          <RowSelectMark ticketId={row.id} />
          {row.unread ? (
            <span
              className={`unread-dot${row.isNew ? ' is-new' : ''}`}
              aria-label={row.isNew ? t('inbox.new') : t('inbox.unread')}
              role="img"
            />
          ) : null}
          <span className={`row-subject${row.unread ? ' row-unread' : ''}`} dir="auto">
            {row.subject}
          </span>
          <RowDue row={row} now={now} />
        </div>
        <div className="row-line row-meta">
          <span className="row-customer" dir="auto">
            {row.customerName}
          </span>
          {row.tier !== 'standard' ? <span className={`chip tier-${row.tier}`}>{t(`tier.${row.tier}`)}</span> : null}
          <LanguageChip language={row.language} />
          <span className="chip" title={t('ticket.ownerQueue')}>
            {row.ownerQueue ?? t('list.noQueue')}
          </span>
          {row.reason ? (
            <span className={`chip chip-reason reason-${row.reason}`} title={t('ticket.escalation')}>
              {t(`reason.${row.reason}`, { defaultValue: row.reason })}
            </span>
          ) : null}
          {row.assignee ? (
            <span className="chip chip-assignee">{row.assignee === agentName ? t('inbox.mine') : row.assignee}</span>
          ) : null}
          <TagChips tags={row.tags} small />
          <PresenceChips ticketId={row.id} />
        </div>
      </div>
    );
  };

  return (
    <div className="inbox-pane">
      <InboxFilterBar />
      <BulkBar />
      <VirtualList
        tab="inbox"
        count={inbox.total}
        rowAt={rowAt}
        activeIndex={active}
        loaded={inbox.loaded}
        onRange={onRange}
        rowData={(row) => ({
          'data-unread': String(row.unread),
          'data-new': String(row.isNew),
          'data-overdue': String(rowCountdown(row, now)?.kind === 'overdue'),
          'data-due-at': row.dueAt,
        })}
        label={t('list.inboxLabel')}
        emptyText={inboxEmptyText(inboxEmptyMessage(ai), t)}
        renderRow={renderRow}
        renderVersion={`${now}|${agentName ?? ''}|${i18n.language}`}
      />
    </div>
  );
}

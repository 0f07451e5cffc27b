import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useConsoleState, useController } from '../state/context.js';
import { selectedIndex } from '../state/selection.js';
import type { ListTab } from '../state/store.js';
import { ErrorMessage } from './ErrorMessage.js';

interface TicketListProps {
  tab: ListTab;
  items: Ticket[];
  listTestId: string;
  itemTestId: string;
  label: string;
  emptyText: string;
  rowHeight: number;
  renderRow: (ticket: Ticket) => ReactNode;
}

/**
 * A virtualised, keyboard-driven list (listbox with a roving tabindex): only the rows in view are
 * in the DOM, so thousands of tickets stay smooth.
 */
export function TicketList({ tab, items, listTestId, itemTestId, label, emptyText, rowHeight, renderRow }: TicketListProps) {
  const { t } = useTranslation();
  const controller = useController();
  const selectedId = useConsoleState((s) => s.selectedId[tab]);
  const indexHint = useConsoleState((s) => s.selectedIndexHint[tab]);
  const openTicketId = useConsoleState((s) => s.openTicketId);
  const focusRequest = useConsoleState((s) => s.listFocusRequest);
  const loaded = useConsoleState((s) => s.listsLoaded);
  const listError = useConsoleState((s) => s.listError);
  const scrollRef = useRef<HTMLDivElement>(null);

  const active = selectedIndex(items, selectedId, indexHint);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  // Keep the selected row in view when the selection moves (not on every data refresh).
  const activeId = items[active]?.id ?? null;
  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [activeId]);

  // Give the selected row focus when asked (keyboard moves, back from a ticket, tab switch).
  const lastFocusRequest = useRef(focusRequest);
  useEffect(() => {
    if (lastFocusRequest.current === focusRequest) return;
    lastFocusRequest.current = focusRequest;
    const id = activeId;
    if (!id) {
      scrollRef.current?.focus();
      return;
    }
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
    const focusRow = (attempt: number) => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-ticket-id="${CSS.escape(id)}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (attempt < 5) requestAnimationFrame(() => focusRow(attempt + 1));
      else scrollRef.current?.focus();
    };
    requestAnimationFrame(() => focusRow(0));
  }, [focusRequest, activeId, active, virtualizer]);

  let body: ReactNode;
  if (items.length === 0) {
    body = (
      <p className="empty-state" data-testid="empty-state">
        {loaded ? emptyText : t('list.loading')}
      </p>
    );
  } else {
    body = (
      <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative', inlineSize: '100%' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const ticket = items[row.index];
          if (!ticket) return null;
          const isSelected = row.index === active;
          return (
            <div
              key={row.key}
              role="option"
              className={`list-row${isSelected ? ' selected' : ''}${ticket.id === openTicketId ? ' open' : ''}`}
              data-testid={itemTestId}
              data-ticket-id={ticket.id}
              aria-selected={isSelected}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              tabIndex={isSelected ? 0 : -1}
              style={{ position: 'absolute', insetBlockStart: 0, insetInlineStart: 0, inlineSize: '100%', blockSize: rowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => controller.openTicket(ticket.id)}
              onFocus={() => {
                if (!isSelected) controller.select(ticket.id);
              }}
            >
              {renderRow(ticket)}
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <div className="list-pane-inner">
      {listError ? <ErrorMessage error={listError} onRetry={() => void controller.refreshAll()} /> : null}
      <div
        ref={scrollRef}
        className="list-scroll"
        // An empty listbox is invalid ARIA (it must own options): the empty state is a labelled group.
        role={items.length > 0 ? 'listbox' : 'group'}
        aria-label={label}
        data-testid={listTestId}
        data-count={items.length}
        tabIndex={items.length === 0 ? 0 : -1}
      >
        {body}
      </div>
    </div>
  );
}

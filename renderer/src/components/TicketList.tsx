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

/** A list over an array of tickets (AI-resolved, review results). */
export function TicketList({ items, ...rest }: TicketListProps) {
  const selectedId = useConsoleState((s) => s.selectedId[rest.tab]);
  const indexHint = useConsoleState((s) => s.selectedIndexHint[rest.tab]);
  const loaded = useConsoleState((s) => s.listsLoaded);
  return (
    <VirtualList
      {...rest}
      count={items.length}
      rowAt={(index) => items[index]}
      activeIndex={selectedIndex(items, selectedId, indexHint)}
      loaded={loaded}
    />
  );
}

interface VirtualListProps<T extends { id: string }> {
  tab: ListTab;
  count: number;
  /** The row at a position, or undefined while it is being fetched (a placeholder shows). */
  rowAt: (index: number) => T | undefined;
  /** Position of the selected row, -1 when none. */
  activeIndex: number;
  loaded: boolean;
  /** Told which positions are on screen, so a windowed source can fetch them. */
  onRange?: (start: number, end: number) => void;
  /** Extra attributes of a row (state cues for tests and styles). */
  rowData?: (row: T) => Record<string, string>;
  listTestId: string;
  itemTestId: string;
  label: string;
  emptyText: string;
  rowHeight: number;
  renderRow: (row: T) => ReactNode;
}

/**
 * A virtualised, keyboard-driven list (listbox with a roving tabindex): only the rows in view are
 * in the DOM, so thousands of tickets stay smooth.
 */
export function VirtualList<T extends { id: string }>(props: VirtualListProps<T>) {
  const { count, rowAt, activeIndex: active, loaded, onRange, rowData, listTestId, itemTestId, label, emptyText, rowHeight, renderRow } = props;
  const { t } = useTranslation();
  const controller = useController();
  const openTicketId = useConsoleState((s) => s.openTicketId);
  const focusRequest = useConsoleState((s) => s.listFocusRequest);
  const listError = useConsoleState((s) => s.listError);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    getItemKey: (index) => rowAt(index)?.id ?? `pending-${index}`,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const firstShown = virtualRows[0]?.index ?? 0;
  const lastShown = virtualRows[virtualRows.length - 1]?.index ?? 0;
  useEffect(() => {
    onRange?.(firstShown, lastShown);
  }, [onRange, firstShown, lastShown, count]);

  // Keep the selected row in view when the selection moves (not on every data refresh).
  const activeId = rowAt(active)?.id ?? null;
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
  if (count === 0) {
    body = (
      <p className="empty-state" data-testid="empty-state">
        {loaded ? emptyText : t('list.loading')}
      </p>
    );
  } else {
    body = (
      <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative', inlineSize: '100%' }}>
        {virtualRows.map((row) => {
          const ticket = rowAt(row.index);
          const place = { position: 'absolute', insetBlockStart: 0, insetInlineStart: 0, inlineSize: '100%', blockSize: rowHeight, transform: `translateY(${row.start}px)` } as const;
          if (!ticket) {
            return <div key={row.key} className="list-row list-row-pending" aria-hidden="true" style={place} />;
          }
          const isSelected = row.index === active;
          return (
            <div
              key={row.key}
              role="option"
              className={`list-row${isSelected ? ' selected' : ''}${ticket.id === openTicketId ? ' open' : ''}`}
              data-testid={itemTestId}
              data-ticket-id={ticket.id}
              aria-selected={isSelected}
              aria-setsize={count}
              aria-posinset={row.index + 1}
              tabIndex={isSelected ? 0 : -1}
              style={place}
              {...(rowData ? rowData(ticket) : {})}
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
        role={count > 0 ? 'listbox' : 'group'}
        aria-label={label}
        data-testid={listTestId}
        data-count={count}
        tabIndex={count === 0 ? 0 : -1}
      >
        {body}
      </div>
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useConsoleState, useConsoleStore, useController } from '../state/context.js';
import { holdsDialogOpen, openDialog, wouldLeaveDialog } from '../state/focus-guard.js';
import { selectedIndex } from '../state/selection.js';
import type { ListTab } from '../state/store.js';
import { ErrorMessage } from './ErrorMessage.js';

/** Each list's test ids are `<name>-list` and `<name>-item`. */
const LIST_TEST_NAMES: Record<ListTab, string> = { inbox: 'inbox', resolved: 'ai-resolved', review: 'review' };
/** The height of a row of two lines (subject, then the chips); a list whose rows have more passes its own. */
const TWO_LINE_ROW_HEIGHT = 68;

interface TicketListProps {
  tab: Exclude<ListTab, 'inbox'>;
  label: string;
  emptyText: string;
  rowHeight?: number;
  renderRow: (ticket: Ticket) => ReactNode;
}

/** A list over the store's array of tickets of its tab (AI-resolved, review results). */
export function TicketList(props: TicketListProps) {
  const items = useConsoleState((s) => (props.tab === 'review' ? s.review : s.aiResolved));
  const selectedId = useConsoleState((s) => s.selectedId[props.tab]);
  const indexHint = useConsoleState((s) => s.selectedIndexHint[props.tab]);
  const loaded = useConsoleState((s) => s.listsLoaded);
  return (
    <VirtualList
      {...props}
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
  /** Told which positions are on screen (the overscan around them left out), so a windowed source can fetch them. */
  onRange?: (start: number, end: number) => void;
  /** Extra attributes of a row (state cues for tests and styles). */
  rowData?: (row: T) => Record<string, string>;
  label: string;
  emptyText: string;
  rowHeight?: number;
  renderRow: (row: T) => ReactNode;
  /**
   * Everything `renderRow` reads besides the row (the clock, the agent, the UI language), as one string.
   * When given, a row is drawn again only when its data, place, selection or this string changes.
   */
  renderVersion?: string;
}

/**
 * A virtualised, keyboard-driven list (listbox with a roving tabindex): only the rows in view are
 * in the DOM, so thousands of tickets stay smooth.
 */
export function VirtualList<T extends { id: string }>(props: VirtualListProps<T>) {
  const {
    count,
    rowAt,
    activeIndex: active,
    loaded,
    onRange,
    rowData,
    label,
    emptyText,
    rowHeight = TWO_LINE_ROW_HEIGHT,
    renderRow,
    renderVersion,
  } = props;
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
    overscan: 5,
    // The virtualizer keys its measurements by position (the default). A key function that reads the rows
    // would change with every fetched block, and the virtualizer recomputes all of its `count` measurements
    // whenever it changes: 100,000 of them per render. Rows have one fixed height, so nothing is lost; the
    // React elements below are keyed by ticket.
  });
  const virtualRows = virtualizer.getVirtualItems();
  // The rows on screen, without the overscan drawn around them (before the list is measured: all drawn).
  const top = virtualizer.scrollOffset ?? 0;
  const height = virtualizer.scrollRect?.height ?? 0;
  const onScreen = height > 0 ? virtualRows.filter((row) => row.end > top && row.start < top + height) : virtualRows;
  const firstShown = onScreen[0]?.index ?? 0;
  const lastShown = onScreen[onScreen.length - 1]?.index ?? 0;
  useEffect(() => {
    onRange?.(firstShown, lastShown);
  }, [onRange, firstShown, lastShown, count]);

  // Keep the selected row in view when the selection moves — not when rows arrive or refresh, or a list
  // the agent scrolled away from would jump back to the selection whenever its rows were fetched.
  const activeId = rowAt(active)?.id ?? null;
  const selectedId = useConsoleState((s) => s.selectedId[props.tab]);
  const selectedHint = useConsoleState((s) => s.selectedIndexHint[props.tab]);
  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [selectedId, selectedHint]);

  // Give the selected row focus when asked (keyboard moves, back from a ticket, tab switch).
  const store = useConsoleStore();
  const lastFocusRequest = useRef(focusRequest);
  useEffect(() => {
    if (lastFocusRequest.current === focusRequest) return;
    lastFocusRequest.current = focusRequest;
    const id = activeId;
    const dialog = openDialog();
    if (!id) {
      if (!wouldLeaveDialog(scrollRef.current, dialog, holdsDialogOpen(store.getState()))) scrollRef.current?.focus();
      return;
    }
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
    const focusRow = (attempt: number) => {
      // A dialog opened meanwhile keeps the keys.
      if (wouldLeaveDialog(scrollRef.current, dialog, holdsDialogOpen(store.getState()))) return;
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-ticket-id="${CSS.escape(id)}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (attempt < 5) requestAnimationFrame(() => focusRow(attempt + 1));
      else scrollRef.current?.focus();
    };
    requestAnimationFrame(() => focusRow(0));
  }, [focusRequest, activeId, active, virtualizer, store]);

  let body: ReactNode;
  if (count === 0) {
    body = (
      // A status region: a screen reader hears "loading", "clear" or "N tickets wait for the AI" as it changes.
      <p className="empty-state" data-testid="empty-state" role="status">
        {loaded ? emptyText : t('list.loading')}
      </p>
    );
  } else {
    body = (
      <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative', inlineSize: '100%' }}>
        {virtualRows.map((row) => {
          const ticket = rowAt(row.index);
          if (!ticket) {
            return (
              <div
                key={`pending-${row.index}`}
                className="list-row list-row-pending"
                aria-hidden="true"
                style={placeAt(row.start, rowHeight)}
              />
            );
          }
          return (
            <ListRow
              // Keyed by ticket (not position) so a focused row keeps its ticket when rows move.
              key={ticket.id}
              row={ticket}
              index={row.index}
              start={row.start}
              height={rowHeight}
              count={count}
              selected={row.index === active}
              open={ticket.id === openTicketId}
              testId={`${LIST_TEST_NAMES[props.tab]}-item`}
              data={rowData ? rowData(ticket) : undefined}
              content={renderRow}
              version={renderVersion}
              onOpen={controller.openTicket}
              onSelect={controller.select}
            />
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
        data-testid={`${LIST_TEST_NAMES[props.tab]}-list`}
        data-count={count}
        tabIndex={count === 0 ? 0 : -1}
      >
        {body}
      </div>
    </div>
  );
}

function placeAt(start: number, height: number) {
  return {
    position: 'absolute',
    insetBlockStart: 0,
    insetInlineStart: 0,
    inlineSize: '100%',
    blockSize: height,
    transform: `translateY(${start}px)`,
  } as const;
}

interface ListRowProps<T extends { id: string }> {
  row: T;
  index: number;
  start: number;
  height: number;
  count: number;
  selected: boolean;
  open: boolean;
  testId: string;
  data: Record<string, string> | undefined;
  content: (row: T) => ReactNode;
  version: string | undefined;
  onOpen: (id: string) => void;
  onSelect: (id: string) => void;
}

/** One option of the list; with a render version it is skipped while nothing it shows has changed. */
const ListRow = memo(
  function ListRow<T extends { id: string }>(props: ListRowProps<T>) {
    const { row, index, start, height, count, selected, open, testId, data, content, onOpen, onSelect } = props;
    return (
      <div
        role="option"
        className={`list-row${selected ? ' selected' : ''}${open ? ' open' : ''}`}
        data-testid={testId}
        data-ticket-id={row.id}
        aria-selected={selected}
        aria-setsize={count}
        aria-posinset={index + 1}
        tabIndex={selected ? 0 : -1}
        style={placeAt(start, height)}
        {...data}
        // A press does not take the focus: selecting on focus scrolls a half-shown row into view, and the release then
        // lands beside it and the click that opens the ticket is lost. The click selects and opens it (focus follows).
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onOpen(row.id)}
        onFocus={() => {
          if (!selected) onSelect(row.id);
        }}
      >
        {content(row)}
      </div>
    );
  },
  (before, after) =>
    after.version !== undefined &&
    before.version === after.version &&
    before.row === after.row &&
    before.index === after.index &&
    before.start === after.start &&
    before.height === after.height &&
    before.count === after.count &&
    before.selected === after.selected &&
    before.open === after.open &&
    before.testId === after.testId &&
    before.onOpen === after.onOpen &&
    before.onSelect === after.onSelect,
) as <T extends { id: string }>(props: ListRowProps<T>) => ReactNode;

import type { MoveFocus } from './focus.js';
import type { ListRefresh } from './list-refresh.js';
import { moveSelection, selectedIndex } from './selection.js';
import { visibleList, type ConsoleStoreApi, type ListTab } from './store.js';

export interface NavigationDeps {
  store: ConsoleStoreApi;
  refresh: Pick<ListRefresh, 'inbox' | 'refreshOpenTicket' | 'dropPendingDetail' | 'prefetchedDetail'>;
  moveFocus: MoveFocus;
}

/**
 * Moving through the console: the list tabs, the selection (j / k), opening and closing a ticket, and where the
 * focus goes then. Store and the inbox loader only: focus moves are asked of `moveFocus`.
 */
export function createNavigation({ store, refresh, moveFocus }: NavigationDeps) {
  const s = () => store.getState();

  function setTab(tab: ListTab): void {
    s().setTab(tab);
    // After the other list has mounted, so it sees the request.
    setTimeout(() => s().requestListFocus(), 0);
  }

  function select(id: string): void {
    const state = s();
    if (state.tab === 'inbox') {
      state.select('inbox', id, state.inboxWindow.positions.get(id) ?? state.selectedIndexHint.inbox);
      return;
    }
    const index = visibleList(state).findIndex((t) => t.id === id);
    state.select(state.tab, id, Math.max(0, index));
  }

  /** The inbox position of the selection, else where it was (clamped to the inbox as it is now). */
  function selectedInboxPosition(): number {
    const { inboxWindow, selectedId, selectedIndexHint } = s();
    const selected = selectedId.inbox;
    const known = selected !== null ? inboxWindow.positions.get(selected) : undefined;
    return known ?? Math.min(selectedIndexHint.inbox, inboxWindow.total - 1);
  }

  /** The selection moved: the open ticket follows it (the focus stays), else the list keeps the focus. */
  function followSelection(id: string): void {
    select(id);
    if (s().openTicketId) openTicket(id, { focusView: false });
    else s().requestListFocus();
  }

  async function moveInInbox(delta: number): Promise<void> {
    const { total } = s().inboxWindow;
    if (total === 0) return;
    const next = Math.min(Math.max(selectedInboxPosition() + delta, 0), total - 1);
    const row = await refresh.inbox.rowAt(next);
    if (!row || s().tab !== 'inbox') return;
    followSelection(row.id);
  }

  function move(delta: number): void {
    const state = s();
    if (state.tab === 'inbox') {
      void moveInInbox(delta);
      return;
    }
    const items = visibleList(state);
    const id = moveSelection(items, state.selectedId[state.tab], delta, state.selectedIndexHint[state.tab]);
    if (id !== null) followSelection(id);
  }

  function openTicket(id: string, opts: { focusView?: boolean } = {}): void {
    select(id);
    if (s().openTicketId !== id) {
      s().setOpenTicket(id);
      // A neighbour fetched ahead shows at once (if it has not changed since); the fresh copy follows.
      const ahead = refresh.prefetchedDetail(id);
      const row = s().inboxWindow.rows.get(s().inboxWindow.positions.get(id) ?? -1);
      if (ahead && row && row.version === ahead.ticket.version) s().setDetail(ahead);
      void refresh.refreshOpenTicket();
    }
    if (opts.focusView !== false) moveFocus('ticket-view');
  }

  function openSelected(): void {
    const state = s();
    if (state.tab === 'inbox') {
      const row = state.inboxWindow.rows.get(selectedInboxPosition());
      if (row) openTicket(row.id);
      return;
    }
    const items = visibleList(state);
    const ticket = items[selectedIndex(items, state.selectedId[state.tab], state.selectedIndexHint[state.tab])];
    if (ticket) openTicket(ticket.id);
  }

  function closeTicket(): void {
    if (!s().openTicketId) return;
    refresh.dropPendingDetail();
    s().setOpenTicket(null);
    s().requestListFocus();
  }

  /** The focus to the open ticket's view, else the inbox list (a dialog closed and its opener is gone). */
  function focusWorkspace(): void {
    moveFocus(s().openTicketId ? 'ticket-view' : 'inbox-list');
  }

  return {
    setTab,
    select,
    move,
    openTicket,
    openSelected,
    closeTicket,
    back(): void {
      if (s().helpOpen) return s().setHelpOpen(false);
      closeTicket();
    },
    focusEditor(): void {
      if (s().openTicketId) moveFocus('editor');
    },
    /** The AI assist of the open ticket (`i`), where it has one. */
    focusAssist(): void {
      if (s().openTicketId) moveFocus('assist');
    },
    focusWorkspace,
    closeOverlay(): void {
      s().setOverlay(null);
      focusWorkspace();
    },
  };
}

export type Navigation = ReturnType<typeof createNavigation>;

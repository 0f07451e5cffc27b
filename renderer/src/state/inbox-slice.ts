import type {
  ConsoleSetup,
  InboxFilters,
  InboxRow,
  InboxView,
  InboxWindow,
} from '../../../shared/api/console-contract.js';

/** The inbox as loaded so far: its size and the rows of the windows fetched around the view. */
export interface InboxWindowState {
  total: number;
  unread: number;
  /** Rows by position in the due-time order; positions not fetched yet are absent. */
  rows: ReadonlyMap<number, InboxRow>;
  /** Position of each loaded row's ticket. */
  positions: ReadonlyMap<string, number>;
  loaded: boolean;
}

export interface InboxQuery {
  filters: InboxFilters;
  view: InboxView;
}

/** Small dialogs the keyboard opens over the console. */
export type OverlayKind =
  | 'palette'
  | 'reassign'
  | 'snooze'
  | 'macro'
  | 'articles'
  | 'views'
  | 'reopen'
  /** The open ticket's tags (renderer/src/tags). */
  | 'tags'
  /** A picker of the inbox's bulk bar (renderer/src/bulk). */
  | 'bulk'
  /** Merging the open ticket into another of the customer's (renderer/src/merge). */
  | 'merge';

export interface InboxSliceState {
  inboxWindow: InboxWindowState;
  inboxQuery: InboxQuery;
  setup: ConsoleSetup | null;
  overlay: OverlayKind | null;
}

export interface InboxSliceActions {
  /** Replaces every loaded row with one fresh window (after a change or a new query). */
  replaceInboxWindow(window: InboxWindow): void;
  /** Adds a window's rows to those loaded (scrolling); sizes come from the newest answer. */
  mergeInboxWindow(window: InboxWindow): void;
  setInboxQuery(query: InboxQuery): void;
  markRowRead(ticketId: string): void;
  setSetup(setup: ConsoleSetup): void;
  setOverlay(overlay: OverlayKind | null): void;
}

/** Rows kept around the latest window; farther ones are fetched again when the list comes back to them. */
export const MAX_LOADED_ROWS = 1_200;

export const EMPTY_INBOX: InboxWindowState = {
  total: 0,
  unread: 0,
  rows: new Map(),
  positions: new Map(),
  loaded: false,
};

function build(total: number, unread: number, entries: Iterable<[number, InboxRow]>): InboxWindowState {
  const rows = new Map<number, InboxRow>();
  const positions = new Map<string, number>();
  for (const [index, row] of entries) {
    if (index >= total) continue;
    rows.set(index, row);
    positions.set(row.id, index);
  }
  return { total, unread, rows, positions, loaded: true };
}

function entriesOf(window: InboxWindow): Array<[number, InboxRow]> {
  return window.rows.map((row, i) => [window.offset + i, row]);
}

type Set = (partial: Partial<InboxSliceState> | ((state: InboxSliceState) => Partial<InboxSliceState>)) => void;

export function createInboxSlice(set: Set): InboxSliceState & InboxSliceActions {
  return {
    inboxWindow: EMPTY_INBOX,
    inboxQuery: { filters: {}, view: 'all' },
    setup: null,
    overlay: null,
    replaceInboxWindow: (window) => set({ inboxWindow: build(window.total, window.unread, entriesOf(window)) }),
    mergeInboxWindow: (window) =>
      set((s) => {
        const merged = new Map(s.inboxWindow.rows);
        // A row seen at another position belongs to an older answer: drop it so no ticket shows twice.
        for (const row of window.rows) {
          const old = s.inboxWindow.positions.get(row.id);
          if (old !== undefined) merged.delete(old);
        }
        for (const [index, row] of entriesOf(window)) merged.set(index, row);
        // Only the rows near the view stay in memory: a long scroll does not pile up the whole inbox.
        if (merged.size > MAX_LOADED_ROWS) {
          const center = window.offset + window.rows.length / 2;
          for (const index of merged.keys()) if (Math.abs(index - center) > MAX_LOADED_ROWS / 2) merged.delete(index);
        }
        return { inboxWindow: build(window.total, window.unread, merged) };
      }),
    setInboxQuery: (inboxQuery) => set({ inboxQuery, inboxWindow: { ...EMPTY_INBOX } }),
    markRowRead: (ticketId) =>
      set((s) => {
        const index = s.inboxWindow.positions.get(ticketId);
        const row = index === undefined ? undefined : s.inboxWindow.rows.get(index);
        if (index === undefined || !row || (!row.unread && !row.isNew)) return {};
        const rows = new Map(s.inboxWindow.rows);
        rows.set(index, { ...row, unread: false, isNew: false });
        return {
          inboxWindow: { ...s.inboxWindow, rows, unread: Math.max(0, s.inboxWindow.unread - (row.unread ? 1 : 0)) },
        };
      }),
    setSetup: (setup) => set({ setup }),
    setOverlay: (overlay) => set({ overlay }),
  };
}

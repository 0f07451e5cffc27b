import { create } from 'zustand';
import type { ConsoleStatus, TicketDetail } from '../../../shared/api/console-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import type { AppError } from '../../../shared/result.js';
import { browserLocalStorage, loadDrafts, saveDrafts, type Drafts } from './drafts-storage.js';
import { createInboxSlice, type InboxSliceActions, type InboxSliceState } from './inbox-slice.js';

export type ListTab = 'inbox' | 'resolved' | 'review';

/**
 * An action the agent asked for was refused because another one on the ticket is still under way (`sending`).
 * Not an error of that action (that is `actionError`): the view says so politely near where it was asked for
 * (`near`), and it goes away when the running action finishes. `seq` tells one refusal from the next.
 */
export interface BusyNotice {
  near: 'actions' | 'editor';
  seq: number;
}

export interface ConsoleState {
  status: ConsoleStatus | null;
  /** False once a call could not reach the console host at all. */
  hostReachable: boolean;
  inbox: Ticket[];
  aiResolved: Ticket[];
  /** Results of the offline review search (set by the review view). */
  review: Ticket[];
  /** Ticket version shown when the agent started writing each draft: sent as baseVersion. */
  draftBaseVersion: Record<string, number>;
  listsLoaded: boolean;
  listError: AppError | null;
  tab: ListTab;
  selectedId: Record<ListTab, string | null>;
  /** Row index of the selection, so it stays in place when the selected ticket leaves the list. */
  selectedIndexHint: Record<ListTab, number>;
  openTicketId: string | null;
  detail: TicketDetail | null;
  detailError: AppError | null;
  /** Per-ticket editor text. Present means the agent has touched the editor of that ticket. */
  drafts: Drafts;
  sending: boolean;
  actionError: AppError | null;
  /** Set when an action was refused because another is still under way; cleared when that one finishes. */
  busyNotice: BusyNotice | null;
  helpOpen: boolean;
  /** The Settings dialog is open (header button, Ctrl/⌘ + comma or the command palette). */
  settingsOpen: boolean;
  /** Bumped to ask the list to move focus to its selected row. */
  listFocusRequest: number;
}

export interface ConsoleActions {
  setStatus(status: ConsoleStatus): void;
  setHostReachable(reachable: boolean): void;
  setLists(inbox: Ticket[], aiResolved: Ticket[]): void;
  setReview(review: Ticket[]): void;
  setListError(error: AppError | null): void;
  setTab(tab: ListTab): void;
  select(tab: ListTab, id: string | null, index: number): void;
  setOpenTicket(id: string | null): void;
  setDetail(detail: TicketDetail | null): void;
  setDetailError(error: AppError | null): void;
  setDraft(ticketId: string, text: string): void;
  /** After a successful send: empty editor now, nothing kept in storage. */
  clearDraftAfterSend(ticketId: string): void;
  setSending(sending: boolean): void;
  setActionError(error: AppError | null): void;
  /** An action was refused while another is under way: shows the notice (again) near where it was asked for. */
  showBusyNotice(near: BusyNotice['near']): void;
  /** Clears the notice, or only refusal `seq` when given (a newer refusal keeps its own). */
  clearBusyNotice(seq?: number): void;
  setHelpOpen(open: boolean): void;
  setSettingsOpen(open: boolean): void;
  requestListFocus(): void;
}

export type ConsoleStore = ConsoleState & ConsoleActions & InboxSliceState & InboxSliceActions;

function persistableDrafts(drafts: Drafts, sentIds: ReadonlySet<string>): Drafts {
  const out: Drafts = {};
  for (const [id, text] of Object.entries(drafts)) if (!sentIds.has(id)) out[id] = text;
  return out;
}

export function createConsoleStore(storage: Storage | null = browserLocalStorage()) {
  /** Tickets whose editor was emptied by a send: not written back, so a reload starts fresh. */
  const sentIds = new Set<string>();
  /** Never reused, so a clear meant for an earlier refusal cannot take a later one away. */
  let busySeq = 0;
  return create<ConsoleStore>()((set, get) => ({
    ...createInboxSlice(set),
    status: null,
    hostReachable: true,
    inbox: [],
    aiResolved: [],
    review: [],
    draftBaseVersion: {},
    listsLoaded: false,
    listError: null,
    tab: 'inbox',
    selectedId: { inbox: null, resolved: null, review: null },
    selectedIndexHint: { inbox: 0, resolved: 0, review: 0 },
    openTicketId: null,
    detail: null,
    detailError: null,
    drafts: loadDrafts(storage),
    sending: false,
    actionError: null,
    busyNotice: null,
    helpOpen: false,
    settingsOpen: false,
    listFocusRequest: 0,

    setStatus: (status) => set({ status }),
    setHostReachable: (hostReachable) => {
      if (get().hostReachable !== hostReachable) set({ hostReachable });
    },
    setLists: (inbox, aiResolved) => set({ inbox, aiResolved, listsLoaded: true, listError: null }),
    setListError: (listError) => set({ listError }),
    setReview: (review) => set({ review }),
    setTab: (tab) => set({ tab }),
    select: (tab, id, index) =>
      set((s) => ({
        selectedId: { ...s.selectedId, [tab]: id },
        selectedIndexHint: { ...s.selectedIndexHint, [tab]: index },
      })),
    setOpenTicket: (openTicketId) =>
      set((s) => ({
        openTicketId,
        detail: s.detail && s.detail.ticket.id === openTicketId ? s.detail : null,
        detailError: null,
        actionError: null,
        busyNotice: null,
      })),
    setDetail: (detail) => set({ detail, detailError: null }),
    setDetailError: (detailError) => set({ detailError }),
    setDraft: (ticketId, text) => {
      sentIds.delete(ticketId);
      const drafts = { ...get().drafts };
      delete drafts[ticketId]; // re-insert last so the newest edits survive trimming
      drafts[ticketId] = text;
      const state = get();
      const seen = state.detail?.ticket.id === ticketId ? state.detail.ticket.version : undefined;
      const base = state.draftBaseVersion[ticketId] ?? seen;
      set({
        drafts,
        draftBaseVersion: base === undefined ? state.draftBaseVersion : { ...state.draftBaseVersion, [ticketId]: base },
      });
      saveDrafts(storage, persistableDrafts(drafts, sentIds));
    },
    clearDraftAfterSend: (ticketId) => {
      sentIds.add(ticketId);
      const drafts = { ...get().drafts, [ticketId]: '' };
      const draftBaseVersion = { ...get().draftBaseVersion };
      delete draftBaseVersion[ticketId];
      set({ drafts, draftBaseVersion });
      saveDrafts(storage, persistableDrafts(drafts, sentIds));
    },
    // The running action has finished: what it was refused for can be asked for again, so the notice goes.
    setSending: (sending) => set(sending ? { sending } : { sending, busyNotice: null }),
    setActionError: (actionError) => set({ actionError }),
    showBusyNotice: (near) => set({ busyNotice: { near, seq: ++busySeq } }),
    clearBusyNotice: (seq) => {
      const current = get().busyNotice;
      if (current && (seq === undefined || current.seq === seq)) set({ busyNotice: null });
    },
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
    requestListFocus: () => set((s) => ({ listFocusRequest: s.listFocusRequest + 1 })),
  }));
}

export type ConsoleStoreApi = ReturnType<typeof createConsoleStore>;

/** What the editor shows: the agent's own text, else the AI draft for an escalated ticket. */
export function editorText(state: Pick<ConsoleState, 'drafts' | 'detail'>, ticketId: string): string {
  const own = state.drafts[ticketId];
  if (own !== undefined) return own;
  const ticket = state.detail?.ticket;
  if (ticket && ticket.id === ticketId && ticket.status === 'escalated') return ticket.aiDraft ?? '';
  return '';
}

export function visibleList(state: Pick<ConsoleState, 'tab' | 'inbox' | 'aiResolved' | 'review'>): Ticket[] {
  return state.tab === 'inbox' ? state.inbox : state.tab === 'review' ? state.review : state.aiResolved;
}

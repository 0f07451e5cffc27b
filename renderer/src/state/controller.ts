import type { ConsoleApi, ConsoleEvent, ConsoleStatus } from '../../../shared/api/console-contract.js';
import { MAX_MESSAGE_LENGTH } from '../../../shared/domain/ticket.js';
import { coalesce } from './coalesce.js';
import { moveSelection, selectedIndex } from './selection.js';
import { editorText, visibleList, type ConsoleStoreApi, type ListTab } from './store.js';

export const STATUS_POLL_MS = 2000;

export const EDITOR_SELECTOR = '[data-testid="reply-editor"]';
export const TICKET_VIEW_SELECTOR = '[data-testid="ticket-view"]';

function focusLater(selector: string): void {
  // After React has committed the state change (buttons re-enabled, view mounted).
  setTimeout(() => {
    const el = document.querySelector<HTMLElement>(selector);
    el?.focus();
  }, 0);
}

/** Everything the views and shortcuts can do; talks to the core through the ConsoleApi only. */
export function createController(api: ConsoleApi, store: ConsoleStoreApi) {
  const s = () => store.getState();
  /** Bumped whenever a newer ticket detail is known, so slower responses are dropped. */
  let detailGeneration = 0;
  let lastStatusKey: string | null = null;

  const refreshLists = coalesce(async () => {
    const [inbox, resolved] = await Promise.all([api.listInbox({}), api.listAiResolved({})]);
    if (!inbox.ok) return s().setListError(inbox.error);
    if (!resolved.ok) return s().setListError(resolved.error);
    s().setLists(inbox.value, resolved.value);
  });

  const refreshOpenTicket = coalesce(async () => {
    const id = s().openTicketId;
    if (!id) return;
    const generation = ++detailGeneration;
    const result = await api.getTicket({ ticketId: id });
    if (generation !== detailGeneration || s().openTicketId !== id) return;
    if (result.ok) s().setDetail(result.value);
    else s().setDetailError(result.error);
  });

  async function refreshAll(): Promise<void> {
    await Promise.all([refreshLists(), refreshOpenTicket()]);
  }

  function applyStatus(status: ConsoleStatus): void {
    const key = `${status.online}|${status.unsentChanges}|${status.lastSyncAt ?? ''}`;
    const changed = lastStatusKey !== null && key !== lastStatusKey;
    lastStatusKey = key;
    s().setStatus(status);
    // Fallback for a missed tickets_changed event: a sync or an outbox change means data moved.
    if (changed) void refreshAll();
  }

  async function pollStatus(): Promise<void> {
    const wasReachable = s().hostReachable;
    const result = await api.getStatus({});
    if (result.ok) {
      applyStatus(result.value);
      if (!wasReachable) {
        // The host is back: drop the stale "unreachable" error; the agent's text is still in the editor.
        if (s().actionError?.code === 'host_unreachable') s().setActionError(null);
        void refreshAll();
      }
    }
  }

  function handleEvent(event: ConsoleEvent): void {
    if (event.type === 'tickets_changed') void refreshAll();
    else if (event.type === 'status_changed') applyStatus(event.status);
  }

  function start(): () => void {
    void pollStatus();
    void refreshAll();
    const unsubscribe = api.subscribe(handleEvent);
    const timer = setInterval(() => void pollStatus(), STATUS_POLL_MS);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }

  function setTab(tab: ListTab): void {
    s().setTab(tab);
    // After the other list has mounted, so it sees the request.
    setTimeout(() => s().requestListFocus(), 0);
  }

  function select(id: string): void {
    const state = s();
    const items = visibleList(state);
    state.select(state.tab, id, Math.max(0, items.findIndex((t) => t.id === id)));
  }

  function move(delta: number): void {
    const state = s();
    const items = visibleList(state);
    const id = moveSelection(items, state.selectedId[state.tab], delta, state.selectedIndexHint[state.tab]);
    if (id === null) return;
    select(id);
    if (state.openTicketId) openTicket(id, { focusView: false });
    else state.requestListFocus();
  }

  function openTicket(id: string, opts: { focusView?: boolean } = {}): void {
    select(id);
    if (s().openTicketId !== id) {
      s().setOpenTicket(id);
      void refreshOpenTicket();
    }
    if (opts.focusView !== false) focusLater(TICKET_VIEW_SELECTOR);
  }

  function openSelected(): void {
    const state = s();
    const items = visibleList(state);
    const index = selectedIndex(items, state.selectedId[state.tab], state.selectedIndexHint[state.tab]);
    const ticket = items[index];
    if (ticket) openTicket(ticket.id);
  }

  function closeTicket(): void {
    if (!s().openTicketId) return;
    detailGeneration++;
    s().setOpenTicket(null);
    s().requestListFocus();
  }

  function back(): void {
    if (s().helpOpen) return s().setHelpOpen(false);
    closeTicket();
  }

  function focusEditor(): void {
    if (s().openTicketId) focusLater(EDITOR_SELECTOR);
  }

  function currentText(): { ticketId: string; text: string } | null {
    const state = s();
    const ticketId = state.openTicketId;
    if (!ticketId || !state.detail || state.detail.ticket.id !== ticketId) return null;
    return { ticketId, text: editorText(state, ticketId) };
  }

  /** The version the agent saw when starting this text (the queue refuses the reply if others acted since). */
  function baseVersionOf(ticketId: string): { baseVersion?: number } {
    const state = s();
    const base = state.draftBaseVersion[ticketId] ?? (state.detail?.ticket.id === ticketId ? state.detail.ticket.version : undefined);
    return base === undefined ? {} : { baseVersion: base };
  }

  /** Puts a refused change's text back into the editor (based on what the agent sees now) and clears it. */
  async function restoreUnsent(ticketId: string, id: number, text: string): Promise<void> {
    const state = s();
    const drafts = { ...state.drafts };
    const current = drafts[ticketId]?.trim();
    store.setState({ draftBaseVersion: Object.fromEntries(Object.entries(state.draftBaseVersion).filter(([key]) => key !== ticketId)) });
    state.setDraft(ticketId, current ? `${current}\n\n${text}` : text);
    await api.dismissUnsent?.({ id });
    await refreshOpenTicket();
    focusLater(EDITOR_SELECTOR);
  }

  async function dismissUnsent(id: number): Promise<void> {
    await api.dismissUnsent?.({ id });
    await refreshOpenTicket();
  }

  async function submit(kind: 'reply' | 'resolve' | 'note'): Promise<void> {
    const current = currentText();
    if (!current || s().sending) return;
    const text = current.text.trim();
    if (text.length === 0) return;
    if (text.length > MAX_MESSAGE_LENGTH) {
      s().setActionError({ code: 'message_too_long', message: `The message is longer than ${MAX_MESSAGE_LENGTH} characters.` });
      return;
    }
    s().setSending(true);
    s().setActionError(null);
    const result =
      kind === 'note'
        ? await api.addNote({ ticketId: current.ticketId, text })
        : await api.sendReply({ ticketId: current.ticketId, text, resolve: kind === 'resolve', ...baseVersionOf(current.ticketId) });
    s().setSending(false);
    if (!result.ok) {
      // The text stays in the editor (and in storage) so nothing typed is lost.
      if (s().openTicketId === current.ticketId) s().setActionError(result.error);
      return;
    }
    s().clearDraftAfterSend(current.ticketId);
    if (s().openTicketId === current.ticketId) {
      detailGeneration++;
      s().setDetail(result.value);
      focusLater(EDITOR_SELECTOR);
    }
    void refreshLists();
    void pollStatus();
  }

  return {
    /** For views that call the core directly (offline review). */
    api,
    start,
    refreshAll,
    setTab,
    select,
    move,
    openTicket,
    openSelected,
    closeTicket,
    back,
    focusEditor,
    send: () => submit('reply'),
    sendAndResolve: () => submit('resolve'),
    addNote: () => submit('note'),
    toggleHelp: () => s().setHelpOpen(!s().helpOpen),
    restoreUnsent,
    dismissUnsent,
    setDraft: (ticketId: string, text: string) => s().setDraft(ticketId, text),
  };
}

export type Controller = ReturnType<typeof createController>;

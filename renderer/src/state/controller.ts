import type { ConsoleApi, ConsoleEvent, ConsoleStatus } from '../../../shared/api/console-contract.js';
import { MAX_MESSAGE_LENGTH } from '../../../shared/domain/ticket.js';
import type { InboxWindow, TicketDetail } from '../../../shared/api/console-contract.js';
import { fillMacro } from '../../../shared/domain/macros.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import type { Result } from '../../../shared/result.js';
import { coalesce } from './coalesce.js';
import { holdsDialogOpen, openDialog, wouldLeaveDialog } from './focus-guard.js';
import type { InboxQuery, OverlayKind } from './inbox-slice.js';
import { createInboxLoader } from './inbox-loader.js';
import { applyMenuCommand } from './menu-commands.js';
import { moveSelection, selectedIndex } from './selection.js';
import { editorText, visibleList, type ConsoleStoreApi, type ListTab } from './store.js';
import { textAddedWhileSending } from './text-added-while-sending.js';

export const STATUS_POLL_MS = 2000;
/** Ticket details fetched ahead (the open ticket's neighbours in the inbox). */
const PREFETCH_KEEP = 8;

/** Frames during which a scheduled focus move takes the focus back if it fell to the page. */
const FOCUS_SETTLE_FRAMES = 3;
/** How long the "still working on the previous action" notice stays at most (it goes sooner when that action ends). */
export const BUSY_NOTICE_MS = 6000;

export const EDITOR_SELECTOR = '[data-testid="reply-editor"]';
export const TICKET_VIEW_SELECTOR = '[data-testid="ticket-view"]';

export interface ControllerOptions {
  /**
   * True while another screen (a team lead's dashboard, review sample...) covers the agent's lists:
   * the whole AI-resolved list is then not fetched on every sync (60,000 tickets on a big cache keep the
   * host busy for seconds and delay that screen's own calls); call `agentListsShown` when they come back.
   */
  agentListsHidden?: () => boolean;
}

/** Everything the views and shortcuts can do; talks to the core through the ConsoleApi only. */
export function createController(api: ConsoleApi, store: ConsoleStoreApi, options: ControllerOptions = {}) {
  const s = () => store.getState();

  /** `onlyIfLost`: leaves the focus where it is unless it has fallen to the page (e.g. with a closed dialog's field). */
  function focusLater(selector: string, opts: { onlyIfLost?: boolean } = {}): void {
    const dialog = openDialog();
    const focusLost = () => !document.activeElement || document.activeElement === document.body;
    const focusTarget = (checksLeft: number) => {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el || wouldLeaveDialog(el, dialog, holdsDialogOpen(s()))) return;
      if (document.activeElement !== el && (!opts.onlyIfLost || focusLost())) el.focus();
      // The focus can still fall to the page afterwards (a closing dialog's field removed after this move, a
      // view re-rendered): for a few frames, if nothing else has taken it, take it again.
      if (checksLeft > 0)
        requestAnimationFrame(() => {
          if (focusLost()) focusTarget(checksLeft - 1);
        });
    };
    // After React has committed the state change (buttons re-enabled, view mounted).
    setTimeout(() => focusTarget(FOCUS_SETTLE_FRAMES), 0);
  }
  /** Bumped whenever a newer ticket detail is known, so slower responses are dropped. */
  let detailGeneration = 0;
  let lastStatusKey: string | null = null;
  const prefetched = new Map<string, TicketDetail>();

  const inbox = createInboxLoader(api, store);

  /** The AI-resolved list was not fetched while hidden: fetch it when the agent's lists show again. */
  let resolvedStale = false;

  const refreshLists = coalesce(async () => {
    // Once loaded, the AI-resolved list waits while another screen covers the agent's lists.
    const skipResolved = s().listsLoaded && options.agentListsHidden?.() === true;
    if (skipResolved) resolvedStale = true;
    // The inbox comes in windows (it may hold 100,000 tickets); hosts without windows send it whole.
    const [whole, resolved] = await Promise.all([
      api.listInboxWindow ? Promise.resolve(null) : api.listInbox({}),
      skipResolved ? Promise.resolve(null) : api.listAiResolved({}),
      api.listInboxWindow ? inbox.refresh() : Promise.resolve(),
    ]);
    if (whole && !whole.ok) return s().setListError(whole.error);
    if (resolved && !resolved.ok) return s().setListError(resolved.error);
    if (whole) s().replaceInboxWindow(windowOfTickets(whole.value));
    if (resolved) {
      resolvedStale = false;
      s().setLists([], resolved.value);
    }
  });

  /** The agent's lists are visible again: bring up to date what was skipped while hidden. */
  function agentListsShown(): void {
    if (resolvedStale) void refreshLists();
  }

  const refreshOpenTicket = coalesce(async () => {
    const id = s().openTicketId;
    if (!id) return;
    const generation = ++detailGeneration;
    const result = await api.getTicket({ ticketId: id });
    if (generation !== detailGeneration || s().openTicketId !== id) return;
    if (result.ok) {
      s().setDetail(result.value);
      markRead(id);
      prefetchNeighbours(id);
    } else s().setDetailError(result.error);
  });

  async function refreshAll(): Promise<void> {
    await Promise.all([refreshLists(), refreshOpenTicket()]);
  }

  function applyStatus(status: ConsoleStatus): void {
    // A sync that changed nothing moves lastSyncAt only: no reason to fetch the lists again every few seconds.
    const key = `${status.online}|${status.unsentChanges}|${status.cacheChanges ?? status.lastSyncAt ?? ''}`;
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
    if (event.type === 'tickets_changed') {
      prefetched.clear();
      void refreshAll();
    } else if (event.type === 'status_changed') applyStatus(event.status);
    else if (event.type === 'setup_changed') void loadSetup();
  }

  function start(): () => void {
    void pollStatus();
    void refreshAll();
    const unsubscribe = api.subscribe(handleEvent);
    // The desktop app's menu (Settings…, Help → Keyboard Shortcuts); browser mode has none.
    const stopMenuCommands = api.onMenuCommand?.((command) => applyMenuCommand(store, command));
    void loadSetup();
    const timer = setInterval(() => void pollStatus(), STATUS_POLL_MS);
    return () => {
      clearInterval(timer);
      unsubscribe();
      stopMenuCommands?.();
    };
  }

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
    const items = visibleList(state);
    state.select(
      state.tab,
      id,
      Math.max(
        0,
        items.findIndex((t) => t.id === id),
      ),
    );
  }

  async function moveInInbox(delta: number): Promise<void> {
    const state = s();
    const { total, positions } = state.inboxWindow;
    if (total === 0) return;
    const selected = state.selectedId.inbox;
    const current =
      (selected !== null ? positions.get(selected) : undefined) ?? Math.min(state.selectedIndexHint.inbox, total - 1);
    const next = Math.min(Math.max(current + delta, 0), total - 1);
    const row = await inbox.rowAt(next);
    if (!row || s().tab !== 'inbox') return;
    select(row.id);
    if (s().openTicketId) openTicket(row.id, { focusView: false });
    else s().requestListFocus();
  }

  function move(delta: number): void {
    const state = s();
    if (state.tab === 'inbox') {
      void moveInInbox(delta);
      return;
    }
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
      // A neighbour fetched ahead shows at once (if it has not changed since); the fresh copy follows.
      const ahead = prefetched.get(id);
      const row = s().inboxWindow.rows.get(s().inboxWindow.positions.get(id) ?? -1);
      if (ahead && row && row.version === ahead.ticket.version) s().setDetail(ahead);
      void refreshOpenTicket();
    }
    if (opts.focusView !== false) focusLater(TICKET_VIEW_SELECTOR);
  }

  function openSelected(): void {
    const state = s();
    if (state.tab === 'inbox') {
      const { positions, rows, total } = state.inboxWindow;
      const selected = state.selectedId.inbox;
      const index =
        (selected !== null ? positions.get(selected) : undefined) ?? Math.min(state.selectedIndexHint.inbox, total - 1);
      const row = rows.get(index);
      if (row) openTicket(row.id);
      return;
    }
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
    const base =
      state.draftBaseVersion[ticketId] ??
      (state.detail?.ticket.id === ticketId ? state.detail.ticket.version : undefined);
    return base === undefined ? {} : { baseVersion: base };
  }

  /** Puts a refused change's text back into the editor (based on what the agent sees now) and clears it. */
  async function restoreUnsent(ticketId: string, id: number, text: string): Promise<void> {
    const state = s();
    const drafts = { ...state.drafts };
    const current = drafts[ticketId]?.trim();
    store.setState({
      draftBaseVersion: Object.fromEntries(Object.entries(state.draftBaseVersion).filter(([key]) => key !== ticketId)),
    });
    state.setDraft(ticketId, current ? `${current}\n\n${text}` : text);
    await api.dismissUnsent?.({ id });
    await refreshOpenTicket();
    focusLater(EDITOR_SELECTOR);
  }

  async function dismissUnsent(id: number): Promise<void> {
    await api.dismissUnsent?.({ id });
    await refreshOpenTicket();
  }

  /**
   * Another action on the ticket is still under way, so the one just asked for does not run (nor is it kept for
   * later: a double key press must not act twice). The view says so near where it was asked for, until the running
   * action ends or for BUSY_NOTICE_MS. The focus stays where it is; only if it fell to the page (the command
   * palette closed itself to run the action and its field went with it) does it go to `focusIfLost`.
   */
  function refuseWhileBusy(near: 'actions' | 'editor', focusIfLost: string): void {
    s().showBusyNotice(near);
    const seq = s().busyNotice?.seq;
    setTimeout(() => s().clearBusyNotice(seq), BUSY_NOTICE_MS);
    if (!holdsDialogOpen(s())) focusLater(focusIfLost, { onlyIfLost: true });
  }

  async function submit(kind: 'reply' | 'resolve' | 'note'): Promise<void> {
    const current = currentText();
    if (!current) return;
    if (s().sending) return refuseWhileBusy('editor', EDITOR_SELECTOR);
    const text = current.text.trim();
    if (text.length === 0) return;
    if (text.length > MAX_MESSAGE_LENGTH) {
      s().setActionError({
        code: 'message_too_long',
        message: `The message is longer than ${MAX_MESSAGE_LENGTH} characters.`,
      });
      return;
    }
    s().setSending(true);
    s().setActionError(null);
    const result =
      kind === 'note'
        ? await api.addNote({ ticketId: current.ticketId, text })
        : await api.sendReply({
            ticketId: current.ticketId,
            text,
            resolve: kind === 'resolve',
            ...baseVersionOf(current.ticketId),
          });
    s().setSending(false);
    if (!result.ok) {
      // The text stays in the editor (and in storage) so nothing typed is lost.
      if (s().openTicketId === current.ticketId) s().setActionError(result.error);
      return;
    }
    // A macro put in while the reply was on its way stays in the editor; only what was sent leaves it.
    const added = textAddedWhileSending(editorText(s(), current.ticketId), text);
    s().clearDraftAfterSend(current.ticketId);
    if (s().openTicketId === current.ticketId) {
      detailGeneration++;
      s().setDetail(result.value);
      focusLater(EDITOR_SELECTOR);
    }
    if (added) s().setDraft(current.ticketId, added);
    void refreshLists();
    void pollStatus();
  }

  /** Fetches the inbox rows next to the open ticket ahead, so j / k show them without a round trip. */
  function prefetchNeighbours(id: string): void {
    const { inboxWindow, tab } = s();
    const at = inboxWindow.positions.get(id);
    if (tab !== 'inbox' || at === undefined) return;
    for (const index of [at + 1, at - 1]) {
      const row = inboxWindow.rows.get(index);
      if (!row || prefetched.get(row.id)?.ticket.version === row.version) continue;
      void api.getTicket({ ticketId: row.id }).then((result) => {
        if (!result.ok) return;
        prefetched.set(row.id, result.value);
        // A few neighbours are enough; the oldest go first.
        for (const key of prefetched.keys()) {
          if (prefetched.size <= PREFETCH_KEEP) break;
          prefetched.delete(key);
        }
      });
    }
  }

  /** The agent has the ticket open: read on this console until it changes again. */
  function markRead(ticketId: string): void {
    s().markRowRead(ticketId);
    void api.markRead?.({ ticketId });
  }

  async function loadSetup(): Promise<void> {
    const result = await api.getConsoleSetup?.({});
    if (result?.ok) s().setSetup(result.value);
  }

  function setInboxQuery(query: InboxQuery): void {
    s().setInboxQuery(query);
    s().select('inbox', null, 0);
    void inbox.refresh().then(() => s().requestListFocus());
  }

  /**
   * Runs a ticket action (take, snooze, hand back, reassign) on the open ticket; the view shows the
   * result and keeps the focus, whatever happens to the ticket's place in the inbox.
   */
  async function ticketAction(
    run: (ticketId: string, baseVersion: number | undefined) => Promise<Result<TicketDetail>> | undefined,
  ): Promise<void> {
    const state = s();
    const ticketId = state.openTicketId;
    if (!ticketId || !state.detail || state.detail.ticket.id !== ticketId) return;
    if (state.sending) {
      // Another action is still under way, so this one does not run, and the view says so. A picker that is
      // still open stays open (Enter there can try again) and keeps the focus; the command palette has already
      // closed itself to run it, and its field took the focus with it: the focus goes back to the view.
      refuseWhileBusy('actions', TICKET_VIEW_SELECTOR);
      return;
    }
    state.setOverlay(null);
    focusLater(TICKET_VIEW_SELECTOR);
    state.setSending(true);
    state.setActionError(null);
    const pending = run(ticketId, state.detail.ticket.version);
    const result: Result<TicketDetail> = pending
      ? await pending
      : {
          ok: false,
          error: { code: 'not_supported', message: 'This version of the console host does not offer that yet.' },
        };
    s().setSending(false);
    if (s().openTicketId === ticketId) {
      if (result.ok) {
        detailGeneration++;
        s().setDetail(result.value);
      } else s().setActionError(result.error);
    }
    focusLater(TICKET_VIEW_SELECTOR);
    void refreshLists();
    void pollStatus();
  }

  /** Puts a macro's text, variables filled in, into the open ticket's editor (after what is there). */
  function insertMacro(macroId: string): void {
    const state = s();
    const macro = state.setup?.macros.find((m) => m.id === macroId);
    const current = currentText();
    state.setOverlay(null);
    if (!macro || !current || !state.detail) return;
    const ticket = state.detail.ticket;
    const filled = fillMacro(macro.text, {
      customer: {
        name: ticket.customer.name,
        email: ticket.customer.email,
        tier: ticket.customer.tier,
        market: ticket.customer.market,
      },
      ticket: { id: ticket.id, subject: ticket.subject, queue: ticket.ownerQueue },
      agent: { name: state.setup?.agentName ?? state.status?.agentName ?? '' },
    });
    const before = current.text.trimEnd();
    state.setDraft(current.ticketId, before ? `${before}\n\n${filled}` : filled);
    focusLater(EDITOR_SELECTOR);
  }

  function focusWorkspace(): void {
    focusLater(s().openTicketId ? TICKET_VIEW_SELECTOR : '[data-testid="inbox-list"]');
  }

  function openOverlay(overlay: OverlayKind): void {
    if (overlay !== 'palette' && overlay !== 'views' && !s().openTicketId) return;
    // The pickers of ticket actions do not open while another action runs (their buttons are disabled too); the
    // macro picker does: it only writes into the editor.
    if ((overlay === 'reassign' || overlay === 'snooze' || overlay === 'reopen') && s().sending)
      return refuseWhileBusy('actions', TICKET_VIEW_SELECTOR);
    s().setOverlay(overlay);
  }

  return {
    /** For views that call the core directly (offline review). */
    api,
    inbox,
    setInboxQuery,
    assignToMe: () => ticketAction((ticketId, baseVersion) => api.assignToMe?.({ ticketId, baseVersion })),
    handback: () => ticketAction((ticketId, baseVersion) => api.handback?.({ ticketId, baseVersion })),
    snooze: (until: string) => ticketAction((ticketId) => api.snooze?.({ ticketId, until })),
    reassign: (ownerQueue: string) =>
      ticketAction((ticketId, baseVersion) => api.reassign?.({ ticketId, ownerQueue, baseVersion })),
    reopen: (reason: string) => ticketAction((ticketId) => api.reopenTicket?.({ ticketId, reason })),
    insertMacro,
    openOverlay,
    /** Changes the overlay without moving focus (a command that opens its own dialog follows). */
    setOverlayQuietly: (overlay: OverlayKind | null) => s().setOverlay(overlay),
    closeOverlay: () => {
      s().setOverlay(null);
      focusWorkspace();
    },
    /** Settings, over the console (Ctrl/⌘ + comma, the header button or the command palette). */
    openSettings: () => s().setSettingsOpen(true),
    closeSettings: () => s().setSettingsOpen(false),
    /** The focus to the open ticket's view, else the inbox list (a dialog closed and its opener is gone). */
    focusWorkspace,
    start,
    refreshAll,
    agentListsShown,
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

/** A host without windows sent the whole inbox: shown as one window (due order is the host's). */
function windowOfTickets(tickets: readonly Ticket[]): InboxWindow {
  return {
    total: tickets.length,
    unread: 0,
    offset: 0,
    rows: tickets.map((t) => ({
      id: t.id,
      subject: t.subject,
      customerName: t.customer.name,
      tier: t.customer.tier,
      language: t.language,
      intent: t.intent,
      ownerQueue: t.ownerQueue,
      reason: t.escalation?.code ?? null,
      assignee: t.assignee ?? null,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      dueAt: t.createdAt,
      snoozedUntil: t.snoozedUntil ?? null,
      isNew: false,
      unread: false,
      version: t.version,
    })),
  };
}

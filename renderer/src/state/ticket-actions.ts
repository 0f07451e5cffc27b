import type { ConsoleApi, TicketDetail } from '../../../shared/api/console-contract.js';
import { fillMacro, macroContextOf } from '../../../shared/domain/macros.js';
import { MAX_MESSAGE_LENGTH, type Ticket } from '../../../shared/domain/ticket.js';
import type { Result } from '../../../shared/result.js';
import type { FocusTarget, MoveFocus } from './focus.js';
import { holdsDialogOpen } from './focus-guard.js';
import type { OverlayKind } from './inbox-slice.js';
import type { ListRefresh } from './list-refresh.js';
import { editorText, type ConsoleStoreApi } from './store.js';
import { textAddedWhileSending } from './text-added-while-sending.js';
import { noteMentions, noteSent } from '../mentions/mentions-requests.js';

/** How long the "still working on the previous action" notice stays at most (it goes sooner when that action ends). */
export const BUSY_NOTICE_MS = 6000;

/** The console calls by which the agent acts on a ticket. */
export type TicketActionApi = Pick<
  ConsoleApi,
  | 'sendReply'
  | 'addNote'
  | 'assignToMe'
  | 'handback'
  | 'markSpam'
  | 'snooze'
  | 'reassign'
  | 'reopenTicket'
  | 'dismissUnsent'
>;

export interface TicketActionDeps {
  api: TicketActionApi;
  store: ConsoleStoreApi;
  refresh: Pick<ListRefresh, 'refreshLists' | 'pollStatus' | 'refreshOpenTicket' | 'showDetail'>;
  moveFocus: MoveFocus;
}

type TicketCall = (ticketId: string, baseVersion: number | undefined) => Promise<Result<TicketDetail>>;

/** Reopens a ticket with the reason given: the agent's reopen of the open ticket and the lead's review sample. */
export function reopenWithReason(api: Pick<TicketActionApi, 'reopenTicket'>, ticketId: string, reason: string) {
  return api.reopenTicket({ ticketId, reason });
}

/**
 * What the agent does to the open ticket: send, resolve, note, take, hand back, mark as spam, snooze, reassign,
 * reopen, insert a macro, deal with a refused change. One action at a time (`sending`); each ends with the lists
 * and the status fetched again. Store and API only: focus moves are asked of `moveFocus`.
 */
export function createTicketActions({ api, store, refresh, moveFocus }: TicketActionDeps) {
  const s = () => store.getState();

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

  /**
   * Another action on the ticket is still under way, so the one just asked for does not run (nor is it kept for
   * later: a double key press must not act twice). The view says so near where it was asked for, until the running
   * action ends or for BUSY_NOTICE_MS. The focus stays where it is; only if it fell to the page (the command
   * palette closed itself to run the action and its field went with it) does it go to `focusIfLost`.
   */
  function refuseWhileBusy(near: 'actions' | 'editor', focusIfLost: FocusTarget): void {
    s().showBusyNotice(near);
    const seq = s().busyNotice?.seq;
    setTimeout(() => s().clearBusyNotice(seq), BUSY_NOTICE_MS);
    if (!holdsDialogOpen(s())) moveFocus(focusIfLost, { onlyIfLost: true });
  }

  /** The lists and the status after an action: the ticket may have left the inbox, the outbox may hold it. */
  function afterAction(): void {
    void refresh.refreshLists();
    void refresh.pollStatus();
  }

  async function submit(kind: 'reply' | 'resolve' | 'note'): Promise<void> {
    const current = currentText();
    if (!current) return;
    if (s().sending) return refuseWhileBusy('editor', 'editor');
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
        ? await api.addNote({ ticketId: current.ticketId, text, ...noteMentions(current.ticketId, text) })
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
    if (kind === 'note') noteSent(current.ticketId);
    if (s().openTicketId === current.ticketId) {
      refresh.showDetail(result.value);
      moveFocus('editor');
    }
    if (added) s().setDraft(current.ticketId, added);
    afterAction();
  }

  /**
   * Runs a ticket action (take, snooze, hand back, mark as spam, reassign, reopen) on the open ticket; the view
   * shows the result and keeps the focus, whatever happens to the ticket's place in the inbox.
   */
  async function ticketAction(run: TicketCall): Promise<void> {
    const state = s();
    const ticketId = state.openTicketId;
    if (!ticketId || !state.detail || state.detail.ticket.id !== ticketId) return;
    if (state.sending) {
      // Another action is still under way, so this one does not run, and the view says so. A picker that is
      // still open stays open (Enter there can try again) and keeps the focus; the command palette has already
      // closed itself to run it, and its field took the focus with it: the focus goes back to the view.
      refuseWhileBusy('actions', 'ticket-view');
      return;
    }
    state.setOverlay(null);
    moveFocus('ticket-view');
    state.setSending(true);
    state.setActionError(null);
    const result = await run(ticketId, state.detail.ticket.version);
    s().setSending(false);
    if (s().openTicketId === ticketId) {
      if (result.ok) refresh.showDetail(result.value);
      else s().setActionError(result.error);
    }
    moveFocus('ticket-view');
    afterAction();
  }

  /** Puts a text into the open ticket's editor, after what is there, and the focus with it; closes the overlay. */
  function insertIntoReply(text: (ticket: Ticket) => string | null): void {
    const state = s();
    const current = currentText();
    state.setOverlay(null);
    if (!current || !state.detail) return;
    const added = text(state.detail.ticket);
    if (added === null) return;
    const before = current.text.trimEnd();
    state.setDraft(current.ticketId, before ? `${before}\n\n${added}` : added);
    moveFocus('editor');
  }

  /** Puts a macro's text, variables filled in, into the open ticket's editor (after what is there). */
  function insertMacro(macroId: string): void {
    const macro = s().setup?.macros.find((m) => m.id === macroId);
    insertIntoReply((ticket) =>
      macro ? fillMacro(macro.text, macroContextOf(ticket, s().setup?.agentName ?? s().status?.agentName ?? '')) : null,
    );
  }

  async function dismissUnsent(id: number): Promise<void> {
    await api.dismissUnsent({ id });
    await refresh.refreshOpenTicket();
  }

  /** Puts a refused change's text back into the editor (based on what the agent sees now) and clears it. */
  async function restoreUnsent(ticketId: string, id: number, text: string): Promise<void> {
    const state = s();
    const current = state.drafts[ticketId]?.trim();
    store.setState({
      draftBaseVersion: Object.fromEntries(Object.entries(state.draftBaseVersion).filter(([key]) => key !== ticketId)),
    });
    state.setDraft(ticketId, current ? `${current}\n\n${text}` : text);
    await dismissUnsent(id);
    moveFocus('editor');
  }

  /** Opens a dialog over the console; a ticket's pickers need an open ticket and no action under way. */
  function openOverlay(overlay: OverlayKind): void {
    if (overlay !== 'palette' && overlay !== 'views' && !s().openTicketId) return;
    // The pickers of ticket actions do not open while another action runs (their buttons are disabled too); the
    // macro picker does: it only writes into the editor.
    if ((overlay === 'reassign' || overlay === 'snooze' || overlay === 'reopen') && s().sending)
      return refuseWhileBusy('actions', 'ticket-view');
    s().setOverlay(overlay);
  }

  return {
    send: () => submit('reply'),
    sendAndResolve: () => submit('resolve'),
    addNote: () => submit('note'),
    assignToMe: () => ticketAction((ticketId, baseVersion) => api.assignToMe({ ticketId, baseVersion })),
    handback: () => ticketAction((ticketId, baseVersion) => api.handback({ ticketId, baseVersion })),
    markAsSpam: () => ticketAction((ticketId, baseVersion) => api.markSpam({ ticketId, baseVersion })),
    snooze: (until: string) => ticketAction((ticketId) => api.snooze({ ticketId, until })),
    reassign: (ownerQueue: string) =>
      ticketAction((ticketId, baseVersion) => api.reassign({ ticketId, ownerQueue, baseVersion })),
    reopen: (reason: string) => ticketAction((ticketId) => reopenWithReason(api, ticketId, reason)),
    insertMacro,
    insertIntoReply: (text: string) => insertIntoReply(() => text),
    restoreUnsent,
    dismissUnsent,
    openOverlay,
  };
}

export type TicketActions = ReturnType<typeof createTicketActions>;

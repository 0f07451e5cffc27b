import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FocusMoveOptions, FocusTarget } from '../../../renderer/src/state/focus.js';
import { createListRefresh } from '../../../renderer/src/state/list-refresh.js';
import { createConsoleStore } from '../../../renderer/src/state/store.js';
import { BUSY_NOTICE_MS, createTicketActions } from '../../../renderer/src/state/ticket-actions.js';
import { MAX_MESSAGE_LENGTH } from '../../../shared/domain/ticket.js';
import { createFakeConsoleHost, fakeTicket } from './fake-console-host.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A console with ticket `a` open (its detail fetched), over a fake host holding a, b and c. */
async function consoleWithTicketOpen() {
  const host = createFakeConsoleHost([fakeTicket('a', 1), fakeTicket('b', 2), fakeTicket('c', 3)]);
  const store = createConsoleStore(null);
  const refresh = createListRefresh(host.api, store);
  const focusMoves: Array<{ target: FocusTarget; options?: FocusMoveOptions }> = [];
  const actions = createTicketActions({
    api: host.api,
    store,
    refresh,
    moveFocus: (target, options) => focusMoves.push(options ? { target, options } : { target }),
  });
  await refresh.refreshLists();
  store.getState().setOpenTicket('a');
  await refresh.refreshOpenTicket();
  const state = () => store.getState();
  return { host, store, state, actions, focusMoves };
}

describe('ticket actions: sending from the editor', () => {
  it('a reply goes with the version the agent started from; the editor empties and keeps the focus', async () => {
    const { host, store, state, actions, focusMoves } = await consoleWithTicketOpen();
    state().setDraft('a', '  Your refund is on its way.  ');
    host.put({ ...host.ticket('a')!, version: 3 });
    store.setState({ detail: { ticket: host.ticket('a')!, messages: [] } });
    await actions.send();
    expect(host.callsOf('sendReply')).toEqual([
      { ticketId: 'a', text: 'Your refund is on its way.', resolve: false, baseVersion: 1 },
    ]);
    expect(state().detail?.ticket.version).toBe(4);
    expect(state().detail?.messages.map((m) => m.text)).toEqual(['Your refund is on its way.']);
    expect(state().drafts.a).toBe('');
    expect(state()).toMatchObject({ sending: false, actionError: null });
    expect(focusMoves).toEqual([{ target: 'editor' }]);
    expect(host.callsOf('getStatus')).toHaveLength(1);
  });

  it('send and resolve resolves the ticket, which leaves the inbox; a note is only a note', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    state().setDraft('a', 'Done.');
    await actions.sendAndResolve();
    await vi.waitFor(() => expect(state().inboxWindow.total).toBe(2));
    expect(host.ticket('a')?.status).toBe('resolved');

    state().setOpenTicket('b');
    state().setDetail({ ticket: host.ticket('b')!, messages: [] });
    state().setDraft('b', 'Customer called too.');
    await actions.addNote();
    expect(host.callsOf('addNote')).toEqual([{ ticketId: 'b', text: 'Customer called too.' }]);
    expect(state().detail?.messages.map((m) => m.kind)).toEqual(['note']);
  });

  it('without an open ticket, or with only spaces, nothing is sent; a message over the limit says why', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    state().setDraft('a', '   ');
    await actions.send();
    state().setDraft('a', 'x'.repeat(MAX_MESSAGE_LENGTH + 1));
    await actions.send();
    expect(state().actionError?.code).toBe('message_too_long');
    state().setOpenTicket(null);
    await actions.addNote();
    expect(host.callsOf('sendReply')).toEqual([]);
    expect(host.callsOf('addNote')).toEqual([]);
  });

  it('a refused reply keeps the text in the editor and shows the error', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    state().setDraft('a', 'Hello');
    host.failNext('sendReply', 'conflict');
    await actions.send();
    expect(state().actionError?.code).toBe('conflict');
    expect(state().drafts.a).toBe('Hello');
    expect(state().sending).toBe(false);
  });

  it('text put into the editor while the reply was on its way stays there', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    state().setDraft('a', 'Hello');
    const release = host.hold('sendReply');
    const sending = actions.send();
    expect(state().sending).toBe(true);
    state().setDraft('a', 'Hello\n\nA macro added meanwhile');
    release();
    await sending;
    expect(state().drafts.a).toBe('A macro added meanwhile');
  });

  it('a second send while one runs is refused, not queued: the notice shows near the editor until the first ends', async () => {
    const { host, state, actions, focusMoves } = await consoleWithTicketOpen();
    state().setDraft('a', 'Once');
    const release = host.hold('sendReply');
    const first = actions.send();
    await actions.send();
    expect(host.callsOf('sendReply')).toHaveLength(1);
    expect(state().busyNotice?.near).toBe('editor');
    expect(focusMoves).toEqual([{ target: 'editor', options: { onlyIfLost: true } }]);
    release();
    await first;
    expect(state().busyNotice).toBeNull();
  });

  it('the busy notice goes by itself after BUSY_NOTICE_MS, and an open dialog keeps the focus', async () => {
    const { host, state, actions, focusMoves } = await consoleWithTicketOpen();
    vi.useFakeTimers();
    state().setDraft('a', 'Once');
    const release = host.hold('sendReply');
    const first = actions.send();
    actions.openOverlay('macro');
    await actions.send();
    expect(state().busyNotice?.near).toBe('editor');
    expect(focusMoves).toEqual([]);
    vi.advanceTimersByTime(BUSY_NOTICE_MS);
    expect(state().busyNotice).toBeNull();
    release();
    await first;
  });
});

describe('ticket actions: take, hand back, snooze, reassign, reopen', () => {
  it('each calls the host for the open ticket (with the version shown where the queue checks it) and shows the answer', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    await actions.assignToMe();
    expect(state().detail?.ticket).toMatchObject({ assignee: 'Alex', version: 2 });
    await actions.reassign('fraud');
    await actions.snooze('2026-03-03T09:00:00.000Z');
    await actions.reopen('Customer wrote again');
    await actions.handback();
    expect(host.callsOf('assignToMe')).toEqual([{ ticketId: 'a', baseVersion: 1 }]);
    expect(host.callsOf('reassign')).toEqual([{ ticketId: 'a', ownerQueue: 'fraud', baseVersion: 2 }]);
    expect(host.callsOf('snooze')).toEqual([{ ticketId: 'a', until: '2026-03-03T09:00:00.000Z' }]);
    expect(host.callsOf('reopenTicket')).toEqual([{ ticketId: 'a', reason: 'Customer wrote again' }]);
    expect(host.callsOf('handback')).toEqual([{ ticketId: 'a', baseVersion: 5 }]);
    expect(state().detail?.ticket).toMatchObject({ status: 'new', assignee: null, ownerQueue: 'fraud', version: 6 });
  });

  it('the picker closes, the focus stays on the ticket view, and the lists and the status are fetched again', async () => {
    const { host, state, actions, focusMoves } = await consoleWithTicketOpen();
    const inboxFetches = host.callsOf('listInboxWindow').length;
    actions.openOverlay('reassign');
    expect(state().overlay).toBe('reassign');
    await actions.reassign('fraud');
    expect(state().overlay).toBeNull();
    expect(focusMoves).toEqual([{ target: 'ticket-view' }, { target: 'ticket-view' }]);
    await vi.waitFor(() => expect(host.callsOf('listInboxWindow').length).toBeGreaterThan(inboxFetches));
    expect(host.callsOf('getStatus')).toHaveLength(1);
  });

  it('a refusal shows as the action error and leaves the ticket as it was', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    host.failNext('handback', 'forbidden');
    await actions.handback();
    expect(state().actionError?.code).toBe('forbidden');
    expect(state().detail?.ticket).toMatchObject({ status: 'escalated', version: 1 });
    expect(state().sending).toBe(false);
  });

  it('an action asked for while another runs does not run: the notice shows near the actions and the picker stays', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    const release = host.hold('assignToMe');
    const first = actions.assignToMe();
    actions.openOverlay('snooze');
    expect(state().overlay).toBeNull();
    expect(state().busyNotice?.near).toBe('actions');
    actions.openOverlay('macro');
    expect(state().overlay).toBe('macro');
    await actions.reassign('fraud');
    expect(host.callsOf('reassign')).toEqual([]);
    expect(state().overlay).toBe('macro');
    release();
    await first;
    expect(state().busyNotice).toBeNull();
  });

  it("the ticket's pickers need an open ticket; the palette and the views do not", async () => {
    const { state, actions } = await consoleWithTicketOpen();
    state().setOpenTicket(null);
    actions.openOverlay('reopen');
    expect(state().overlay).toBeNull();
    actions.openOverlay('views');
    expect(state().overlay).toBe('views');
    actions.openOverlay('palette');
    expect(state().overlay).toBe('palette');
  });
});

describe('ticket actions: macros and refused changes', () => {
  it("a macro's variables are filled in and it goes after what the editor holds, with the focus", async () => {
    const { state, actions, focusMoves } = await consoleWithTicketOpen();
    await vi.waitFor(() => expect(state().detail).not.toBeNull());
    state().setSetup({
      agentName: 'Alex Agent',
      queues: [],
      macros: [{ id: 'thanks', name: 'Thanks', text: 'Thank you {{customer.name}}, {{agent.name}} here.' }],
      languages: [],
      intents: [],
      translationAvailable: false,
    });
    actions.openOverlay('macro');
    actions.insertMacro('thanks');
    expect(state().overlay).toBeNull();
    expect(state().drafts.a).toBe('Draft for a\n\nThank you Customer a, Alex Agent here.');
    expect(focusMoves).toEqual([{ target: 'editor' }]);
    actions.insertMacro('no-such-macro');
    expect(state().drafts.a).toBe('Draft for a\n\nThank you Customer a, Alex Agent here.');
  });

  it("a refused change's text comes back after the editor's own text, based on what the agent sees now", async () => {
    const { host, store, state, actions, focusMoves } = await consoleWithTicketOpen();
    const id = host.refuse({
      ticketId: 'a',
      kind: 'reply',
      text: 'My earlier answer',
      resolve: false,
      reason: 'answered_elsewhere',
      detail: 'Another agent answered first.',
      at: '2026-03-02T09:30:00.000Z',
    });
    state().setDraft('a', 'Started again');
    store.setState({ detail: { ticket: { ...host.ticket('a')!, version: 5 }, messages: [] } });
    await actions.restoreUnsent('a', id, 'My earlier answer');
    expect(state().drafts.a).toBe('Started again\n\nMy earlier answer');
    expect(state().draftBaseVersion.a).toBe(5);
    expect(host.callsOf('dismissUnsent')).toEqual([{ id }]);
    expect(state().detail?.unsent).toEqual([]);
    expect(focusMoves).toEqual([{ target: 'editor' }]);
  });

  it('dismissing a refused change clears it and fetches the ticket again', async () => {
    const { host, state, actions } = await consoleWithTicketOpen();
    const id = host.refuse({
      ticketId: 'a',
      kind: 'note',
      text: 'A lost note',
      resolve: false,
      reason: 'rejected',
      detail: 'The queue refused it.',
      at: '2026-03-02T09:31:00.000Z',
    });
    await actions.dismissUnsent(id);
    expect(host.callsOf('dismissUnsent')).toEqual([{ id }]);
    expect(state().detail?.unsent).toEqual([]);
    expect(state().drafts.a).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createListRefresh, STATUS_POLL_MS } from '../../../renderer/src/state/list-refresh.js';
import { createConsoleStore } from '../../../renderer/src/state/store.js';
import { createFakeConsoleHost, fakeTicket, type FakeConsoleHost } from './fake-console-host.js';

/** Lets every answer already given reach the store (the fake host answers without timers). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

function threeEscalatedAndOneResolved(): FakeConsoleHost {
  return createFakeConsoleHost([
    fakeTicket('a', 1),
    fakeTicket('b', 2),
    fakeTicket('c', 3),
    fakeTicket('r', 4, { status: 'ai_resolved', aiDraft: null }),
  ]);
}

function refreshOn(host: FakeConsoleHost, agentListsHidden?: () => boolean) {
  const store = createConsoleStore(null);
  const refresh = createListRefresh(host.api, store, agentListsHidden ? { agentListsHidden } : {});
  return { store, refresh, state: () => store.getState() };
}

/** A refresh over a fake host with three escalated tickets and one AI-resolved, started and settled. */
async function startedOnThreeTickets() {
  const host = threeEscalatedAndOneResolved();
  const parts = refreshOn(host);
  stops.push(parts.refresh.start());
  await settle();
  return { host, ...parts };
}

const inboxIds = (rows: ReadonlyMap<number, { id: string }>) => [...rows.values()].map((row) => row.id);

describe('list refresh: what the console shows follows the host', () => {
  it('start loads the status, the inbox window, the AI-resolved list and the setup, and stop lets go of the host', async () => {
    const host = threeEscalatedAndOneResolved();
    const { refresh, state } = refreshOn(host);
    const stop = refresh.start();
    stops.push(stop);
    await settle();
    expect(state().status?.tenantName).toBe('Demo Bank');
    expect(state().inboxWindow).toMatchObject({ total: 3, unread: 3, loaded: true });
    expect(inboxIds(state().inboxWindow.rows)).toEqual(['a', 'b', 'c']);
    expect(state().aiResolved.map((t) => t.id)).toEqual(['r']);
    expect(state().listsLoaded).toBe(true);
    expect(state().setup?.agentName).toBe('Alex Agent');
    expect(host.listeners.size).toBe(1);
    stop();
    expect(host.listeners.size).toBe(0);
  });

  it('polls the status every STATUS_POLL_MS until stopped', async () => {
    vi.useFakeTimers();
    const host = threeEscalatedAndOneResolved();
    const stop = refreshOn(host).refresh.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.callsOf('getStatus')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS * 2);
    expect(host.callsOf('getStatus')).toHaveLength(3);
    stop();
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS * 2);
    expect(host.callsOf('getStatus')).toHaveLength(3);
  });

  it('tickets_changed fetches the lists and the open ticket again', async () => {
    const { host, store, state } = await startedOnThreeTickets();
    store.getState().setOpenTicket('b');
    host.put({ ...fakeTicket('d', 0), subject: 'Arrived later' });
    host.put({ ...host.ticket('b')!, subject: 'Edited elsewhere', version: 2 });
    host.emit({ type: 'tickets_changed' });
    await settle();
    expect(inboxIds(state().inboxWindow.rows)).toEqual(['d', 'a', 'b', 'c']);
    expect(state().detail?.ticket).toMatchObject({ id: 'b', subject: 'Edited elsewhere', version: 2 });
  });

  it('a status that shows data moved fetches the lists again; one that only moves the sync time does not', async () => {
    const { host, state } = await startedOnThreeTickets();
    expect(host.callsOf('listAiResolved')).toHaveLength(1);
    host.emit({ type: 'status_changed', status: host.setStatus({ lastSyncAt: '2026-03-02T10:00:00.000Z' }) });
    await settle();
    expect(host.callsOf('listAiResolved')).toHaveLength(1);
    expect(state().status?.lastSyncAt).toBe('2026-03-02T10:00:00.000Z');
    host.emit({ type: 'status_changed', status: host.setStatus({ cacheChanges: 1 }) });
    await settle();
    expect(host.callsOf('listAiResolved')).toHaveLength(2);
    host.emit({ type: 'status_changed', status: host.setStatus({ unsentChanges: 1 }) });
    await settle();
    expect(host.callsOf('listAiResolved')).toHaveLength(3);
  });

  it('the open ticket is fetched, marked read on the host and in its row, and its inbox neighbours are fetched ahead', async () => {
    const { host, refresh, store, state } = await startedOnThreeTickets();
    store.getState().setOpenTicket('b');
    await refresh.refreshOpenTicket();
    expect(state().detail?.ticket.id).toBe('b');
    expect(host.callsOf('markRead')).toEqual([{ ticketId: 'b' }]);
    expect(state().inboxWindow.rows.get(1)).toMatchObject({ id: 'b', unread: false, isNew: false });
    expect(state().inboxWindow.unread).toBe(2);
    await settle();
    expect(refresh.prefetchedDetail('a')?.ticket.id).toBe('a');
    expect(refresh.prefetchedDetail('c')?.ticket.id).toBe('c');
    expect(refresh.prefetchedDetail('r')).toBeUndefined();
    host.emit({ type: 'tickets_changed' });
    expect(refresh.prefetchedDetail('a')).toBeUndefined();
  });

  it('a ticket answer that arrives after a newer detail is known, or after the ticket closed, is dropped', async () => {
    const host = threeEscalatedAndOneResolved();
    const { refresh, store, state } = refreshOn(host);
    store.getState().setOpenTicket('a');
    let release = host.hold('getTicket');
    let answer = refresh.refreshOpenTicket();
    refresh.showDetail({ ticket: { ...host.ticket('a')!, version: 7 }, messages: [] });
    release();
    await answer;
    expect(state().detail?.ticket.version).toBe(7);

    release = host.hold('getTicket');
    answer = refresh.refreshOpenTicket();
    refresh.dropPendingDetail();
    release();
    await answer;
    expect(state().detail?.ticket.version).toBe(7);
    expect(host.callsOf('markRead')).toEqual([]);
  });

  it("a later version of the ticket wins over an action's answer, whichever arrives last", async () => {
    const host = threeEscalatedAndOneResolved();
    const { refresh, store, state } = refreshOn(host);
    store.getState().setOpenTicket('a');
    // A fetch under way when the action answers, that reads a later version (the AI decided meanwhile): shown.
    host.put({ ...host.ticket('a')!, version: 9, status: 'escalated' });
    const release = host.hold('getTicket');
    const answer = refresh.refreshOpenTicket();
    refresh.showDetail({ ticket: { ...host.ticket('a')!, version: 7, status: 'new' }, messages: [] });
    expect(state().detail?.ticket).toMatchObject({ version: 7, status: 'new' });
    release();
    await answer;
    expect(state().detail?.ticket).toMatchObject({ version: 9, status: 'escalated' });
    // An action's answer arriving after that later version showed is older: it does not replace it.
    refresh.showDetail({ ticket: { ...host.ticket('a')!, version: 7, status: 'new' }, messages: [] });
    expect(state().detail?.ticket).toMatchObject({ version: 9, status: 'escalated' });
  });

  it('while another screen covers the lists the AI-resolved list waits, and comes when the lists show again', async () => {
    let hidden = false;
    const host = threeEscalatedAndOneResolved();
    const { refresh, state } = refreshOn(host, () => hidden);
    await refresh.refreshLists();
    refresh.agentListsShown();
    await settle();
    expect(host.callsOf('listAiResolved')).toHaveLength(1);
    hidden = true;
    host.put(fakeTicket('s', 6, { status: 'ai_resolved' }));
    await refresh.refreshLists();
    expect(host.callsOf('listAiResolved')).toHaveLength(1);
    expect(host.callsOf('listInboxWindow').length).toBeGreaterThan(1);
    hidden = false;
    refresh.agentListsShown();
    await settle();
    expect(state().aiResolved.map((t) => t.id)).toEqual(['r', 's']);
  });

  it('when the host answers again its "unreachable" error goes and everything is fetched; other errors stay', async () => {
    const host = threeEscalatedAndOneResolved();
    const { refresh, store, state } = refreshOn(host);
    store.getState().setHostReachable(false);
    store.getState().setActionError({ code: 'host_unreachable', message: 'The console host is unreachable.' });
    await refresh.pollStatus();
    await settle();
    expect(state().actionError).toBeNull();
    expect(host.callsOf('listAiResolved')).toHaveLength(1);

    store.getState().setActionError({ code: 'conflict', message: 'Someone answered first.' });
    await refresh.pollStatus();
    expect(state().actionError?.code).toBe('conflict');
  });

  it('setup_changed reads the setup again', async () => {
    const { host, state } = await startedOnThreeTickets();
    host.setSetup({ translationAvailable: true });
    host.emit({ type: 'setup_changed' });
    await settle();
    expect(host.callsOf('getConsoleSetup')).toHaveLength(2);
    expect(state().setup?.translationAvailable).toBe(true);
  });

  it('a new inbox query starts the selection at the top, asks the host for that view and gives the list the focus', async () => {
    const host = threeEscalatedAndOneResolved();
    host.put(fakeTicket('m', 7, { assignee: 'Alex' }));
    const { refresh, store, state } = refreshOn(host);
    await refresh.refreshLists();
    store.getState().select('inbox', 'b', 1);
    const focusRequests = state().listFocusRequest;
    refresh.setInboxQuery({ filters: { queue: 'billing' }, view: 'mine' });
    expect(state().selectedId.inbox).toBeNull();
    await settle();
    expect(host.callsOf('listInboxWindow').at(-1)).toMatchObject({ view: 'mine', filters: { queue: 'billing' } });
    expect(inboxIds(state().inboxWindow.rows)).toEqual(['m']);
    expect(state().listFocusRequest).toBe(focusRequests + 1);
  });

  it('a list the host could not give shows its error', async () => {
    const host = threeEscalatedAndOneResolved();
    const { refresh, state } = refreshOn(host);
    host.failNext('listAiResolved', 'queue_unreachable');
    await refresh.refreshLists();
    expect(state().listError?.code).toBe('queue_unreachable');
    expect(state().listsLoaded).toBe(false);
  });
});

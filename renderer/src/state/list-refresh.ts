import type { ConsoleApi, ConsoleEvent, ConsoleStatus, TicketDetail } from '../../../shared/api/console-contract.js';
import { coalesce } from './coalesce.js';
import { createInboxLoader, type InboxWindowApi } from './inbox-loader.js';
import type { InboxQuery } from './inbox-slice.js';
import type { ConsoleStoreApi } from './store.js';

export const STATUS_POLL_MS = 2000;
/** Ticket details fetched ahead (the open ticket's neighbours in the inbox). */
const PREFETCH_KEEP = 8;

/** The console calls that keep the lists, the open ticket, the status and the setup up to date. */
export type RefreshApi = Pick<
  ConsoleApi,
  'getStatus' | 'listAiResolved' | 'getTicket' | 'markRead' | 'getConsoleSetup' | 'subscribe'
> &
  InboxWindowApi;

export interface ListRefreshOptions {
  /**
   * True while another screen (a team lead's dashboard, review sample...) covers the agent's lists:
   * the whole AI-resolved list is then not fetched on every sync (60,000 tickets on a big cache keep the
   * host busy for seconds and delay that screen's own calls); call `agentListsShown` when they come back.
   */
  agentListsHidden?: () => boolean;
}

/**
 * Keeps what the console shows up to date with the host: the lists, the open ticket (and its inbox neighbours,
 * fetched ahead), the status and the setup; on events, on a status change and on a timer. Store and API only.
 */
export function createListRefresh(api: RefreshApi, store: ConsoleStoreApi, options: ListRefreshOptions = {}) {
  const s = () => store.getState();
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
    // The inbox comes in windows (it may hold 100,000 tickets): the loader fetches those around the view.
    const [resolved] = await Promise.all([
      skipResolved ? Promise.resolve(null) : api.listAiResolved({}),
      inbox.refresh(),
    ]);
    if (resolved && !resolved.ok) return s().setListError(resolved.error);
    if (resolved) {
      resolvedStale = false;
      s().setLists([], resolved.value);
    }
  });

  const refreshOpenTicket = coalesce(async () => {
    const id = s().openTicketId;
    if (!id) return;
    const generation = ++detailGeneration;
    const result = await api.getTicket({ ticketId: id });
    if (s().openTicketId !== id) return;
    // Dropped when a newer detail came meanwhile (an action's answer), unless this one has a later version of the
    // ticket: then the cache had moved on past that answer (e.g. the AI decided a ticket just handed back).
    if (generation !== detailGeneration && !(result.ok && isNewerVersion(result.value, s().detail))) return;
    if (result.ok) {
      s().setDetail(result.value);
      markRead(id);
      prefetchNeighbours(id);
    } else s().setDetailError(result.error);
  });

  async function refreshAll(): Promise<void> {
    await Promise.all([refreshLists(), refreshOpenTicket()]);
  }

  /** The agent has the ticket open: read on this console until it changes again. */
  function markRead(ticketId: string): void {
    s().markRowRead(ticketId);
    void api.markRead({ ticketId });
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

  async function loadSetup(): Promise<void> {
    const result = await api.getConsoleSetup({});
    if (result.ok) s().setSetup(result.value);
  }

  function handleEvent(event: ConsoleEvent): void {
    if (event.type === 'tickets_changed') {
      prefetched.clear();
      void refreshAll();
    } else if (event.type === 'status_changed') applyStatus(event.status);
    else if (event.type === 'setup_changed') void loadSetup();
  }

  /** Loads everything, then follows the host's events and polls its status; returns the function that stops it. */
  function start(): () => void {
    void pollStatus();
    void refreshAll();
    const unsubscribe = api.subscribe(handleEvent);
    void loadSetup();
    const timer = setInterval(() => void pollStatus(), STATUS_POLL_MS);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }

  return {
    inbox,
    start,
    refreshAll,
    refreshLists,
    refreshOpenTicket,
    pollStatus,
    /** The agent's lists are visible again: bring up to date what was skipped while hidden. */
    agentListsShown(): void {
      if (resolvedStale) void refreshLists();
    },
    setInboxQuery(query: InboxQuery): void {
      s().setInboxQuery(query);
      s().select('inbox', null, 0);
      void inbox.refresh().then(() => s().requestListFocus());
    },
    /** The open ticket as an action's answer has it: fetches still under way are older and are dropped. */
    showDetail(detail: TicketDetail): void {
      detailGeneration++;
      // An answer computed before a later version of the ticket was already shown is older than what shows.
      if (isNewerVersion(s().detail, detail)) return;
      s().setDetail(detail);
    },
    /** The ticket was closed: a fetch of it still under way is dropped. */
    dropPendingDetail(): void {
      detailGeneration++;
    },
    /** The ticket's detail fetched ahead, if it was. */
    prefetchedDetail: (ticketId: string): TicketDetail | undefined => prefetched.get(ticketId),
  };
}

export type ListRefresh = ReturnType<typeof createListRefresh>;

/** Whether `detail` shows a later version of the same ticket than `than` (a local change keeps the version). */
function isNewerVersion(detail: TicketDetail | null | undefined, than: TicketDetail | null | undefined): boolean {
  return !!detail && !!than && detail.ticket.id === than.ticket.id && detail.ticket.version > than.ticket.version;
}

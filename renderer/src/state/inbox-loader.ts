import type { ConsoleApi, InboxRow, InboxWindowQuery } from '../../../shared/api/console-contract.js';
import { coalesce } from './coalesce.js';
import type { ConsoleStoreApi } from './store.js';

/** Rows fetched per request; the list asks for the blocks around what it shows. */
export const INBOX_BLOCK = 100;
/** How long the shown range must stay put before its rows are fetched. */
const RANGE_SETTLE_MS = 32;

/**
 * Keeps the windows of the inbox the list shows loaded: the whole inbox is never in memory, only
 * blocks of rows around the view (and the selection), fetched from the host's indexed window query.
 */
/** The console call the loader makes. */
export type InboxWindowApi = Pick<ConsoleApi, 'listInboxWindow'>;

/** One window of the inbox: the renderer's one call of the console's window query (the desktop cues read it too). */
export function readInboxWindow(api: InboxWindowApi, query: InboxWindowQuery) {
  return api.listInboxWindow(query);
}

export function createInboxLoader(api: InboxWindowApi, store: ConsoleStoreApi) {
  const s = () => store.getState();
  let range = { start: 0, end: 40 };
  /** Bumped when everything loaded is replaced (a change, a new query): older answers are dropped. */
  let generation = 0;
  const inflight = new Map<string, Promise<void>>();
  let rangeTimer: ReturnType<typeof setTimeout> | null = null;

  const input = (offset: number, limit: number) => {
    const { filters, view } = s().inboxQuery;
    return { offset, limit, filters, view };
  };

  const refresh = coalesce(async () => {
    const gen = ++generation;
    inflight.clear();
    const state = s();
    const selectedAt = state.selectedId.inbox ? state.inboxWindow.positions.get(state.selectedId.inbox) : undefined;
    const around = selectedAt ?? state.selectedIndexHint.inbox;
    const from = Math.max(0, Math.floor(Math.min(range.start, around) / INBOX_BLOCK) * INBOX_BLOCK);
    const to = Math.max(range.end, around) + INBOX_BLOCK;
    const limit = Math.min(500, to - from);
    const result = await readInboxWindow(api, input(from, limit));
    if (gen !== generation) return;
    if (!result.ok) {
      s().setListError(result.error);
      return;
    }
    s().replaceInboxWindow(result.value);
    await ensure(range.start, range.end);
  });

  function missing(block: number): boolean {
    const { rows, total } = s().inboxWindow;
    const last = Math.min(total, (block + 1) * INBOX_BLOCK) - 1;
    for (let i = block * INBOX_BLOCK; i <= last; i++) if (!rows.has(i)) return true;
    return false;
  }

  async function ensure(start: number, end: number): Promise<void> {
    const state = s().inboxWindow;
    if (!state.loaded || state.total === 0) return;
    const first = Math.max(0, Math.floor(start / INBOX_BLOCK));
    const last = Math.floor(Math.min(end, state.total - 1) / INBOX_BLOCK);
    const waits: Array<Promise<void>> = [];
    for (let block = first; block <= last; block++) {
      const key = `${generation}:${block}`;
      const pending = inflight.get(key);
      if (pending) {
        waits.push(pending);
        continue;
      }
      if (!missing(block)) continue;
      const gen = generation;
      const load = readInboxWindow(api, input(block * INBOX_BLOCK, INBOX_BLOCK)).then((result) => {
        inflight.delete(key);
        if (gen !== generation) return;
        if (result.ok) s().mergeInboxWindow(result.value);
        else s().setListError(result.error);
      });
      inflight.set(key, load);
      waits.push(load);
    }
    await Promise.all(waits);
  }

  return {
    refresh,
    /** The positions the list shows on screen now (what "every row shown" means). */
    shownRange: (): { start: number; end: number } => range,
    /** The list shows rows start..end: load what is missing around them. */
    setRange(start: number, end: number): void {
      range = { start, end };
      // While the list flies past (a fast scroll), fetch only where it settles: one look per ~2 frames.
      if (rangeTimer !== null) return;
      rangeTimer = setTimeout(() => {
        rangeTimer = null;
        void ensure(range.start - 25, range.end + 25);
      }, RANGE_SETTLE_MS);
    },
    /** The row at a position, fetching its block first when needed. */
    async rowAt(index: number): Promise<InboxRow | undefined> {
      const known = s().inboxWindow.rows.get(index);
      if (known) return known;
      await ensure(index, index);
      return s().inboxWindow.rows.get(index);
    },
  };
}

export type InboxLoader = ReturnType<typeof createInboxLoader>;

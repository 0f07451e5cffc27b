import { create } from 'zustand';
import { MAX_BULK_TICKETS, type BulkAction, type BulkResult } from '../../../shared/api/bulk-console.js';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';

/** A ticket a bulk action did not change, and why (the console's sentence). */
export interface BulkRefusal {
  ticketId: string;
  error: string;
}

/** What the last bulk action did: how many tickets it changed, and the refusals (each ticket's own). */
export interface BulkOutcome {
  action: BulkAction['kind'];
  done: number;
  refused: BulkRefusal[];
}

/** The bulk bar's pickers (opened over the console as its `bulk` overlay). */
export type BulkPicker = 'tag' | 'snooze' | 'macro';

export interface BulkSelectionState {
  /** The selected tickets' ids, in the order selected; at most MAX_BULK_TICKETS. */
  selected: readonly string[];
  picker: BulkPicker | null;
  running: boolean;
  outcome: BulkOutcome | null;
  /** The whole call was refused (e.g. the host unreachable, a macro the tenant no longer has). */
  error: string | null;
}

/** Toggles one ticket in or out of the selection (a full selection takes no more). */
export function toggled(selected: readonly string[], id: string): readonly string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= MAX_BULK_TICKETS ? selected : [...selected, id];
}

/** Adds the given tickets (the inbox rows shown) to the selection, up to MAX_BULK_TICKETS. */
export function withAll(selected: readonly string[], ids: readonly string[]): readonly string[] {
  const next = [...selected];
  for (const id of ids) if (!next.includes(id) && next.length < MAX_BULK_TICKETS) next.push(id);
  return next;
}

/** A bulk action's answer as the bar shows it: the changed tickets leave the selection, the refused stay. */
export function outcomeOf(action: BulkAction, results: readonly BulkResult[]): BulkOutcome {
  return {
    action: action.kind,
    done: results.filter((r) => r.ok).length,
    refused: results.flatMap((r) => (r.ok ? [] : [{ ticketId: r.ticketId, error: r.error ?? '' }])),
  };
}

/**
 * The selection after an action: tagging keeps it (more tags may follow); after the others only the refused tickets
 * stay selected, to try again or leave.
 */
export function selectionAfter(
  action: BulkAction,
  selected: readonly string[],
  outcome: BulkOutcome,
): readonly string[] {
  if (action.kind === 'tag') return selected;
  const refused = new Set(outcome.refused.map((r) => r.ticketId));
  return selected.filter((id) => refused.has(id));
}

interface BulkSelectionActions {
  toggle(id: string): void;
  selectAll(ids: readonly string[]): void;
  clear(): void;
  setPicker(picker: BulkPicker | null): void;
  /** Runs the action on the selection (see selectionAfter). */
  apply(api: Pick<ConsoleApi, 'applyToTickets'>, action: BulkAction): Promise<void>;
}

/** The inbox's selection for bulk actions and the bar's state: one per window, like the inbox it selects in. */
export const useBulkSelection = create<BulkSelectionState & BulkSelectionActions>()((set, get) => ({
  selected: [],
  picker: null,
  running: false,
  outcome: null,
  error: null,
  toggle: (id) => set((s) => ({ selected: toggled(s.selected, id), outcome: null, error: null })),
  selectAll: (ids) => set((s) => ({ selected: withAll(s.selected, ids), outcome: null, error: null })),
  clear: () => set({ selected: [], picker: null, outcome: null, error: null }),
  setPicker: (picker) => set({ picker }),
  async apply(api, action) {
    const ticketIds = [...get().selected];
    if (ticketIds.length === 0 || get().running) return;
    set({ running: true, error: null, outcome: null });
    const answer = await api.applyToTickets({ ticketIds, action });
    if (!answer.ok) {
      set({ running: false, error: answer.error.message });
      return;
    }
    const outcome = outcomeOf(action, answer.value.results);
    set((s) => ({ running: false, outcome, selected: selectionAfter(action, s.selected, outcome) }));
  },
}));

import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { Controller } from '../state/controller.js';
import type { InboxLoader } from '../state/inbox-loader.js';
import type { ConsoleStore, ConsoleStoreApi } from '../state/store.js';
import type { ShortcutCommand } from '../keyboard/shortcuts.js';
import { useBulkSelection, type BulkPicker } from './bulk-selection.js';

/** The commands that only select (they have no single-ticket meaning). */
export type BulkOnlyCommand = 'toggleSelect' | 'selectAll' | 'clearSelection';

/** The single-ticket keys that act on the selection instead while tickets are selected and none is open. */
const ON_SELECTION: Partial<Record<ShortcutCommand, BulkPicker | 'assign'>> = {
  take: 'assign',
  tags: 'tag',
  snooze: 'snooze',
  macro: 'macro',
};

type Commands = Record<ShortcutCommand, () => unknown>;

const bulk = () => useBulkSelection.getState();
/** The bar is up: tickets are selected, or it shows what the last action did. */
const barShown = () => bulk().selected.length > 0 || bulk().outcome !== null || bulk().error !== null;

/** The inbox row the agent is on: the selected one, else the one shown where the selection was. */
function rowOnFocus(state: ConsoleStore): string | null {
  const { inboxWindow, selectedId, selectedIndexHint } = state;
  if (selectedId.inbox !== null && inboxWindow.positions.has(selectedId.inbox)) return selectedId.inbox;
  return inboxWindow.rows.get(Math.min(selectedIndexHint.inbox, inboxWindow.total - 1))?.id ?? null;
}

/** The inbox rows on screen now (not those loaded around them), in their order. */
function rowsShown(state: ConsoleStore, shown: { start: number; end: number }): string[] {
  return [...state.inboxWindow.rows.entries()]
    .filter(([index]) => index >= shown.start && index <= shown.end)
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.id);
}

/**
 * Whether a key has something to act on for the selection: `x` and `Shift+X` in the inbox, Esc while the bar is up
 * and nothing else is open, the reused single-ticket keys while tickets are selected and none is open; null: the
 * key is not the selection's, the single-ticket rule decides.
 */
export function bulkUsable(command: ShortcutCommand, state: ConsoleStore): boolean | null {
  if (command === 'toggleSelect' || command === 'selectAll')
    return state.tab === 'inbox' && state.inboxWindow.total > 0;
  if (command === 'clearSelection') return barShown();
  if (command === 'back' && !state.helpOpen && state.openTicketId === null && barShown()) return true;
  if (ON_SELECTION[command] && state.openTicketId === null && bulk().selected.length > 0) return true;
  return null;
}

/** The commands with the selection's: each key acts on the selection when bulkUsable says it is the selection's. */
export function withBulkCommands(
  single: Omit<Commands, BulkOnlyCommand>,
  controller: { api: Pick<ConsoleApi, 'applyToTickets'>; inbox: Pick<InboxLoader, 'shownRange'> } & Pick<
    Controller,
    'setOverlayQuietly'
  >,
  store: ConsoleStoreApi,
): Commands {
  const onSelection = (command: ShortcutCommand, otherwise: () => unknown) => () => {
    if (!bulkUsable(command, store.getState())) return otherwise();
    const target = ON_SELECTION[command];
    if (target === 'assign') return bulk().apply(controller.api, { kind: 'assign_to_me' });
    if (target) {
      bulk().setPicker(target);
      return controller.setOverlayQuietly('bulk');
    }
    return bulk().clear();
  };
  return {
    ...single,
    back: onSelection('back', single.back),
    take: onSelection('take', single.take),
    tags: onSelection('tags', single.tags),
    snooze: onSelection('snooze', single.snooze),
    macro: onSelection('macro', single.macro),
    toggleSelect: () => {
      const id = rowOnFocus(store.getState());
      if (id) bulk().toggle(id);
    },
    selectAll: () => bulk().selectAll(rowsShown(store.getState(), controller.inbox.shownRange())),
    clearSelection: () => bulk().clear(),
  };
}

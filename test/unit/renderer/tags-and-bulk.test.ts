import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BULK_TICKETS, type BulkAction } from '../../../shared/api/bulk-console.js';
import type { ConsoleInput, InboxRow } from '../../../shared/api/console-contract.js';
import { ok } from '../../../shared/result.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import { bulkUsable, withBulkCommands } from '../../../renderer/src/bulk/bulk-commands.js';
import { outcomeOf, toggled, useBulkSelection, withAll } from '../../../renderer/src/bulk/bulk-selection.js';
import { loadSavedViews, saveView } from '../../../renderer/src/state/saved-views.js';
import { createConsoleStore } from '../../../renderer/src/state/store.js';
import { matchingTags, tagPresence, toggleOf } from '../../../renderer/src/tags/tag-choices.js';
import { tagViewOf, tagViewsOf } from '../../../renderer/src/tags/tenant-tags.js';

afterEach(() => useBulkSelection.getState().clear());

describe('tags: the keys, the catalog and the picker', () => {
  it("shows the tenant's tags by name with their colour, and a tag the tenant no longer has by its id", () => {
    const settings = emptyTenantSettings();
    const entry = (id: string, name: string, color?: string) => ({
      id,
      version: 1,
      value: { name, ...(color ? { color } : {}) },
      savedAt: '2026-12-07T05:00:00.000Z',
      savedBy: 'Admin',
    });
    settings.tag.push(entry('vip', 'VIP', '#aa0000'), entry('refund', 'Refund'), entry('a-fraud', 'Fraud suspected'));
    const tags = tagViewsOf(settings);
    expect(tags.map((tag) => tag.name)).toEqual(['Fraud suspected', 'Refund', 'VIP']);
    expect(tagViewOf(tags, 'vip')).toEqual({ id: 'vip', name: 'VIP', color: '#aa0000' });
    expect(tagViewOf(tags, 'gone')).toEqual({ id: 'gone', name: 'gone', color: null });
    expect(matchingTags(tags, 'fr').map((tag) => tag.id)).toEqual(['a-fraud']);
    expect(matchingTags(tags, '  ').map((tag) => tag.id)).toEqual(['a-fraud', 'refund', 'vip']);
    expect(matchingTags(tags, 'REF').map((tag) => tag.id)).toEqual(['refund']);
    expect(matchingTags([{ id: 'cafe', name: 'Café', color: null }], 'cafe')).toHaveLength(1);
  });

  it('Enter puts a tag on every ticket unless all carry it, which takes it off', () => {
    expect(tagPresence([['vip']], 'vip')).toBe('all');
    expect(tagPresence([undefined], 'vip')).toBe('none');
    expect(tagPresence([['vip'], [], undefined], 'vip')).toBe('some');
    expect(toggleOf('all', 'vip')).toEqual({ add: [], remove: ['vip'] });
    expect(toggleOf('some', 'vip')).toEqual({ add: ['vip'], remove: [] });
    expect(toggleOf('none', 'vip')).toEqual({ add: ['vip'], remove: [] });
  });

  it('a saved view keeps the tag filter and gives it back', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as Storage;
    saveView({ name: 'VIP cards', filters: { tag: 'vip', queue: 'cards' }, view: 'mine' }, storage);
    expect(loadSavedViews(storage)).toEqual([
      { name: 'VIP cards', filters: { tag: 'vip', queue: 'cards' }, view: 'mine' },
    ]);
  });
});

describe('bulk: the selection and its bar', () => {
  it('x toggles one ticket, Shift+X adds the rows shown, never past the most one action takes', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    const many = Array.from({ length: MAX_BULK_TICKETS + 5 }, (_, i) => `t${i}`);
    expect(withAll(['t3'], many)).toHaveLength(MAX_BULK_TICKETS);
    expect(withAll(['t3'], many)[0]).toBe('t3');
    expect(toggled(withAll([], many), 'new')).toHaveLength(MAX_BULK_TICKETS);
  });

  it("counts what was done and keeps each refused ticket's reason", () => {
    const action: BulkAction = { kind: 'assign_to_me' };
    expect(
      outcomeOf(action, [
        { ticketId: 'a', ok: true, error: null },
        { ticketId: 'b', ok: false, error: 'The AI resolved this ticket.' },
      ]),
    ).toEqual({ action: 'assign_to_me', done: 1, refused: [{ ticketId: 'b', error: 'The AI resolved this ticket.' }] });
  });

  /**
   * The console's store with inbox rows a, b, c (b the selected row) and the bar's commands over a recording host;
   * `shown`: the positions on screen (all three unless given).
   */
  function inboxWithRows(shown = { start: 0, end: 2 }) {
    const store = createConsoleStore(null);
    const rows = ['a', 'b', 'c'].map((id) => ({ id, subject: `Subject ${id}` }) as InboxRow);
    store.getState().replaceInboxWindow({ offset: 0, total: 3, unread: 0, rows });
    store.getState().select('inbox', 'b', 1);
    const calls: Array<ConsoleInput<'applyToTickets'>> = [];
    const overlays: unknown[] = [];
    const singles: string[] = [];
    const single = new Proxy({} as Parameters<typeof withBulkCommands>[0], {
      get: (_target, command: string) => () => singles.push(command),
    });
    const commands = withBulkCommands(
      single,
      {
        api: {
          applyToTickets: async (input) => {
            calls.push(input);
            return ok({
              results: input.ticketIds.map((ticketId) =>
                ticketId === 'c'
                  ? { ticketId, ok: false, error: 'Refused here.' }
                  : { ticketId, ok: true, error: null },
              ),
            });
          },
        },
        inbox: { shownRange: () => shown },
        setOverlayQuietly: (overlay) => overlays.push(overlay),
      },
      store,
    );
    return { store, commands, calls, overlays, singles };
  }

  it('Shift+X selects the rows on screen only, not those loaded around them', () => {
    const { commands } = inboxWithRows({ start: 1, end: 2 });
    useBulkSelection.getState().clear();
    commands.selectAll();
    expect(useBulkSelection.getState().selected).toEqual(['b', 'c']);
    useBulkSelection.getState().clear();
  });

  it('x selects the row the agent is on, Shift+X every row shown, Esc clears; keys reach the selection only then', async () => {
    const { store, commands, singles } = inboxWithRows();
    expect(bulkUsable('back', store.getState())).toBeNull();
    expect(bulkUsable('take', store.getState())).toBeNull();
    commands.toggleSelect();
    expect(useBulkSelection.getState().selected).toEqual(['b']);
    commands.selectAll();
    expect(useBulkSelection.getState().selected).toEqual(['b', 'a', 'c']);
    expect(bulkUsable('take', store.getState())).toBe(true);
    // With a ticket open, its keys are the ticket's again.
    store.getState().setOpenTicket('a');
    expect(bulkUsable('take', store.getState())).toBeNull();
    expect(bulkUsable('back', store.getState())).toBeNull();
    commands.back();
    expect(singles).toEqual(['back']);
    store.getState().setOpenTicket(null);
    expect(bulkUsable('back', store.getState())).toBe(true);
    commands.back();
    expect(useBulkSelection.getState().selected).toEqual([]);
    expect(singles).toEqual(['back']);
  });

  it('t assigns the selection, which keeps only the refused; #, s and m open the bar’s pickers', async () => {
    const { store, commands, calls, overlays } = inboxWithRows();
    commands.selectAll();
    await commands.take();
    expect(calls).toEqual([{ ticketIds: ['a', 'b', 'c'], action: { kind: 'assign_to_me' } }]);
    expect(useBulkSelection.getState()).toMatchObject({
      selected: ['c'],
      running: false,
      outcome: { action: 'assign_to_me', done: 2, refused: [{ ticketId: 'c', error: 'Refused here.' }] },
    });
    for (const [command, picker] of [
      ['tags', 'tag'],
      ['snooze', 'snooze'],
      ['macro', 'macro'],
    ] as const) {
      commands[command]();
      expect(useBulkSelection.getState().picker).toBe(picker);
    }
    expect(overlays).toEqual(['bulk', 'bulk', 'bulk']);
    // Tagging keeps the selection: more tags may follow.
    await useBulkSelection.getState().apply(
      { applyToTickets: async () => ok({ results: [] }) },
      {
        kind: 'tag',
        add: ['vip'],
        remove: [],
      },
    );
    expect(useBulkSelection.getState().selected).toEqual(['c']);
    expect(store.getState().overlay).toBeNull();
  });
});

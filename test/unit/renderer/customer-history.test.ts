import { describe, expect, it } from 'vitest';
import {
  canShowMore,
  createCustomerHistory,
  HISTORY_MAX,
  HISTORY_PAGE,
  HISTORY_SEARCH_MAX,
  type CustomerHistoryApi,
} from '../../../renderer/src/customer-history/customer-history-state.js';
import { listKeyMove } from '../../../renderer/src/customer-history/list-keys.js';
import { NEEDS_TICKET } from '../../../renderer/src/keyboard/command-actions.js';
import { resolveShortcut, SHORTCUT_HELP } from '../../../renderer/src/keyboard/shortcuts.js';
import type { TicketCache } from '../../../electron/core/store/ticket-cache.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

const file = consoleFilePerTest();

/** `count` tickets of customer cus_dana, one a day from 1 November 2026 (the last is the newest), and one of Eli. */
function fill(cache: TicketCache, count: number): void {
  cache.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const id = `t${String(i).padStart(3, '0')}`;
      const at = new Date(Date.UTC(2026, 10, 1) + i * 86_400_000).toISOString();
      cache.putTicket(testTicket({ id, at, subject: i % 2 ? 'Card blocked' : 'Refund missing', customer: dana }));
      cache.putMessage(testMessage(id, i === 7 ? 'I was in Lisbon when it happened.' : 'Please help.'));
    }
    cache.putTicket(testTicket({ id: 'eli1', customer: { id: 'cus_eli', name: 'Eli', tier: 'vip' } }));
  });
}
const dana = { id: 'cus_dana', name: 'Dana', tier: 'standard' as const };

/** The console API with every listCustomerTickets answer held until `release` (answers then arrive in any order). */
function heldAnswers(api: CustomerHistoryApi) {
  const waiting: Array<() => void> = [];
  const held: CustomerHistoryApi = {
    listCustomerTickets: (input) =>
      new Promise((resolve) => waiting.push(() => void api.listCustomerTickets(input).then(resolve))),
  };
  return { api: held, release: (index: number) => waiting[index]?.() };
}

describe('customer history in the renderer', () => {
  it("lists the open ticket's customer newest first from the console's cache, pages older ones, and narrows by words", async () => {
    const core = file.console();
    fill(core.cache, 120);
    const history = createCustomerHistory(core.service);
    const state = () => history.store.getState();

    await history.show('cus_dana');
    expect(state().list?.total).toBe(120);
    expect(state().list?.tickets).toHaveLength(HISTORY_PAGE);
    expect(state().list?.tickets[0]).toMatchObject({ id: 't120', status: 'new', csat: null, mergedInto: null });
    expect(canShowMore(state())).toBe(true);
    await history.showMore();
    await history.showMore();
    expect(
      state()
        .list?.tickets.map((t) => t.id)
        .at(-1),
    ).toBe('t001');
    expect(canShowMore(state())).toBe(false);

    await history.search('lisbon');
    expect(state()).toMatchObject({ text: 'lisbon', limit: HISTORY_PAGE, list: { total: 1, text: 'lisbon' } });
    expect(state().list?.tickets.map((t) => t.id)).toEqual(['t007']);
    await history.search('refund');
    expect(state().list?.total).toBe(60);

    // Another customer starts from an empty search; the same customer keeps it.
    await history.show('cus_dana');
    expect(state().text).toBe('refund');
    await history.show('cus_eli');
    expect(state()).toMatchObject({ customerId: 'cus_eli', text: '', list: { total: 1, tickets: [{ id: 'eli1' }] } });
  });

  it('says on the field when the search is longer than the contract takes, and keeps the list as it was', async () => {
    const core = file.console();
    fill(core.cache, 3);
    const history = createCustomerHistory(core.service);
    await history.show('cus_dana');
    const before = history.store.getState().list;
    await history.search('x'.repeat(HISTORY_SEARCH_MAX + 1));
    expect(history.store.getState()).toMatchObject({ textProblem: 'tooLong', list: before });
    await history.search('x'.repeat(HISTORY_SEARCH_MAX));
    expect(history.store.getState()).toMatchObject({ textProblem: null, list: { total: 0 } });
  });

  it("drops an older search's answer that arrives after a newer one's, and shows a host's refusal", async () => {
    const core = file.console();
    fill(core.cache, 9);
    const { api, release } = heldAnswers(core.service);
    const history = createCustomerHistory(api);
    const first = history.show('cus_dana');
    const second = history.search('lisbon');
    release(1);
    await second;
    release(0);
    await first;
    expect(history.store.getState().list).toMatchObject({ total: 1, text: 'lisbon' });

    const refusing = createCustomerHistory({
      listCustomerTickets: async () => ({ ok: false, error: { code: 'not_supported', message: 'No cache here.' } }),
    });
    await refusing.show('cus_dana');
    expect(refusing.store.getState()).toMatchObject({ list: null, loadError: { code: 'not_supported' } });
  });

  it('pages by the contract: its default limit, its most, its longest search', () => {
    expect([HISTORY_PAGE, HISTORY_MAX, HISTORY_SEARCH_MAX]).toEqual([50, 200, 200]);
  });

  it('moves through the list with ↑/↓, Home and End; ↑ on the first item leaves for the search field', () => {
    expect(listKeyMove('ArrowDown', 0, 3)).toBe(1);
    expect(listKeyMove('ArrowDown', 2, 3)).toBe(2);
    expect(listKeyMove('ArrowUp', 2, 3)).toBe(1);
    expect(listKeyMove('ArrowUp', 0, 3)).toBe(-1);
    expect(listKeyMove('Home', 2, 3)).toBe(0);
    expect(listKeyMove('End', 0, 3)).toBe(2);
    expect(listKeyMove('ArrowDown', 7, 3)).toBe(2);
    expect(listKeyMove('Enter', 0, 3)).toBeNull();
    expect(listKeyMove('ArrowDown', 0, 0)).toBeNull();
  });

  it('`c` asks for the customer history search on an open ticket, not while typing', () => {
    const key = { key: 'c', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(resolveShortcut({ ...key, typing: false }, false).command).toBe('customerHistory');
    expect(resolveShortcut({ ...key, typing: true }, false).command).toBeNull();
    expect(NEEDS_TICKET.has('customerHistory')).toBe(true);
    expect(SHORTCUT_HELP.find((entry) => entry.command === 'customerHistory')?.keys).toEqual(['c']);
  });
});

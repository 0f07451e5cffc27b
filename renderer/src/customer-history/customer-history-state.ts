import { createStore } from 'zustand/vanilla';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import { customerHistoryConsoleMethods, type CustomerTicket } from '../../../shared/api/customer-history-console.js';
import type { AppError } from '../../../shared/result.js';

export type CustomerHistoryApi = Pick<ConsoleApi, 'listCustomerTickets'>;

const INPUT = customerHistoryConsoleMethods.listCustomerTickets.input;
/** How many tickets the panel asks for at first and adds with each "show more" (the contract's default). */
export const HISTORY_PAGE: number = INPUT.shape.limit.def.defaultValue;
/** The most the contract lets one call list. */
export const HISTORY_MAX: number = INPUT.shape.limit.unwrap().maxValue ?? HISTORY_PAGE;
/** The longest search the contract takes, in characters (the field refuses more, on the field). */
export const HISTORY_SEARCH_MAX: number = INPUT.shape.text.unwrap().maxLength ?? 200;

export interface CustomerHistoryState {
  customerId: string | null;
  /** The search field as typed. */
  text: string;
  /** Why the search field's text cannot be searched (said on the field); the list then stays as it was. */
  textProblem: 'tooLong' | null;
  limit: number;
  /** The last answer: the tickets shown, how many match in all, and the search they answer. */
  list: { tickets: readonly CustomerTicket[]; total: number; text: string } | null;
  loading: boolean;
  /** The host refused or failed (an older host without the method says not_supported). */
  loadError: AppError | null;
}

const EMPTY = { text: '', textProblem: null, limit: HISTORY_PAGE, list: null, loading: false, loadError: null };

/** The customer's tickets from the console's cache, newest first (`text`, when not blank, narrows them). */
export function customerTickets(api: CustomerHistoryApi, customerId: string, limit: number, text = '') {
  return api.listCustomerTickets({ customerId, limit, ...(text.trim() ? { text } : {}) });
}

/**
 * The customer panel's history apart from React: the customer's tickets in the console's cache (offline too),
 * narrowed by the search field; loads again when the customer, the search or the limit changes, or the cache did
 * (`reload`). An answer to a load that a newer one replaced is dropped.
 */
export function createCustomerHistory(api: CustomerHistoryApi) {
  const store = createStore<CustomerHistoryState>()(() => ({ customerId: null, ...EMPTY }));
  let latest = 0;

  async function load(): Promise<void> {
    const { customerId, text, limit } = store.getState();
    if (customerId === null) return;
    const number = ++latest;
    store.setState({ loading: true });
    const answer = await customerTickets(api, customerId, limit, text);
    if (number !== latest) return;
    store.setState(
      answer.ok
        ? { loading: false, loadError: null, list: { ...answer.value, text } }
        : { loading: false, loadError: answer.error },
    );
  }

  return {
    store,
    /** The panel shows this customer (the open ticket's); another customer starts from an empty search. */
    show(customerId: string): Promise<void> {
      if (store.getState().customerId !== customerId) store.setState({ customerId, ...EMPTY });
      return load();
    },
    /** The search field changed: searched at once when the contract takes it, else the field says why. */
    search(text: string): Promise<void> {
      const customerId = store.getState().customerId ?? '';
      const checked = INPUT.safeParse({ customerId, text });
      const tooLong = !checked.success && checked.error.issues.some((issue) => issue.path[0] === 'text');
      store.setState({ text, textProblem: tooLong ? 'tooLong' : null, limit: HISTORY_PAGE });
      return tooLong ? Promise.resolve() : load();
    },
    /** The next page of older tickets, up to the contract's most. */
    showMore(): Promise<void> {
      store.setState({ limit: Math.min(HISTORY_MAX, store.getState().limit + HISTORY_PAGE) });
      return load();
    },
    /** The cache changed (sync, an action): the same question again. */
    reload: load,
  };
}

export type CustomerHistory = ReturnType<typeof createCustomerHistory>;

/** Whether more tickets match than are shown and the panel may ask for more. */
export function canShowMore(state: CustomerHistoryState): boolean {
  return state.list !== null && state.list.total > state.list.tickets.length && state.limit < HISTORY_MAX;
}

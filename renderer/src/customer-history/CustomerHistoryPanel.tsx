import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { CustomerTicket } from '../../../shared/api/customer-history-console.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import { canShowMore, createCustomerHistory, HISTORY_SEARCH_MAX } from './customer-history-state.js';
import { useCustomerHistorySearchRequests } from './customer-history-requests.js';
import { listKeyMove } from './list-keys.js';
import './customer-history.css';

/** How long the list waits after a sync before it asks the cache again (several changes arrive together). */
const RELOAD_AFTER_CHANGE_MS = 300;

/**
 * The customer's tickets in the console's cache, under the customer panel's facts: newest first with status, rating and
 * date, the open one marked; a search over their subjects and messages (offline too: it reads the cache). `c` focuses
 * the search, ↓ from it or ↑/↓ in the list move through the tickets, Enter or a click opens one.
 */
export function CustomerHistoryPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { api, openTicket } = useController();
  const history = useMemo(() => createCustomerHistory(api), [api]);
  const state = useStore(history.store);
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const customerId = ticket.customer.id;

  useEffect(() => {
    void history.show(customerId);
    setActive(0);
  }, [history, customerId]);

  // A sync or an action changed the cache: the same question again (statuses, ratings, new tickets).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = api.subscribe((event) => {
      if (event.type !== 'tickets_changed') return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void history.reload(), RELOAD_AFTER_CHANGE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [api, history]);

  const requests = useCustomerHistorySearchRequests((s) => s.count);
  const seenRequests = useRef(requests);
  useEffect(() => {
    if (requests === seenRequests.current) return;
    seenRequests.current = requests;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [requests]);

  const tickets = state.list?.tickets ?? [];
  const focusItem = (index: number) => {
    const items = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid="customer-history-item"]');
    const item = items?.[index];
    if (!item) return;
    setActive(index);
    item.focus();
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = listKeyMove(event.key, active, tickets.length);
    if (next === null) return;
    event.preventDefault();
    if (next < 0) searchRef.current?.focus();
    else focusItem(next);
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || tickets.length === 0) return;
    event.preventDefault();
    focusItem(0);
  };

  const problemId = `${id}-problem`;
  const searched = state.list !== null && state.list.text.trim() !== '';
  return (
    <div className="customer-history" data-testid="customer-history" aria-busy={state.loading}>
      <h4 id={`${id}-title`} className="panel-subtitle">
        {t('customerHistory.title')}
      </h4>
      <div className="customer-history-search">
        <label htmlFor={`${id}-search`}>{t('customerHistory.search')}</label>
        <input
          id={`${id}-search`}
          ref={searchRef}
          type="search"
          dir="auto"
          value={state.text}
          aria-keyshortcuts="c"
          aria-invalid={state.textProblem ? true : undefined}
          aria-describedby={state.textProblem ? problemId : undefined}
          data-testid="customer-history-search"
          onChange={(event) => {
            setActive(0);
            void history.search(event.target.value);
          }}
          onKeyDown={onSearchKey}
        />
        {state.textProblem ? (
          <p className="customer-history-problem" id={problemId} data-testid="customer-history-problem">
            {t('customerHistory.tooLong', { max: HISTORY_SEARCH_MAX })}
          </p>
        ) : null}
      </div>
      <p className="customer-history-count" aria-live="polite" data-testid="customer-history-count">
        {summary()}
      </p>
      {state.loadError ? (
        <p role="alert" className="customer-history-problem" data-testid="customer-history-error">
          {t('customerHistory.loadFailed', { reason: state.loadError.message })}
        </p>
      ) : null}
      {tickets.length > 0 ? (
        <ul
          ref={listRef}
          className="customer-history-list"
          aria-labelledby={`${id}-title`}
          data-testid="customer-history-list"
          onKeyDown={onListKey}
        >
          {tickets.map((item, index) => (
            <li key={item.id}>
              <HistoryItem
                item={item}
                isOpen={item.id === ticket.id}
                tabbable={index === Math.min(active, tickets.length - 1)}
                onFocus={() => setActive(index)}
                onOpen={() => openTicket(item.id)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {canShowMore(state) ? (
        <button
          type="button"
          className="button button-small"
          data-testid="customer-history-more"
          onClick={() => void history.showMore()}
        >
          {t('customerHistory.showMore')}
        </button>
      ) : null}
    </div>
  );

  function summary(): string {
    if (state.list === null) return state.loading ? t('customerHistory.loading') : '';
    const { total } = state.list;
    if (total === 0) return searched ? t('customerHistory.noMatch') : t('customerHistory.none');
    const counted = searched
      ? t('customerHistory.matches', { count: total })
      : t('customerHistory.count', { count: total });
    const shown = state.list.tickets.length;
    return shown < total ? `${counted} ${t('customerHistory.newestOf', { shown, total })}` : counted;
  }
}

/** One earlier ticket: subject, status, rating and date in one button (Enter or a click opens it). */
function HistoryItem(props: {
  item: CustomerTicket;
  isOpen: boolean;
  tabbable: boolean;
  onFocus(): void;
  onOpen(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { item } = props;
  return (
    <button
      type="button"
      className="customer-history-item"
      data-testid="customer-history-item"
      data-ticket-id={item.id}
      aria-current={props.isOpen ? 'true' : undefined}
      tabIndex={props.tabbable ? 0 : -1}
      onFocus={props.onFocus}
      onClick={props.onOpen}
    >
      <span className="customer-history-subject" dir="auto">
        {item.subject}
      </span>
      <span className="customer-history-facts">
        <span className={`status status-${item.status}`} data-testid="customer-history-status">
          {t(`status.${item.status}`)}
        </span>
        <span
          className={`chip${item.csat !== null && item.csat <= 3 ? ' chip-csat-low' : ''}`}
          data-testid="customer-history-csat"
        >
          {item.csat === null ? t('customerHistory.unrated') : t('customerHistory.csat', { score: item.csat })}
        </span>
        <time dateTime={item.createdAt} data-testid="customer-history-date">
          {t('customerHistory.created', { date: fmt.date(item.createdAt) })}
        </time>
        {props.isOpen ? <span className="chip chip-open-now">{t('customerHistory.openNow')}</span> : null}
        {item.mergedInto ? (
          <span className="chip" dir="auto">
            {t('customerHistory.mergedInto', { id: item.mergedInto })}
          </span>
        ) : null}
      </span>
    </button>
  );
}

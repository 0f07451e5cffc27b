import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewHit, ReviewQuery } from '../../../shared/api/console-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { useLatestRequest } from '../state/useLatestRequest.js';
import { LanguageChip, RowSubject } from './TicketRowParts.js';
import { TicketList } from './TicketList.js';

interface Filters {
  text: string;
  language: string;
  intent: string;
  handledBy: '' | 'ai' | 'human';
  csat: '' | 'high' | 'low' | 'unrated';
  from: string;
  to: string;
}

const EMPTY: Filters = { text: '', language: '', intent: '', handledBy: '', csat: '', from: '', to: '' };

/**
 * Offline review: full-text search and filters over the local cache, working with or without the
 * queue. Opening a result shows the ticket, where a note annotates it (queued while offline).
 */
export function ReviewView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const setReview = useConsoleState((s) => s.setReview);
  const items = useConsoleState((s) => s.review);
  const id = useId();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [excerpts, setExcerpts] = useState<Record<string, string | null>>({});
  const [facets, setFacets] = useState<{ languages: string[]; intents: string[]; cached: number }>({
    languages: [],
    intents: [],
    cached: 0,
  });
  const [error, setError] = useState<string | null>(null);
  const [retention, setRetention] = useState<string>('');
  const [retentionNote, setRetentionNote] = useState<string | null>(null);
  const beginSearch = useLatestRequest();

  const run = useCallback(
    async (current: Filters) => {
      if (!api.searchTickets) return setError(t('review.unavailable'));
      const isLatest = beginSearch();
      const query: ReviewQuery = { limit: 200 };
      if (current.text.trim()) query.text = current.text.trim();
      if (current.language) query.language = current.language;
      if (current.intent) query.intent = current.intent;
      if (current.handledBy) query.handledBy = current.handledBy;
      if (current.csat) query.csat = current.csat;
      if (current.from) query.from = current.from;
      if (current.to) query.to = current.to;
      const result = await api.searchTickets(query);
      if (!isLatest()) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setReview(result.value.hits.map((hit: ReviewHit) => hit.ticket));
      setExcerpts(Object.fromEntries(result.value.hits.map((hit) => [hit.ticket.id, hit.excerpt])));
      setFacets({
        languages: result.value.languages,
        intents: result.value.intents,
        cached: result.value.cachedTickets,
      });
    },
    [api, beginSearch, setReview, t],
  );

  useEffect(() => {
    void run(EMPTY);
    void api.getCacheSettings?.({}).then((result) => {
      if (result.ok) setRetention(result.value.retentionDays === null ? '' : String(result.value.retentionDays));
    });
  }, [api, run]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(filters);
  };
  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const saveRetention = async () => {
    const days = retention.trim() === '' ? null : Number.parseInt(retention, 10);
    if (days !== null && (!Number.isFinite(days) || days < 1)) return setRetentionNote(t('review.retentionInvalid'));
    const result = await api.setCacheSettings?.({ retentionDays: days });
    if (!result) return;
    if (!result.ok) return setRetentionNote(result.error.message);
    setRetentionNote(t('review.retentionSaved', { count: result.value.removedTickets }));
    void run(filters);
  };

  const renderRow = (ticket: Ticket) => (
    <div className="row-content">
      <div className="row-line">
        <RowSubject ticket={ticket} />
        <span className={`status status-${ticket.status}`}>{t(`status.${ticket.status}`)}</span>
      </div>
      <div className="row-line row-meta">
        <LanguageChip language={ticket.language} />
        <span className="chip chip-intent">{ticket.intent ?? t('list.noIntent')}</span>
        {ticket.csat ? (
          <span
            className={`chip chip-csat ${ticket.csat.score >= 4 ? 'chip-csat-high' : 'chip-csat-low'}`}
            data-testid="review-csat"
          >
            {t('review.csatScore', { score: ticket.csat.score })}
          </span>
        ) : null}
        <time className="row-age" dateTime={ticket.createdAt}>
          {fmt.dateTime(ticket.createdAt)}
        </time>
      </div>
      {excerpts[ticket.id] ? (
        <div className="row-line row-excerpt" dir="auto" data-testid="review-excerpt">
          {excerpts[ticket.id]}
        </div>
      ) : null}
    </div>
  );

  return (
    <div className="review-view" data-testid="review-view">
      <form className="review-filters" onSubmit={submit} role="search" aria-label={t('review.title')}>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('review.search')}
        </label>
        <input
          id={`${id}-text`}
          type="search"
          data-testid="review-search"
          dir="auto"
          value={filters.text}
          placeholder={t('review.searchPlaceholder')}
          onChange={(e) => change({ text: e.target.value })}
        />
        <select
          aria-label={t('review.language')}
          data-testid="review-language"
          value={filters.language}
          onChange={(e) => change({ language: e.target.value })}
        >
          <option value="">{t('review.anyLanguage')}</option>
          {facets.languages.map((code) => (
            <option key={code} value={code}>
              {fmt.languageName(code)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('review.intent')}
          data-testid="review-intent"
          value={filters.intent}
          onChange={(e) => change({ intent: e.target.value })}
        >
          <option value="">{t('review.anyIntent')}</option>
          {facets.intents.map((intent) => (
            <option key={intent} value={intent}>
              {intent}
            </option>
          ))}
        </select>
        <select
          aria-label={t('review.handledBy')}
          data-testid="review-handled-by"
          value={filters.handledBy}
          onChange={(e) => change({ handledBy: e.target.value as Filters['handledBy'] })}
        >
          <option value="">{t('review.anyHandler')}</option>
          <option value="ai">{t('review.handledByAi')}</option>
          <option value="human">{t('review.handledByHuman')}</option>
        </select>
        <select
          aria-label={t('review.csat')}
          data-testid="review-csat-filter"
          value={filters.csat}
          onChange={(e) => change({ csat: e.target.value as Filters['csat'] })}
        >
          <option value="">{t('review.anyCsat')}</option>
          <option value="high">{t('review.csatHigh')}</option>
          <option value="low">{t('review.csatLow')}</option>
          <option value="unrated">{t('review.csatUnrated')}</option>
        </select>
        <label>
          {t('review.from')}{' '}
          <input
            type="date"
            data-testid="review-from"
            value={filters.from}
            onChange={(e) => change({ from: e.target.value })}
          />
        </label>
        <label>
          {t('review.to')}{' '}
          <input
            type="date"
            data-testid="review-to"
            value={filters.to}
            onChange={(e) => change({ to: e.target.value })}
          />
        </label>
        <button type="submit" className="button button-primary" data-testid="review-submit">
          {t('review.search')}
        </button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="hint" data-testid="review-count">
        {t('review.count', { count: items.length, cached: fmt.number(facets.cached) })}
      </p>
      <TicketList
        tab="review"
        items={items}
        listTestId="review-list"
        itemTestId="review-item"
        label={t('review.results')}
        emptyText={t('review.empty')}
        rowHeight={88}
        renderRow={renderRow}
      />
      <details className="review-settings">
        <summary>{t('review.settings')}</summary>
        <label>
          {t('review.retention')}{' '}
          <input
            type="number"
            min={1}
            data-testid="retention-days"
            value={retention}
            placeholder={t('review.retentionForever')}
            onChange={(e) => setRetention(e.target.value)}
          />
        </label>
        <button type="button" className="button" data-testid="retention-save" onClick={() => void saveRetention()}>
          {t('review.retentionSave')}
        </button>
        {retentionNote ? (
          <p className="hint" role="status" data-testid="retention-note">
            {retentionNote}
          </p>
        ) : null}
      </details>
    </div>
  );
}

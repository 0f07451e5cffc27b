import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewHit, ReviewQuery } from '../../../shared/api/console-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { useLatestRequest } from '../state/useLatestRequest.js';
import { LanguageChip, RowSubject } from './TicketRowParts.js';
import { Timestamp } from './Timestamp.js';
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

/** A choice of a select filter: its value and what it shows. */
type Choice = readonly [value: string, text: string];
/** A select filter of the search form: which filter, its label, its "any" choice, its test id, its choices. */
type SelectFilter = readonly [
  name: 'language' | 'intent' | 'handledBy' | 'csat',
  label: string,
  any: string,
  testId: string,
  choices: readonly Choice[],
];

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
    void api.getCacheSettings({}).then((result) => {
      if (result.ok) setRetention(result.value.retentionDays === null ? '' : String(result.value.retentionDays));
    });
  }, [api, run]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(filters);
  };
  const languageChoices = facets.languages.map((code): Choice => [code, fmt.languageName(code)]);
  const handlerChoices: Choice[] = [
    ['ai', t('review.handledByAi')],
    ['human', t('review.handledByHuman')],
  ];
  const csatChoices: Choice[] = [
    ['high', t('review.csatHigh')],
    ['low', t('review.csatLow')],
    ['unrated', t('review.csatUnrated')],
  ];
  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const selectFilters: SelectFilter[] = [
    ['language', t('review.language'), t('review.anyLanguage'), 'review-language', languageChoices],
    ['intent', t('review.intent'), t('review.anyIntent'), 'review-intent', facets.intents.map((i) => [i, i])],
    ['handledBy', t('review.handledBy'), t('review.anyHandler'), 'review-handled-by', handlerChoices],
    ['csat', t('review.csat'), t('review.anyCsat'), 'review-csat-filter', csatChoices],
  ];
  const dateFilters = [
    ['from', t('review.from')],
    ['to', t('review.to')],
  ] as const;

  const saveRetention = async () => {
    const days = retention.trim() === '' ? null : Number.parseInt(retention, 10);
    if (days !== null && (!Number.isFinite(days) || days < 1)) return setRetentionNote(t('review.retentionInvalid'));
    const result = await api.setCacheSettings({ retentionDays: days });
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
        <Timestamp className="row-age" at={ticket.createdAt} />
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
        {selectFilters.map(([name, label, any, testId, choices]) => (
          <select
            key={name}
            aria-label={label}
            data-testid={testId}
            value={filters[name]}
            onChange={(e) => change({ [name]: e.target.value } as Partial<Filters>)}
          >
            <option value="">{any}</option>
            {choices.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        ))}
        {dateFilters.map(([name, label]) => (
          <label key={name}>
            {label}{' '}
            <input
              type="date"
              data-testid={`review-${name}`}
              value={filters[name]}
              onChange={(e) => change({ [name]: e.target.value })}
            />
          </label>
        ))}
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

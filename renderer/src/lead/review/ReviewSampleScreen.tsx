import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REVIEW_SAMPLE, MAX_REVIEW_SAMPLE, type ReviewSample } from '../../../../shared/api/lead-contract.js';
import { useController } from '../../state/context.js';
import { useLatestRequest } from '../../state/useLatestRequest.js';
import { ReviewSampleItem } from './ReviewSampleItem.js';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The lead's daily review: a random sample of the day's AI resolutions (the same all day), plus every
 * one with low confidence or low CSAT. Each can be approved, flagged with a reason, or reopened.
 */
export function ReviewSampleScreen() {
  const { t } = useTranslation();
  const { api } = useController();
  const id = useId();
  const [day, setDay] = useState(today);
  const [size, setSize] = useState('');
  const [sample, setSample] = useState<ReviewSample | null>(null);
  const [error, setError] = useState<string | null>(null);
  const beginLoad = useLatestRequest();

  const load = useCallback(
    async (wanted: { day: string; size?: number }) => {
      const isLatest = beginLoad();
      const result = await api.getReviewSample(wanted);
      if (!isLatest()) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setSample(result.value);
      setSize(String(result.value.size));
    },
    [api, beginLoad, t],
  );

  const shownDay = useRef<string>(today());
  useEffect(() => {
    if (sample) shownDay.current = sample.day;
  }, [sample]);

  useEffect(() => {
    void load({ day: shownDay.current });
    // Reviews, reopens and new AI resolutions arrive through sync: show them.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = api.subscribe((event) => {
      if (event.type !== 'tickets_changed') return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load({ day: shownDay.current }), 300);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [api, load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = size.trim() === '' ? undefined : Number.parseInt(size, 10);
    if (wanted !== undefined && (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_REVIEW_SAMPLE)) {
      return setError(t('lead.sample.badSize', { max: MAX_REVIEW_SAMPLE }));
    }
    void load({ day, ...(wanted === undefined ? {} : { size: wanted }) });
  };

  return (
    <div className="review-sample" data-testid="review-sample">
      <h2>{t('lead.sample.title')}</h2>
      <form className="review-sample-controls" onSubmit={submit}>
        <label htmlFor={`${id}-day`}>{t('lead.sample.day')}</label>
        <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        <label htmlFor={`${id}-size`}>{t('lead.sample.size')}</label>
        <input
          id={`${id}-size`}
          data-testid="sample-size"
          type="number"
          min={1}
          max={MAX_REVIEW_SAMPLE}
          placeholder={String(DEFAULT_REVIEW_SAMPLE)}
          value={size}
          onChange={(e) => setSize(e.target.value)}
        />
        <button type="submit" data-testid="sample-draw">
          {t('lead.sample.draw')}
        </button>
      </form>
      <p className="sample-keys">{t('lead.sample.keys')}</p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {sample ? (
        <>
          <p data-testid="sample-population">{t('lead.sample.population', { count: sample.aiResolved })}</p>
          {sample.items.length === 0 ? (
            <p className="empty-state">{t('lead.sample.empty')}</p>
          ) : (
            <ul className="sample-list" data-testid="sample-list">
              {sample.items.map((item) => (
                <ReviewSampleItem key={item.ticket.id} item={item} onChanged={() => void load({ day: sample.day })} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSample } from '../../../../shared/api/lead-contract.js';
import type { Result } from '../../../../shared/result.js';
import { useFormat } from '../../format/useFormat.js';
import { useController } from '../../state/context.js';
import { reopenWithReason } from '../../state/ticket-actions.js';

type Item = ReviewSample['items'][number];
type Pending = 'flag' | 'reopen' | null;

/** One sampled AI resolution with its review actions: a approve, f flag, o reopen, e add to eval set. */
export function ReviewSampleItem({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const { api } = controller;
  const id = useId();
  const { ticket } = item;
  const row = useRef<HTMLLIElement | null>(null);
  const reasonBox = useRef<HTMLInputElement | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async (call: Promise<Result<unknown>>, done: string) => {
    setBusy(true);
    const result = await call;
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPending(null);
    setReason('');
    setNote(done);
    onChanged();
    row.current?.focus();
  };

  const ask = (what: Pending) => {
    setPending(what);
    setError(null);
    setTimeout(() => reasonBox.current?.focus(), 0);
  };
  const approve = () =>
    void finish(api.reviewTicket({ ticketId: ticket.id, verdict: 'approve' }), t('lead.sample.approved'));
  const confirm = () => {
    const text = reason.trim();
    if (!text) return setError(t('lead.sample.needReason'));
    if (pending === 'flag')
      void finish(api.reviewTicket({ ticketId: ticket.id, verdict: 'flag', reason: text }), t('lead.sample.flagged'));
    if (pending === 'reopen') void finish(reopenWithReason(api, ticket.id, text), t('lead.sample.reopened'));
  };
  const addToEval = async () => {
    const result = await api.addEvalCase({ ticketId: ticket.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setNote(t('lead.sample.addedToEval', { file: result.value.file, cases: fmt.number(result.value.cases) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== row.current || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = { a: approve, f: () => ask('flag'), o: () => ask('reopen'), e: () => void addToEval() }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const review = ticket.review ?? null;
  return (
    <li
      ref={row}
      className="sample-item"
      tabIndex={0}
      data-ticket-id={ticket.id}
      data-testid="sample-item"
      aria-busy={busy}
      aria-keyshortcuts="a f o e"
      onKeyDown={onKeyDown}
    >
      <div className="sample-head">
        <button type="button" className="link" onClick={() => controller.openTicket(ticket.id)}>
          {ticket.subject}
        </button>
        <span className="sample-reasons">
          {item.reasons.map((why) => (
            <span key={why} className={`chip reason-${why}`}>
              {t(`lead.sample.reasons.${why}`)}
            </span>
          ))}
        </span>
      </div>
      <p className="sample-meta">
        {ticket.customer.name}
        {ticket.language ? ` · ${fmt.languageName(ticket.language)}` : ''}
        {ticket.intent ? ` · ${ticket.intent}` : ''}
        {ticket.confidence !== null
          ? ` · ${t('lead.sample.confidence', { value: fmt.percent(ticket.confidence) })}`
          : ''}
        {ticket.csat ? ` · ${t('lead.sample.csat', { score: fmt.number(ticket.csat.score) })}` : ''}
        {' · '}
        <span data-testid="sample-status">{t(`status.${ticket.status}`)}</span>
      </p>
      {review ? (
        <p className={`sample-verdict verdict-${review.verdict}`} data-testid="sample-verdict">
          {review.verdict === 'flag'
            ? t('lead.sample.verdictFlag', { by: review.by, reason: review.reason ?? '' })
            : t('lead.sample.verdictApprove', { by: review.by })}
        </p>
      ) : null}
      <div className="sample-actions">
        <button type="button" data-testid="sample-approve" disabled={busy} onClick={approve}>
          {t('lead.sample.approve')}
        </button>
        <button type="button" data-testid="sample-flag" disabled={busy} onClick={() => ask('flag')}>
          {t('lead.sample.flag')}
        </button>
        <button
          type="button"
          data-testid="sample-reopen"
          disabled={busy || ticket.status !== 'ai_resolved'}
          onClick={() => ask('reopen')}
        >
          {t('lead.sample.reopen')}
        </button>
        <button
          type="button"
          data-testid="sample-add-eval"
          disabled={busy || review?.verdict !== 'flag'}
          onClick={() => void addToEval()}
        >
          {t('lead.sample.addToEval')}
        </button>
      </div>
      {pending ? (
        <form
          className="sample-reason"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <label htmlFor={`${id}-reason`}>
            {pending === 'flag' ? t('lead.sample.flagReason') : t('lead.sample.reopenReason')}
          </label>
          <input
            id={`${id}-reason`}
            ref={reasonBox}
            data-testid="sample-reason"
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setPending(null);
                row.current?.focus();
              }
            }}
          />
          <button type="submit" data-testid="sample-confirm" disabled={busy}>
            {pending === 'flag' ? t('lead.sample.confirmFlag') : t('lead.sample.confirmReopen')}
          </button>
          <button
            type="button"
            onClick={() => {
              setPending(null);
              row.current?.focus();
            }}
          >
            {t('lead.sample.cancel')}
          </button>
        </form>
      ) : null}
      {note ? (
        <p className="sample-note" role="status">
          {note}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleTicketHistory } from '../../../shared/api/console-contract.js';
import { claimedNameOf, wasRefused, type AuditEvent } from '../../../shared/api/ticket-history.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';

type Loaded =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'loaded'; history: ConsoleTicketHistory }
  | { kind: 'failed'; message: string };

/** Who the console said was acting, when that is not the token's name: labelled as the console's word, never as the actor. */
function ClaimedName({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const claimed = claimedNameOf(event);
  if (claimed === null) return null;
  return (
    <span className="history-claimed" data-testid="history-claimed-name">
      <bdi>{t('history.claimedName', { name: claimed })}</bdi>{' '}
    </span>
  );
}

/**
 * The ticket's audit trail from the queue (who did what, when, and why), folded by default: it is
 * fetched when opened and again when the ticket changes while open. Hosts without the method show nothing.
 */
export function TicketHistory({ ticketId, version }: { ticketId: string; version: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<Loaded>({ kind: 'closed' });
  const [attempt, setAttempt] = useState(0);
  const getTicketHistory = api.getTicketHistory;

  useEffect(() => {
    if (!open || !getTicketHistory) return;
    let current = true;
    setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'loading' }));
    void getTicketHistory({ ticketId }).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { kind: 'loaded', history: result.value } : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [open, ticketId, version, attempt, getTicketHistory]);

  useEffect(() => {
    setOpen(false);
    setState({ kind: 'closed' });
  }, [ticketId]);

  if (!getTicketHistory) return null;
  return (
    <section className="panel ticket-history" data-testid="ticket-history" aria-labelledby="ticket-history-title">
      <h3 id="ticket-history-title" className="panel-title">
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls="ticket-history-body"
          data-testid="ticket-history-toggle"
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('history.hide') : t('history.show')}
        </button>
      </h3>
      {open ? (
        <div id="ticket-history-body" aria-live="polite">
          {state.kind === 'loading' || state.kind === 'closed' ? (
            <p className="empty-state">{t('history.loading')}</p>
          ) : null}
          {state.kind === 'failed' ? (
            <p role="alert" data-testid="ticket-history-error">
              {state.message}{' '}
              <button type="button" className="button button-small" onClick={() => setAttempt((n) => n + 1)}>
                {t('history.retry')}
              </button>
            </p>
          ) : null}
          {state.kind === 'loaded' ? (
            <>
              {state.history.fromCache ? (
                <p className="hint">{t('history.fromCache', { time: fmt.dateTime(state.history.fetchedAt) })}</p>
              ) : null}
              {state.history.events.length === 0 ? <p className="empty-state">{t('history.empty')}</p> : null}
              <ol className="history-list" data-testid="ticket-history-list">
                {state.history.events.map((event) => (
                  <li
                    key={event.seq}
                    className="history-event"
                    data-testid="history-event"
                    data-action={event.action}
                    data-refused={wasRefused(event)}
                  >
                    <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>{' '}
                    <strong dir="auto" data-testid="history-actor">
                      {event.actor.name}
                    </strong>{' '}
                    <ClaimedName event={event} />
                    <span className="history-action">
                      {t(`history.action.${event.action}`, { defaultValue: event.action })}
                    </span>
                    {wasRefused(event) ? <span className="chip">{t('history.refused')}</span> : null}
                    {event.reason ? (
                      <q className="history-reason" dir="auto">
                        {event.reason}
                      </q>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

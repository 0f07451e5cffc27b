import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookAttempt, WebhookDelivery } from '../../../../shared/api/webhook-contract.js';
import { actionErrorText } from '../../email/action-error.js';
import { useFormat } from '../../format/useFormat.js';
import { useController } from '../../state/context.js';
import { moveFocusInList } from '../list-keys.js';
import { useDeliveryLog, type DeliveryOwner } from './useDeliveryLog.js';

/**
 * A webhook's delivery log or a generic channel's reply deliveries, newest first and read again every 10 s: each
 * delivery's state, event, time and attempt count; opened, its attempts (the receiver's status and answer, or why
 * none came) and Redeliver. ↑ ↓ move between the list's buttons, Enter opens one.
 */
export function DeliveryLog(props: { owner: DeliveryOwner; editable: boolean }) {
  const { t } = useTranslation();
  const { deliveries, error, reload } = useDeliveryLog(props.owner);
  const [open, setOpen] = useState<string | null>(null);
  const title = t('webhookId' in props.owner ? 'integrations.log.webhook' : 'integrations.log.channel');
  return (
    <section className="channel-panel delivery-log" aria-label={title} data-testid="delivery-log">
      <h4>{title}</h4>
      {error ? (
        <p className="email-error" data-testid="delivery-log-error">
          {error}
        </p>
      ) : deliveries === null ? (
        <p className="admin-note">{t('integrations.log.unknown')}</p>
      ) : deliveries.length === 0 ? (
        <p className="admin-note" data-testid="delivery-log-empty">
          {t('integrations.log.empty')}
        </p>
      ) : (
        <ul className="delivery-log-items" aria-label={title} onKeyDown={moveFocusInList}>
          {deliveries.map((delivery) => (
            <DeliveryItem
              key={delivery.id}
              delivery={delivery}
              open={open === delivery.id}
              onToggle={() => setOpen(open === delivery.id ? null : delivery.id)}
              editable={props.editable}
              onRedelivered={reload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeliveryItem(props: {
  delivery: WebhookDelivery;
  open: boolean;
  onToggle(): void;
  editable: boolean;
  onRedelivered(): Promise<void>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const [action, setAction] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; text: string }>({
    kind: 'idle',
  });
  const { delivery } = props;
  const detailsId = `delivery-${delivery.id}`;
  const redeliver = async () => {
    if (action.kind === 'busy') return;
    setAction({ kind: 'busy' });
    const answer = await api.redeliverWebhookDelivery({ deliveryId: delivery.id });
    setAction(answer.ok ? { kind: 'done' } : { kind: 'error', text: actionErrorText(t, answer.error) });
    if (answer.ok) await props.onRedelivered();
  };
  return (
    <li data-testid="delivery-log-item" data-state={delivery.state} data-event={delivery.eventType}>
      <button type="button" aria-expanded={props.open} aria-controls={detailsId} onClick={props.onToggle}>
        <span className={`chip chip-hook-${delivery.state}`} data-testid="delivery-log-state">
          {t(`integrations.log.state.${delivery.state}`)}
        </span>{' '}
        <span dir="ltr">{delivery.eventType === 'reply' ? t('integrations.log.reply') : delivery.eventType}</span>
        {' · '}
        {fmt.dateTime(delivery.createdAt)}
        {' · '}
        {t('integrations.log.attempts', { count: delivery.attemptCount })}
      </button>
      {props.open ? (
        <div id={detailsId} className="delivery-log-details" data-testid="delivery-log-details">
          <ol className="delivery-attempts-list">
            {delivery.attempts.map((attempt, index) => (
              <li key={`${attempt.at}-${index}`} data-testid="delivery-log-attempt" data-status={attempt.status ?? ''}>
                {fmt.dateTime(attempt.at)} — <AttemptOutcome attempt={attempt} />
              </li>
            ))}
          </ol>
          {delivery.nextAttemptAt ? (
            <p>{t('integrations.log.next', { at: fmt.dateTime(delivery.nextAttemptAt) })}</p>
          ) : null}
          <button
            type="button"
            className="button button-small"
            disabled={!props.editable}
            aria-disabled={action.kind === 'busy' || undefined}
            data-testid="delivery-log-redeliver"
            onClick={() => void redeliver()}
          >
            {t(action.kind === 'busy' ? 'integrations.log.redelivering' : 'integrations.log.redeliver')}
          </button>
          <span role="status">{action.kind === 'done' ? t('integrations.log.redelivered') : ''}</span>
          {action.kind === 'error' ? (
            <p className="email-error" role="alert">
              {action.text}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** What the receiver answered (status and time, the start of its answer), or why no answer came. */
function AttemptOutcome({ attempt }: { attempt: WebhookAttempt }) {
  const { t } = useTranslation();
  if (attempt.status === null)
    return <span className="email-error">{t('integrations.log.noAnswer', { error: attempt.error ?? '' })}</span>;
  return (
    <>
      {t('integrations.log.answered', { status: attempt.status, ms: attempt.durationMs })}
      {attempt.response ? (
        <>
          {' '}
          {t('integrations.log.response')}{' '}
          <bdi dir="ltr" className="delivery-response">
            {attempt.response}
          </bdi>
        </>
      ) : null}
    </>
  );
}

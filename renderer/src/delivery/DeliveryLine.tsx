import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDelivery } from '../../../shared/domain/ticket.js';
import { Timestamp } from '../components/Timestamp.js';
import { actionErrorText } from '../email/action-error.js';
import { useController } from '../state/context.js';
import { deliveryWording } from './delivery-wording.js';
import './delivery.css';

type Action = { kind: 'idle' } | { kind: 'busy' } | { kind: 'copied' } | { kind: 'error'; text: string };

/**
 * A public reply's delivery, one line for every channel (one model, MessageDelivery): queued, sent (by email: to
 * the address; in the chat: shown to the customer; a generic channel: accepted by its reply URL), or failed with the
 * reason. A failed one offers Retry (the queue sends it again) and Copy (its text, to send it another way).
 */
export function DeliveryLine(props: {
  ticketId: string;
  messageId: string;
  text: string;
  delivery: MessageDelivery;
  /** The ticket's channel (`email`, `chat`, `messaging`). */
  channel: string;
}) {
  const { t } = useTranslation();
  const { api } = useController();
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  const group = useRef<HTMLDivElement>(null);
  const { delivery } = props;
  const failed = delivery.state === 'failed';

  const retry = async () => {
    if (action.kind === 'busy') return;
    setAction({ kind: 'busy' });
    const answer = await api.retryDelivery({ ticketId: props.ticketId, messageId: props.messageId });
    setAction(answer.ok ? { kind: 'idle' } : { kind: 'error', text: actionErrorText(t, answer.error) });
    // Queued again, the reply loses its Retry and Copy buttons: the focus moves to its delivery line, not the page.
    if (answer.ok) group.current?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setAction({ kind: 'copied' });
    } catch {
      setAction({ kind: 'error', text: t('delivery.copyFailed') });
    }
  };

  return (
    <div
      ref={group}
      tabIndex={-1}
      className={`delivery delivery-${delivery.state}`}
      role="group"
      aria-label={t('delivery.label')}
      data-testid="delivery"
      data-state={delivery.state}
    >
      <span className={`chip chip-delivery-${delivery.state}`} data-testid="delivery-state">
        {t(`delivery.${deliveryWording(props.channel)}.${delivery.state}`, { to: delivery.to })}
      </span>{' '}
      <Timestamp className="delivery-time" at={delivery.at} />
      {delivery.attempts > 1 ? (
        <span className="delivery-attempts"> · {t('delivery.attempts', { count: delivery.attempts })}</span>
      ) : null}
      {failed && delivery.reason ? (
        <p className="delivery-reason" data-testid="delivery-reason">
          {t('delivery.reason')} <bdi dir="auto">{delivery.reason}</bdi>
        </p>
      ) : null}
      {failed ? (
        <div className="delivery-actions">
          <button
            type="button"
            className="button button-small"
            data-testid="delivery-retry"
            aria-disabled={action.kind === 'busy' || undefined}
            onClick={() => void retry()}
          >
            {action.kind === 'busy' ? t('delivery.retrying') : t('delivery.retry')}
          </button>
          <button type="button" className="button button-small" data-testid="delivery-copy" onClick={() => void copy()}>
            {t('delivery.copy')}
          </button>
        </div>
      ) : null}
      {action.kind === 'copied' ? (
        <p className="delivery-note" role="status" data-testid="delivery-copied">
          {t('delivery.copied')}
        </p>
      ) : null}
      {action.kind === 'error' ? (
        <p className="email-error" role="alert" data-testid="delivery-error">
          {action.text}
        </p>
      ) : null}
    </div>
  );
}

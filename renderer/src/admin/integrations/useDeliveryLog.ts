import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery } from '../../../../shared/api/webhook-contract.js';
import { actionErrorText } from '../../email/action-error.js';
import { useController } from '../../state/context.js';

/** Whose deliveries: a webhook's events, or a generic channel's replies. */
export type DeliveryOwner = { webhookId: string } | { channelId: string };

/** How often an open delivery log is read again (as the Channels section reads the mailboxes' status). */
export const DELIVERY_LOG_REFRESH_MS = 10_000;

/** How many of the newest deliveries the log shows. */
const LOG_PAGE = 50;

export interface DeliveryLogView {
  /** The newest deliveries, null until the queue answered (offline: never). */
  deliveries: readonly WebhookDelivery[] | null;
  /** Why the log could not be read, when the queue answered with an error (null offline or when read). */
  error: string | null;
  reload(): Promise<void>;
}

/** The owner's delivery log, read now and every DELIVERY_LOG_REFRESH_MS while it is shown. */
export function useDeliveryLog(owner: DeliveryOwner): DeliveryLogView {
  const { t } = useTranslation();
  const { api } = useController();
  const [deliveries, setDeliveries] = useState<readonly WebhookDelivery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const webhookId = 'webhookId' in owner ? owner.webhookId : null;
  const channelId = 'channelId' in owner ? owner.channelId : null;
  const reload = useCallback(async () => {
    const answer =
      webhookId !== null
        ? await api.listWebhookDeliveries({ webhookId, limit: LOG_PAGE })
        : await api.listChannelDeliveries({ channelId: channelId ?? '', limit: LOG_PAGE });
    if (answer.ok) setDeliveries(answer.value.deliveries);
    setError(answer.ok || answer.error.code === 'needs_network' ? null : actionErrorText(t, answer.error));
  }, [api, t, webhookId, channelId]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), DELIVERY_LOG_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { deliveries, error, reload };
}

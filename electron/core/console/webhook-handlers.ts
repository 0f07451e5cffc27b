import { fail, ok, type Result } from '../../../shared/result.js';
import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { queueRefusalOf } from '../../../lib/queue-client/queue-refusal.js';
import type { HandlerGroup } from './handler-table.js';
import { askQueue } from './queue-call.js';

/** What the widget, webhook and generic channel methods ask of the queue. */
export type WebhookQueue = Pick<
  QueueClient,
  'url' | 'createSigningSecret' | 'signingSecretStatuses' | 'deliveryLog' | 'redeliver'
>;

export interface WebhookHandlersOptions {
  /** The queue; without one every method answers not_supported (getQueueAddress: url null). */
  queue?: WebhookQueue;
  /** The tenant of the console's token, null until known. */
  tenantId: () => string | null;
}

const NEEDS_QUEUE = {
  secret:
    'Signing secrets are made and kept by the central queue, which cannot be reached now; try again once the console is online.',
  log: 'The delivery log is kept by the central queue, which cannot be reached now; it is shown again once the console is online.',
} as const;

/**
 * The admin screen's widget, webhook and generic channel methods: signing secrets (made on the queue, shown once),
 * the delivery logs and a redelivery, and the queue's address for the script tag and the inbound URL.
 */
export function webhookHandlers({ queue, tenantId }: WebhookHandlersOptions) {
  const ask = askQueue(queue);
  /** A 404 is the queue's "no such setting or delivery" (another tenant's looks the same). */
  const notFoundSaid = <T>(answer: Result<T>): Result<T> =>
    !answer.ok && queueRefusalOf(answer.error.details).status === 404
      ? fail('not_found', answer.error.message)
      : answer;

  return {
    getQueueAddress: async () => ok({ url: queue?.url ?? null, tenantId: tenantId() }),

    issueSigningSecret: (input) =>
      ask(NEEDS_QUEUE.secret, async (queue) => notFoundSaid(await queue.createSigningSecret(input.kind, input.id))),

    signingSecretDates: () => ask(NEEDS_QUEUE.secret, (queue) => queue.signingSecretStatuses()),

    listWebhookDeliveries: ({ webhookId, ...page }) =>
      ask(NEEDS_QUEUE.log, async (queue) => notFoundSaid(await queue.deliveryLog({ webhookId }, page))),

    listChannelDeliveries: ({ channelId, ...page }) =>
      ask(NEEDS_QUEUE.log, async (queue) => notFoundSaid(await queue.deliveryLog({ channelId }, page))),

    redeliverWebhookDelivery: (input) =>
      ask(NEEDS_QUEUE.log, async (queue) => notFoundSaid(await queue.redeliver(input.deliveryId))),
  } satisfies HandlerGroup;
}

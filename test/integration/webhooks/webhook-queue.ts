import type { StartTestQueueOptions, TestQueue } from '../../helpers/queue-server.js';
import { WebhookDeliveryWorker, type DeliveryWorkerTiming } from '../../../server/webhooks/delivery-worker.js';
import type { QueueEngine } from '../queue/engines.js';
import { testSecrets } from './webhook-fixtures.js';

/**
 * Seconds, not hours: retries 40 ms doubling to 160 ms, attempts of 2.5 s at most (300 ms, then 1 s, let the loaded CI
 * machine, unit and browser tests side by side, turn the receiver's scripted 500 into a timeout).
 */
export const FAST_TIMING: Partial<DeliveryWorkerTiming> = {
  pollMs: 50,
  wakeGapMs: 10,
  leaseMs: 5_000,
  timeoutMs: 2_500,
  schedule: { firstRetryMs: 40, maxRetryMs: 160, windowMs: 60_000 },
};

export interface WebhookQueue {
  queue: TestQueue;
  worker: WebhookDeliveryWorker;
  secrets: ReturnType<typeof testSecrets>;
  close(): Promise<void>;
}

/** A test queue with a delivery worker in its process, woken by the app's changes like `npm run queue`'s. */
export async function startWebhookQueue(
  engine: QueueEngine,
  timing: Partial<DeliveryWorkerTiming> = FAST_TIMING,
  options: StartTestQueueOptions = {},
): Promise<WebhookQueue> {
  const secrets = testSecrets();
  let worker: WebhookDeliveryWorker | null = null;
  const queue = await engine.start({
    ...options,
    app: { ...options.app, secrets, webhookDeliveries: { wake: () => worker?.wake() } },
  });
  const started = new WebhookDeliveryWorker({
    store: queue.store,
    secrets,
    onFeedMoved: () => undefined,
    log: () => undefined,
    timing,
    now: queue.clock.now,
  });
  worker = started;
  started.start();
  return {
    queue,
    worker: started,
    secrets,
    async close() {
      await started.stop();
      await queue.close();
    },
  };
}

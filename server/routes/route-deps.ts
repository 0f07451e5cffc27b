import type { ChangeBroadcaster } from '../events.js';
import type { QueueMetrics } from '../metrics.js';
import type { QueueStore } from '../storage/queue-store.js';

/** What every route group gets from buildQueueApp. */
export interface RouteDeps {
  store: QueueStore;
  events: ChangeBroadcaster;
  metrics: QueueMetrics;
  now: () => Date;
  /** The longest lease a worker may take or renew; longer requests are shortened to it. */
  maxLeaseMs: number;
  /** Tells the tenant's event-stream listeners the feed moved. */
  notifyChange: (tenantId: string) => Promise<void>;
}

import type { ChangeBroadcaster } from '../events.js';
import type { QueueMetrics } from '../metrics.js';
import type { PresenceHub } from '../presence/presence-hub.js';
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
  /** Who is on which ticket now (issue 19): memory only, shared with the other queue processes on PostgreSQL. */
  presence: PresenceHub;
}

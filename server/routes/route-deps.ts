import type { ChangeBroadcaster } from '../events.js';
import type { QueueStore } from '../storage/queue-store.js';

/** What every route group gets from buildQueueApp. */
export interface RouteDeps {
  store: QueueStore;
  events: ChangeBroadcaster;
  now: () => Date;
  /** Tells the tenant's event-stream listeners the feed moved. */
  notifyChange: (tenantId: string) => Promise<void>;
}

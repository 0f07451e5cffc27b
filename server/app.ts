import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ChangeBroadcaster } from './events.js';
import { installErrorHandling } from './http-errors.js';
import { registerChangesRoutes } from './routes/changes.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerEventRoutes } from './routes/events.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerMutationRoutes } from './routes/mutations.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerTicketRoutes } from './routes/tickets.js';
import type { QueueStore } from './storage/queue-store.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface QueueAppOptions {
  store: QueueStore;
  logger?: FastifyServerOptions['logger'];
  /** The queue's clock (leases, timestamps); tests pass their own. */
  now?: () => Date;
  /** How often the event stream sends `: ping`; 15 s unless a test needs it sooner. */
  pingIntervalMs?: number;
  /** Fan-out of feed changes to event streams; pass one to watch it (tests), else the app makes its own. */
  events?: ChangeBroadcaster;
}

/** The central queue's HTTP app. The caller owns the store and closes it after the app. */
export function buildQueueApp(options: QueueAppOptions): FastifyInstance {
  const app: FastifyInstance = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_BODY_BYTES });
  const events = options.events ?? new ChangeBroadcaster();
  const deps: RouteDeps = {
    store: options.store,
    events,
    now: options.now ?? (() => new Date()),
    notifyChange: async (tenantId) => {
      if (events.listenerCount(tenantId) === 0) return;
      events.publish(tenantId, await options.store.currentCursor(tenantId));
    },
  };

  installErrorHandling(app);
  registerHealthRoutes(app);
  registerTicketRoutes(app, deps);
  registerChangesRoutes(app, deps);
  registerMutationRoutes(app, deps);
  registerClaimRoutes(app, deps);
  registerEventRoutes(app, deps, { pingIntervalMs: options.pingIntervalMs ?? 15_000 });
  return app;
}

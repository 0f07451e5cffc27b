import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ChangeBroadcaster } from './events.js';
import { HttpError, installErrorHandling } from './http-errors.js';
import { QueueMetrics } from './metrics.js';
import { registerChangesRoutes } from './routes/changes.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerEventRoutes } from './routes/events.js';
import { registerHistoryRoutes } from './routes/history.js';
import { registerMutationRoutes } from './routes/mutations.js';
import { registerOperationsRoutes } from './routes/operations.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerRuleRoutes } from './routes/rules.js';
import { registerStatsRoutes } from './routes/stats.js';
import { registerWhoAmIRoute } from './routes/whoami.js';
import { registerTicketRoutes } from './routes/tickets.js';
import type { QueueStore } from './storage/queue-store.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** The longest lease a claim may hold unless the queue is started with another cap. */
export const DEFAULT_MAX_LEASE_MS = 600_000;

export interface QueueAppOptions {
  store: QueueStore;
  logger?: FastifyServerOptions['logger'];
  /** The queue's clock (leases, timestamps); tests pass their own. */
  now?: () => Date;
  /** How often the event stream sends `: ping`; 15 s unless a test needs it sooner. */
  pingIntervalMs?: number;
  /** Fan-out of feed changes to event streams; pass one to watch it (tests), else the app makes its own. */
  events?: ChangeBroadcaster;
  /** Claims and renewals asking for a longer lease get this one (operators keep crashed workers' tickets from waiting long). */
  maxLeaseMs?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The central queue's HTTP app. The caller owns the store and closes it after the app. */
export function buildQueueApp(options: QueueAppOptions): FastifyInstance {
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    // No log line per request (the event stream and the consoles' polls would drown the log).
    logController: new LogController({ disableRequestLogging: true }),
  });
  const events = options.events ?? new ChangeBroadcaster();
  const metrics = new QueueMetrics(options.store);
  const deps: RouteDeps = {
    store: options.store,
    events,
    metrics,
    now: options.now ?? (() => new Date()),
    maxLeaseMs: options.maxLeaseMs ?? DEFAULT_MAX_LEASE_MS,
    notifyChange: async (tenantId) => {
      if (events.listenerCount(tenantId) === 0) return;
      events.publish(tenantId, await options.store.currentCursor(tenantId));
    },
  };

  // JSON bodies must be valid UTF-8: Node's default decoding would quietly store U+FFFD instead.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new HttpError(400, 'invalid_utf8', 'The request body is not valid UTF-8; send JSON encoded as UTF-8.'), undefined);
      return;
    }
    if (text.trim() === '') {
      done(new HttpError(400, 'invalid_json', 'The request body is empty but its content type is JSON.'), undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new HttpError(400, 'invalid_json', `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`), undefined);
    }
  });

  installErrorHandling(app);
  registerOperationsRoutes(app, options.store, metrics);
  registerTicketRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerChangesRoutes(app, deps);
  registerMutationRoutes(app, deps);
  registerClaimRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerWhoAmIRoute(app, deps);
  registerRuleRoutes(app, deps);
  registerEventRoutes(app, deps, { pingIntervalMs: options.pingIntervalMs ?? 15_000 });
  return app;
}

import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { EventStreams } from './event-stream.js';
import type { RouteDeps } from './route-deps.js';

export interface EventStreamOptions {
  pingIntervalMs: number;
}

/**
 * `GET /v1/events`: server-sent events. Sends the tenant's current cursor on connect and again
 * whenever its feed moves; a `: ping` comment keeps proxies from closing an idle stream.
 */
export function registerEventRoutes(app: FastifyInstance, deps: RouteDeps, options: EventStreamOptions): void {
  const streams = new EventStreams(app, options.pingIntervalMs);

  // No automatic HEAD route: the stream is written to the socket by hand, and a HEAD answer would never end.
  app.get(
    ENDPOINTS.events.path,
    { exposeHeadRoute: false, ...guard(deps.store, ENDPOINTS.events) },
    async (request, reply) => {
      const { tenantId } = callerOf(request);
      const stream = streams.start(request, reply);
      const sendCursor = (cursor: number): void => stream.send('change', { cursor });
      stream.onEnd(deps.events.subscribe(tenantId, sendCursor));
      sendCursor(await deps.store.currentCursor(tenantId));
    },
  );
}

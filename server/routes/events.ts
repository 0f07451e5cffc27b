import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import type { RouteDeps } from './route-deps.js';

export interface EventStreamOptions {
  pingIntervalMs: number;
}

/**
 * `GET /v1/events`: server-sent events. Sends the tenant's current cursor on connect and again
 * whenever its feed moves; a `: ping` comment keeps proxies from closing an idle stream.
 */
export function registerEventRoutes(app: FastifyInstance, deps: RouteDeps, options: EventStreamOptions): void {
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  // No automatic HEAD route: the stream is written to the socket by hand, and a HEAD answer would never end.
  app.get(
    ENDPOINTS.events.path,
    { exposeHeadRoute: false, ...guard(deps.store, ENDPOINTS.events) },
    async (request, reply) => {
      const { tenantId } = callerOf(request);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const write = (chunk: string): void => {
        if (!raw.destroyed && !raw.writableEnded) raw.write(chunk);
      };
      const sendCursor = (cursor: number): void => write(`event: change\ndata: ${JSON.stringify({ cursor })}\n\n`);

      const unsubscribe = deps.events.subscribe(tenantId, sendCursor);
      const ping = setInterval(() => write(': ping\n\n'), options.pingIntervalMs);
      const end = (): void => {
        clearInterval(ping);
        unsubscribe();
        openStreams.delete(end);
        if (!raw.writableEnded) raw.end();
      };
      openStreams.add(end);
      request.raw.on('close', end);
      raw.on('close', end);

      sendCursor(await deps.store.currentCursor(tenantId));
    },
  );
}

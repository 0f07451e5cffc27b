import type { FastifyInstance } from 'fastify';
import type { QueueMetrics } from '../metrics.js';
import type { QueueStore } from '../storage/queue-store.js';

/** Unauthenticated operations endpoints: liveness with a store round trip, and Prometheus metrics. */
export function registerOperationsRoutes(app: FastifyInstance, store: QueueStore, metrics: QueueMetrics): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await store.getTenant('__healthz__');
      return { ok: true };
    } catch (error) {
      return reply.status(503).send({ ok: false, error: { code: 'store_unavailable', message: error instanceof Error ? error.message : String(error) } });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    const body = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(body);
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}

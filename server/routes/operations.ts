import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../auth/authenticate.js';
import { HttpError } from '../http-errors.js';
import type { QueueMetrics } from '../metrics.js';
import type { QueueStore } from '../storage/queue-store.js';

/**
 * Operations endpoints: liveness with a store round trip (no token), and Prometheus metrics, which
 * list every tenant and so need the operator's metrics token (no tenant token will do); without one
 * configured the queue serves no metrics.
 */
export function registerOperationsRoutes(
  app: FastifyInstance,
  store: QueueStore,
  metrics: QueueMetrics,
  metricsToken: string | null,
): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await store.getTenant('__healthz__');
      return { ok: true };
    } catch (error) {
      return reply.status(503).send({
        ok: false,
        error: { code: 'store_unavailable', message: error instanceof Error ? error.message : String(error) },
      });
    }
  });

  const isMetricsToken = metricsToken === null ? null : sameSecret(metricsToken);
  app.get('/metrics', async (request, reply) => {
    if (isMetricsToken === null) {
      throw new HttpError(
        404,
        'metrics_disabled',
        'This queue serves no metrics: start it with --metrics-token-file FILE (or SWITCHBOARD_METRICS_TOKEN) and scrape with "Authorization: Bearer <that token>".',
      );
    }
    if (!isMetricsToken(bearerToken(request.headers.authorization) ?? '')) {
      throw new HttpError(
        401,
        'unauthorized',
        'Send the queue\'s metrics token (the one in its --metrics-token-file): "Authorization: Bearer <metrics token>".',
      );
    }
    const body = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(body);
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}

/** Compares a presented secret with the expected one in constant time (over their SHA-256, so lengths do not show). */
function sameSecret(expected: string): (presented: string) => boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const want = digest(expected);
  return (presented) => timingSafeEqual(digest(presented), want);
}

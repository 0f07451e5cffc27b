import type { FastifyInstance } from 'fastify';
import type { QueueStats } from '../../shared/api/queue-contract.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { buildOpenApiDocument } from '../openapi-document.js';
import type { RouteDeps } from './route-deps.js';

export function registerStatsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get(ENDPOINTS.stats.path, guard(deps.store, ENDPOINTS.stats), async (request): Promise<QueueStats> => {
    const { tenantId } = callerOf(request);
    const stats = await deps.store.stats(tenantId);
    return { ...stats, queueDepth: stats.tickets.new };
  });

  app.get(ENDPOINTS.queues.path, guard(deps.store, ENDPOINTS.queues), async (request) => {
    const { tenantId } = callerOf(request);
    return { queues: await deps.store.listOwnerQueues(tenantId) };
  });

  // Built at its first request, not at every start: about a tenth of a second of CPU that most queues (each test's
  // own, a demo's) never serve.
  let document: Record<string, unknown> | undefined;
  app.get(ENDPOINTS.openapi.path, async () => (document ??= buildOpenApiDocument()));
}

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

  const document = buildOpenApiDocument();
  app.get(ENDPOINTS.openapi.path, async () => document);
}

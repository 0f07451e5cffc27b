import type { FastifyInstance } from 'fastify';
import { ChangesQuerySchema } from '../../shared/api/queue-contract.js';
import { ANY_ROLE, callerOf, requireRole } from '../auth/authenticate.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

export function registerChangesRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/v1/changes', { onRequest: requireRole(deps.store, ANY_ROLE) }, async (request) => {
    const { tenantId } = callerOf(request);
    const query = parseInput(ChangesQuerySchema, request.query, 'query');
    return deps.store.changes(tenantId, query);
  });
}

import type { FastifyInstance } from 'fastify';
import { PushRequestSchema } from '../../shared/api/mutations.js';
import { ANY_ROLE, callerOf, requireRole } from '../auth/authenticate.js';
import { roleGate } from '../auth/mutation-roles.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

export function registerMutationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/mutations', { onRequest: requireRole(deps.store, ANY_ROLE) }, async (request) => {
    const { tenantId, role } = callerOf(request);
    const push = parseInput(PushRequestSchema, request.body, 'push');
    const response = await deps.store.applyMutations({
      tenantId,
      clientId: push.clientId,
      mutations: push.mutations,
      gate: roleGate(role),
      now: deps.now(),
    });
    if (response.results.some((result) => result.status === 'applied')) await deps.notifyChange(tenantId);
    return response;
  });
}

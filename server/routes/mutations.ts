import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { roleGate } from '../auth/mutation-roles.js';
import { parseInput } from '../validation.js';
import { answeringPushRefusals } from './push-refusal-errors.js';
import type { RouteDeps } from './route-deps.js';

export function registerMutationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post(ENDPOINTS.mutations.path, guard(deps.store, ENDPOINTS.mutations), async (request) => {
    const { tenantId, role, principal } = callerOf(request);
    const push = parseInput(ENDPOINTS.mutations.body, request.body, 'push');
    const response = await answeringPushRefusals(() =>
      deps.store.applyMutations({
        tenantId,
        clientId: push.clientId,
        principal,
        actor: actorOf(request),
        mutations: push.mutations,
        gate: roleGate(role),
        now: deps.now(),
      }),
    );
    for (const result of response.results) deps.metrics.decisions.inc({ tenant: tenantId, status: result.status });
    if (response.results.some((result) => result.status === 'applied')) await deps.notifyChange(tenantId);
    return response;
  });
}

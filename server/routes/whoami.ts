import type { FastifyInstance } from 'fastify';
import type { WhoAmI } from '../../shared/api/whoami.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import type { RouteDeps } from './route-deps.js';

/** Lets a console learn who its credential is (its person, and the role: a lead's console shows the lead screens). */
export function registerWhoAmIRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.get(ENDPOINTS.whoami.path, guard(deps.store, ENDPOINTS.whoami), async (request): Promise<WhoAmI> => {
    const { tenantId, role, name, userId } = callerOf(request);
    const user = userId === null ? null : await deps.store.identity.getUser(tenantId, userId);
    return { tenantId, role, name, userId, email: user?.email ?? null };
  });
}

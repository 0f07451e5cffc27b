import type { FastifyInstance } from 'fastify';
import type { People } from '../../shared/api/people-contract.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { colleaguesOf } from '../domain/people.js';
import type { RouteDeps } from './route-deps.js';

/** The tenant's people for `@` mentions (shared/api/people-contract.ts): every console role reads them. */
export function registerPeopleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;
  app.get(ENDPOINTS.listPeople.path, guard(store, ENDPOINTS.listPeople), async (request): Promise<People> => {
    return { people: colleaguesOf(await store.identity.listUsers(callerOf(request).tenantId)) };
  });
}

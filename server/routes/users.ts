import type { FastifyInstance } from 'fastify';
import type { User, Users } from '../../shared/api/identity-contract.js';
import { ENDPOINTS, UserParamsSchema } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { addUser, changeUser } from '../auth/user-admin.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The tenant's people (shared/api/identity-contract.ts): leads and admins list them, admins add and change them, and a
 * lead disables or enables an agent (shared/api/user-rights.ts).
 */
export function registerUserRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.get(ENDPOINTS.listUsers.path, guard(store, ENDPOINTS.listUsers), async (request): Promise<Users> => {
    return { users: await store.identity.listUsers(callerOf(request).tenantId) };
  });

  app.post(ENDPOINTS.createUser.path, guard(store, ENDPOINTS.createUser), async (request, reply) => {
    const input = parseInput(ENDPOINTS.createUser.body, request.body, 'user');
    const user = await addUser(store, callerOf(request).tenantId, input, actorOf(request), deps.now());
    return reply.status(201).send(user satisfies User);
  });

  app.patch(ENDPOINTS.updateUser.path, guard(store, ENDPOINTS.updateUser), async (request): Promise<User> => {
    const caller = callerOf(request);
    const { id } = parseInput(UserParamsSchema, request.params, 'user id');
    const patch = parseInput(ENDPOINTS.updateUser.body, request.body, 'change of a user');
    return changeUser(store, caller.tenantId, id, patch, {
      actor: actorOf(request),
      callerRole: caller.role,
      ...(caller.credential.kind === 'session' ? { keepSessionId: caller.credential.id } : {}),
      now: deps.now(),
    });
  });
}

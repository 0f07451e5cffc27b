import type { FastifyInstance } from 'fastify';
import type { ApiToken, ApiTokens, IssuedApiToken } from '../../shared/api/identity-contract.js';
import { ApiTokenParamsSchema, ENDPOINTS } from '../api-spec.js';
import { issueApiToken, revokeApiToken, rotateApiToken } from '../auth/api-token-admin.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/** API tokens for machines (admins): list, create, rotate and revoke; a secret is answered once and never cached. */
export function registerApiTokenRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.get(ENDPOINTS.listApiTokens.path, guard(store, ENDPOINTS.listApiTokens), async (request): Promise<ApiTokens> => {
    return { tokens: await store.identity.listApiTokens(callerOf(request).tenantId) };
  });

  app.post(ENDPOINTS.createApiToken.path, guard(store, ENDPOINTS.createApiToken), async (request, reply) => {
    const input = parseInput(ENDPOINTS.createApiToken.body, request.body, 'API token');
    const issued = await issueApiToken(store, callerOf(request).tenantId, input, actorOf(request), deps.now());
    return reply
      .status(201)
      .header('cache-control', 'no-store')
      .send(issued satisfies IssuedApiToken);
  });

  app.post(ENDPOINTS.rotateApiToken.path, guard(store, ENDPOINTS.rotateApiToken), async (request, reply) => {
    const { id } = parseInput(ApiTokenParamsSchema, request.params, 'token id');
    const issued = await rotateApiToken(store, callerOf(request).tenantId, id, actorOf(request), deps.now());
    return reply.header('cache-control', 'no-store').send(issued satisfies IssuedApiToken);
  });

  app.delete(
    ENDPOINTS.revokeApiToken.path,
    guard(store, ENDPOINTS.revokeApiToken),
    async (request): Promise<ApiToken> => {
      const { id } = parseInput(ApiTokenParamsSchema, request.params, 'token id');
      return revokeApiToken(store, callerOf(request).tenantId, id, actorOf(request), deps.now());
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { PresenceAnswer } from '../../shared/api/presence-contract.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { consoleIdOf } from '../presence/console-header.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/**
 * `POST /v1/presence`: the caller's person views a ticket, types a reply on it, or left it. Who it is comes from the
 * credential (its principal and name), never from the body. Held in memory only (deps.presence): no store, no audit.
 * The ticket is not looked up (a heartbeat every few seconds per console costs no database read); a presence on an id
 * the tenant has no ticket under is seen by the tenant's own consoles only, and bounded per person like any other.
 */
export function registerPresenceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const endpoint = ENDPOINTS.presence;
  app.post(endpoint.path, guard(deps.store, endpoint), async (request): Promise<PresenceAnswer> => {
    const { tenantId, principal, name } = callerOf(request);
    const update = parseInput(endpoint.body, request.body, 'presence');
    const consoleId = consoleIdOf(request);
    const entry = deps.presence.say(tenantId, { ...update, principal, name }, consoleId);
    return { principal: entry.principal, until: entry.until };
  });
}

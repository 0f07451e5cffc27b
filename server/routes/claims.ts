import type { FastifyInstance } from 'fastify';
import { ENDPOINTS, RenewParamsSchema } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { HttpError, notFound } from '../http-errors.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

export function registerClaimRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, metrics } = deps;

  app.post(ENDPOINTS.claim.path, guard(store, ENDPOINTS.claim), async (request) => {
    const { tenantId } = callerOf(request);
    const claim = parseInput(ENDPOINTS.claim.body, request.body, 'claim request');
    const claimed = await store.claimTickets({
      tenantId,
      ...claim,
      leaseMs: Math.min(claim.leaseMs, deps.maxLeaseMs),
      now: deps.now(),
    });
    metrics.claims.inc({ tenant: tenantId }, claimed.length);
    const takenOver = claimed.filter((entry) => entry.previousHolder !== null).length;
    if (takenOver > 0) metrics.leaseExpiries.inc({ tenant: tenantId }, takenOver);
    return { claims: claimed.map(({ ticket, messages, leaseUntil }) => ({ ticket, messages, leaseUntil })) };
  });

  app.post(ENDPOINTS.renewClaim.path, guard(store, ENDPOINTS.renewClaim), async (request) => {
    const { tenantId } = callerOf(request);
    const { ticketId } = parseInput(RenewParamsSchema, request.params, 'ticket id');
    const renew = parseInput(ENDPOINTS.renewClaim.body, request.body, 'renew request');
    const result = await store.renewClaim({
      tenantId,
      ticketId,
      ...renew,
      leaseMs: Math.min(renew.leaseMs, deps.maxLeaseMs),
      now: deps.now(),
    });
    switch (result.status) {
      case 'renewed':
        return { leaseUntil: result.leaseUntil };
      case 'not_found':
        throw notFound(`Ticket ${ticketId} does not exist.`);
      case 'lost':
        throw new HttpError(
          409,
          'lease_lost',
          `Worker ${renew.workerId} no longer holds a live claim on ticket ${ticketId}.`,
        );
    }
  });
}

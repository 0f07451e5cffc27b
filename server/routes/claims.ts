import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ClaimRequestSchema } from '../../shared/api/queue-contract.js';
import { callerOf, requireRole } from '../auth/authenticate.js';
import { HttpError, notFound } from '../http-errors.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

const CLAIM_ROLES = ['autopilot', 'admin'] as const;
const RenewParamsSchema = z.strictObject({ ticketId: z.string().min(1).max(100) });
const RenewRequestSchema = ClaimRequestSchema.pick({ workerId: true, leaseMs: true });

export function registerClaimRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.post('/v1/claims', { onRequest: requireRole(store, CLAIM_ROLES) }, async (request) => {
    const { tenantId } = callerOf(request);
    const claim = parseInput(ClaimRequestSchema, request.body, 'claim request');
    return { claims: await store.claimTickets({ tenantId, ...claim, now: deps.now() }) };
  });

  app.post('/v1/claims/:ticketId/renew', { onRequest: requireRole(store, CLAIM_ROLES) }, async (request) => {
    const { tenantId } = callerOf(request);
    const { ticketId } = parseInput(RenewParamsSchema, request.params, 'ticket id');
    const renew = parseInput(RenewRequestSchema, request.body, 'renew request');
    const result = await store.renewClaim({ tenantId, ticketId, ...renew, now: deps.now() });
    switch (result.status) {
      case 'renewed':
        return { leaseUntil: result.leaseUntil };
      case 'not_found':
        throw notFound(`Ticket ${ticketId} does not exist.`);
      case 'lost':
        throw new HttpError(409, 'lease_lost', `Worker ${renew.workerId} no longer holds a live claim on ticket ${ticketId}.`);
    }
  });
}

import type { FastifyInstance } from 'fastify';
import {
  AiHealthEventSchema,
  AiHealthQuerySchema,
  type AiHealthEvents,
  type AiSpend,
  type StoredAiHealthEvent,
} from '../../shared/api/ai-health-contract.js';
import { budgetMonth } from '../../shared/routing/model-budget.js';
import { AiSpendQuerySchema, ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The AI's month spend and health events (shared/api/ai-health-contract.ts): autopilots post what their checks found
 * (drift, shadow runs), leads and admins read them and the month's spend; the queue decides which need the leads.
 */
export function registerAiHealthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.get(ENDPOINTS.aiSpend.path, guard(store, ENDPOINTS.aiSpend), async (request): Promise<AiSpend> => {
    const { month } = parseInput(AiSpendQuerySchema, request.query, 'spend query');
    return store.aiHealth.monthSpend(callerOf(request).tenantId, month ?? budgetMonth(deps.now()));
  });

  app.post(ENDPOINTS.postAiHealth.path, guard(store, ENDPOINTS.postAiHealth), async (request, reply) => {
    const event = parseInput(AiHealthEventSchema, request.body, 'AI health event');
    const stored: StoredAiHealthEvent = await store.aiHealth.recordHealthEvent(
      callerOf(request).tenantId,
      event,
      deps.now(),
    );
    return reply.status(ENDPOINTS.postAiHealth.status).send(stored);
  });

  app.get(ENDPOINTS.aiHealth.path, guard(store, ENDPOINTS.aiHealth), async (request): Promise<AiHealthEvents> => {
    const { since, kind, limit } = parseInput(AiHealthQuerySchema, request.query, 'AI health query');
    const events = await store.aiHealth.healthEvents(callerOf(request).tenantId, {
      since: since === undefined ? null : new Date(since).toISOString(),
      kind: kind ?? null,
      limit,
    });
    return { events };
  });
}

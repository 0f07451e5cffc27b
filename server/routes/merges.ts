import type { FastifyInstance } from 'fastify';
import type { MergeRecord } from '../../shared/api/merge-contract.js';
import { ENDPOINTS, MergeParamsSchema, TicketParamsSchema } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { MERGE_REFUSAL_STATUS, mergeRefusalMessage } from '../domain/ticket-merge.js';
import { HttpError, notFound } from '../http-errors.js';
import type { MergeOutcome } from '../storage/merge-store.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/** Merging two tickets of a customer and undoing it (shared/api/merge-contract.ts); both move the feed. */
export function registerMergeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.post(ENDPOINTS.mergeTickets.path, guard(store, ENDPOINTS.mergeTickets), async (request) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(TicketParamsSchema, request.params, 'ticket');
    const { into } = parseInput(ENDPOINTS.mergeTickets.body, request.body, 'merge');
    const outcome = await store.merges.mergeTickets({
      tenantId,
      sourceTicketId: id,
      targetTicketId: into,
      actor: actorOf(request),
      now: deps.now(),
    });
    return answer(outcome, tenantId);
  });

  app.post(ENDPOINTS.undoMerge.path, guard(store, ENDPOINTS.undoMerge), async (request) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(MergeParamsSchema, request.params, 'merge');
    return answer(
      await store.merges.undoMerge({ tenantId, mergeId: id, actor: actorOf(request), now: deps.now() }),
      tenantId,
    );
  });

  /** The record, once the tenant's consoles were told the feed moved; a refusal as its status and reason. */
  async function answer(outcome: MergeOutcome, tenantId: string): Promise<MergeRecord> {
    if (outcome.status === 'not_found') throw notFound(`There is no ${outcome.what}.`);
    if (outcome.status === 'refused') {
      const { refusal, sourceTicketId, targetTicketId } = outcome;
      const message = mergeRefusalMessage(refusal, sourceTicketId, targetTicketId);
      throw new HttpError(MERGE_REFUSAL_STATUS[refusal], refusal, message, { reason: refusal });
    }
    await deps.notifyChange(tenantId);
    return outcome.record;
  }
}

import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { HttpError } from '../http-errors.js';
import { parseInput } from '../validation.js';
import { answeringPushRefusals } from './push-refusal-errors.js';
import type { RouteDeps } from './route-deps.js';

export function registerChangesRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get(ENDPOINTS.changes.path, guard(deps.store, ENDPOINTS.changes), async (request) => {
    const { tenantId, principal } = callerOf(request);
    const query = parseInput(ENDPOINTS.changes.query, request.query, 'query');
    // The last mutation id of a client id is answered to the principal the id belongs to only.
    const client = query.clientId === undefined ? undefined : { id: query.clientId, principal };
    const page = await answeringPushRefusals(() =>
      deps.store.changes(tenantId, { since: query.since, limit: query.limit, client }),
    );
    if (page.tickets.length === 0 && page.messages.length === 0 && query.since > 0) {
      // A cursor this queue never handed out (another database, a reset queue): pulling on would silently miss changes.
      const latest = await deps.store.currentCursor(tenantId);
      if (query.since > latest) {
        throw new HttpError(
          400,
          'cursor_out_of_range',
          `Cursor ${query.since} is beyond this queue's latest change (${latest}); pull again from since=0.`,
        );
      }
    }
    return page;
  });
}

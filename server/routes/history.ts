import type { FastifyInstance } from 'fastify';
import type { TicketHistory } from '../../shared/api/ticket-history.js';
import { ENDPOINTS, TicketParamsSchema } from '../api-spec.js';
import type { AuditRecord } from '../audit/audit-chain.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { notFound } from '../http-errors.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/** `GET /v1/tickets/:id/history`: any role of the ticket's tenant; 404 for other tenants, as for the ticket itself. */
export function registerHistoryRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get(
    ENDPOINTS.ticketHistory.path,
    guard(deps.store, ENDPOINTS.ticketHistory),
    async (request): Promise<TicketHistory> => {
      const { tenantId } = callerOf(request);
      const { id } = parseInput(TicketParamsSchema, request.params, 'ticket id');
      const records = await deps.store.ticketHistory(tenantId, id);
      if (!records) throw notFound(`Ticket ${id} does not exist.`);
      return { ticketId: id, events: records.map(auditEventOf) };
    },
  );
}

function auditEventOf(record: AuditRecord): TicketHistory['events'][number] {
  const inputs: unknown = JSON.parse(record.inputsJson);
  return {
    seq: record.seq,
    actor: {
      name: record.actorName,
      role: record.actorRole,
      clientId: record.actorClientId,
      userId: record.actorUserId,
    },
    at: record.at,
    action: record.action,
    inputs:
      inputs !== null && typeof inputs === 'object' && !Array.isArray(inputs)
        ? (inputs as Record<string, unknown>)
        : { value: inputs },
    reason: record.reason,
  };
}

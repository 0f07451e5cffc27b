import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CustomerReplySchema, TicketIntakeSchema } from '../../shared/api/queue-contract.js';
import { TicketStatusSchema } from '../../shared/domain/ticket.js';
import { ANY_ROLE, callerOf, requireRole } from '../auth/authenticate.js';
import { notFound } from '../http-errors.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

const TicketParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
const IdempotencyKeySchema = z.string().trim().min(1).max(200).optional();
const ListTicketsQuerySchema = z.strictObject({
  status: TicketStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export function registerTicketRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.post('/v1/tickets', { onRequest: requireRole(store, ['admin']) }, async (request, reply) => {
    const { tenantId } = callerOf(request);
    const idempotencyKey = parseInput(IdempotencyKeySchema, request.headers['idempotency-key'], 'Idempotency-Key header') ?? null;
    const intake = parseInput(TicketIntakeSchema, request.body, 'ticket');
    const result = await store.intakeTicket({ tenantId, ...intake, idempotencyKey, now: deps.now() });
    if (result.created) await deps.notifyChange(tenantId);
    return reply.status(result.created ? 201 : 200).send({ ticket: result.ticket, messages: result.messages });
  });

  app.post('/v1/tickets/:id/messages', { onRequest: requireRole(store, ['admin']) }, async (request, reply) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(TicketParamsSchema, request.params, 'ticket id');
    const { text } = parseInput(CustomerReplySchema, request.body, 'customer reply');
    const result = await store.appendCustomerReply({ tenantId, ticketId: id, text, now: deps.now() });
    if (!result) throw notFound(`Ticket ${id} does not exist.`);
    await deps.notifyChange(tenantId);
    return reply.status(201).send(result);
  });

  app.get('/v1/tickets/:id', { onRequest: requireRole(store, ANY_ROLE) }, async (request) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(TicketParamsSchema, request.params, 'ticket id');
    const result = await store.getTicket(tenantId, id);
    if (!result) throw notFound(`Ticket ${id} does not exist.`);
    return result;
  });

  app.get('/v1/tickets', { onRequest: requireRole(store, ANY_ROLE) }, async (request) => {
    const { tenantId } = callerOf(request);
    const query = parseInput(ListTicketsQuerySchema, request.query, 'query');
    return { tickets: await store.listTickets(tenantId, query) };
  });
}

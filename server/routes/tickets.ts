import type { FastifyInstance } from 'fastify';
import { ENDPOINTS, IdempotencyKeySchema, ListTicketsQuerySchema, TicketParamsSchema } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { HttpError, notFound } from '../http-errors.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

export function registerTicketRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, metrics } = deps;

  app.post(ENDPOINTS.intake.path, guard(store, ENDPOINTS.intake), async (request, reply) => {
    const { tenantId } = callerOf(request);
    const idempotencyKey =
      parseInput(IdempotencyKeySchema, request.headers['idempotency-key'], 'Idempotency-Key header') ?? null;
    const intake = parseInput(ENDPOINTS.intake.body, request.body, 'ticket');
    const result = await store.intakeTicket({
      tenantId,
      ...intake,
      idempotencyKey,
      now: deps.now(),
      actor: actorOf(request),
    });
    if (result.created) {
      metrics.ticketsIntaken.inc({ tenant: tenantId });
      await deps.notifyChange(tenantId);
    }
    return reply.status(result.created ? 201 : 200).send({ ticket: result.ticket, messages: result.messages });
  });

  app.post(ENDPOINTS.intakeBatch.path, guard(store, ENDPOINTS.intakeBatch), async (request) => {
    const { tenantId } = callerOf(request);
    const { tickets } = parseInput(ENDPOINTS.intakeBatch.body, request.body, 'ticket batch');
    const now = deps.now();
    const results = await store.intakeBatch(
      tickets.map(({ idempotencyKey, ...intake }) => ({
        tenantId,
        ...intake,
        idempotencyKey: idempotencyKey ?? null,
        now,
        actor: actorOf(request),
      })),
    );
    const created = results.filter((result) => result.created).length;
    if (created > 0) {
      metrics.ticketsIntaken.inc({ tenant: tenantId }, created);
      await deps.notifyChange(tenantId);
    }
    return {
      results: results.map((result) => ({
        ticketId: result.ticket.id,
        created: result.created,
        seq: result.ticket.seq,
      })),
    };
  });

  app.post(ENDPOINTS.customerReply.path, guard(store, ENDPOINTS.customerReply), async (request, reply) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(TicketParamsSchema, request.params, 'ticket id');
    const { text } = parseInput(ENDPOINTS.customerReply.body, request.body, 'customer reply');
    const result = await store.appendCustomerReply({
      tenantId,
      ticketId: id,
      text,
      now: deps.now(),
      actor: actorOf(request),
    });
    if (!result) throw notFound(`Ticket ${id} does not exist.`);
    await deps.notifyChange(tenantId);
    return reply.status(201).send(result);
  });

  app.post(ENDPOINTS.rating.path, guard(store, ENDPOINTS.rating), async (request) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(TicketParamsSchema, request.params, 'ticket id');
    const rating = parseInput(ENDPOINTS.rating.body, request.body, 'rating');
    const result = await store.rateTicket({
      tenantId,
      ticketId: id,
      ...rating,
      now: deps.now(),
      actor: actorOf(request),
    });
    if (result.status === 'not_found') throw notFound(`Ticket ${id} does not exist.`);
    if (result.status === 'not_closed') {
      throw new HttpError(
        409,
        'ticket_not_closed',
        `Ticket ${id} is ${result.ticket.status}; a customer rates a ticket once it is resolved.`,
      );
    }
    await deps.notifyChange(tenantId);
    return { ticket: result.ticket };
  });

  app.get(ENDPOINTS.getTicket.path, guard(store, ENDPOINTS.getTicket), async (request) => {
    const { tenantId } = callerOf(request);
    const { id } = parseInput(TicketParamsSchema, request.params, 'ticket id');
    const result = await store.getTicket(tenantId, id);
    if (!result) throw notFound(`Ticket ${id} does not exist.`);
    return result;
  });

  app.get(ENDPOINTS.listTickets.path, guard(store, ENDPOINTS.listTickets), async (request) => {
    const { tenantId } = callerOf(request);
    const query = parseInput(ListTicketsQuerySchema, request.query, 'query');
    return { tickets: await store.listTickets(tenantId, query) };
  });
}

import { z } from 'zod';
import { PushRequestSchema, PushResponseSchema } from '../shared/api/mutations.js';
import {
  ChangesQuerySchema,
  ChangesResponseSchema,
  ClaimRequestSchema,
  ClaimResponseSchema,
  CustomerRatingSchema,
  CustomerReplySchema,
  ErrorBodySchema,
  OwnerQueueListSchema,
  QueueStatsSchema,
  RatedTicketSchema,
  RenewClaimRequestSchema,
  RenewClaimResponseSchema,
  TicketBatchIntakeSchema,
  TicketBatchResponseSchema,
  TicketIntakeSchema,
  TicketWithMessagesSchema,
  type Role,
} from '../shared/api/queue-contract.js';
import { WhoAmISchema } from '../shared/api/whoami.js';
import { TicketHistorySchema } from '../shared/api/ticket-history.js';
import { TicketSchema, TicketStatusSchema } from '../shared/domain/ticket.js';
import { SaveRulesDocumentedRequestSchema, StoredRuleSetSchema } from '../shared/rules/rule-set.js';
import { SchemaComponents } from './openapi-schemas.js';

export const ANY_ROLE: readonly Role[] = ['agent', 'lead', 'autopilot', 'admin'];

export const TicketParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
export const RenewParamsSchema = z.strictObject({ ticketId: z.string().min(1).max(100) });
export const IdempotencyKeySchema = z.string().trim().min(1).max(200).optional();
export const ListTicketsQuerySchema = z.strictObject({
  status: TicketStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT';
  /** Fastify's route pattern. */
  path: string;
  summary: string;
  /** Who may call it; null for the public operations endpoints. */
  roles: readonly Role[] | null;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success status and body. */
  status: number;
  response?: z.ZodType;
  /** Not JSON (event stream, Prometheus text). */
  contentType?: string;
}

/**
 * Every endpoint of the queue, with the roles that may call it and the zod schemas that validate it.
 * The routes take their roles from here and /v1/openapi.json is generated from it, so the document
 * cannot drift from what the server enforces.
 */
export const ENDPOINTS = {
  intake: {
    method: 'POST',
    path: '/v1/tickets',
    summary: 'Create a ticket with its first customer message; an Idempotency-Key header makes retries return the same ticket (200) instead of a twin.',
    roles: ['admin'],
    body: TicketIntakeSchema,
    status: 201,
    response: TicketWithMessagesSchema,
  },
  intakeBatch: {
    method: 'POST',
    path: '/v1/tickets/batch',
    summary: 'Create up to 500 tickets in one transaction, each with its own optional idempotency key.',
    roles: ['admin'],
    body: TicketBatchIntakeSchema,
    status: 200,
    response: TicketBatchResponseSchema,
  },
  customerReply: {
    method: 'POST',
    path: '/v1/tickets/:id/messages',
    summary: 'Append a customer reply; reopens the ticket as the tenant rules say.',
    roles: ['admin'],
    params: TicketParamsSchema,
    body: CustomerReplySchema,
    status: 201,
    response: TicketWithMessagesSchema,
  },
  rating: {
    method: 'POST',
    path: '/v1/tickets/:id/rating',
    summary:
      "Record the customer's satisfaction rating (CSAT, 1-5, optional comment) of a resolved or AI-resolved ticket; a later rating replaces it. 409 ticket_not_closed while the ticket is still open.",
    roles: ['admin'],
    params: TicketParamsSchema,
    body: CustomerRatingSchema,
    status: 200,
    response: RatedTicketSchema,
  },
  getTicket: {
    method: 'GET',
    path: '/v1/tickets/:id',
    summary: 'One ticket with its messages.',
    roles: ANY_ROLE,
    params: TicketParamsSchema,
    status: 200,
    response: TicketWithMessagesSchema,
  },
  ticketHistory: {
    method: 'GET',
    path: '/v1/tickets/:id/history',
    summary: "The ticket's audit trail, oldest first: intake, AI decisions, human actions (also refused ones), customer replies and ratings.",
    roles: ANY_ROLE,
    params: TicketParamsSchema,
    status: 200,
    response: TicketHistorySchema,
  },
  listTickets: {
    method: 'GET',
    path: '/v1/tickets',
    summary: "The tenant's tickets, newest change first.",
    roles: ANY_ROLE,
    query: ListTicketsQuerySchema,
    status: 200,
    response: z.strictObject({ tickets: z.array(TicketSchema) }),
  },
  changes: {
    method: 'GET',
    path: '/v1/changes',
    summary: 'The changes feed: tickets and messages with seq > since, and the last mutation id applied for clientId.',
    roles: ANY_ROLE,
    query: ChangesQuerySchema,
    status: 200,
    response: ChangesResponseSchema,
  },
  mutations: {
    method: 'POST',
    path: '/v1/mutations',
    summary: 'Push a batch of mutations, applied in one transaction; each (clientId, id) once. Mutation types a role may not push are rejected per mutation.',
    roles: ANY_ROLE,
    body: PushRequestSchema,
    status: 200,
    response: PushResponseSchema,
  },
  claim: {
    method: 'POST',
    path: '/v1/claims',
    summary: 'Claim up to `limit` new tickets with a lease (capped by the queue).',
    roles: ['autopilot', 'admin'],
    body: ClaimRequestSchema,
    status: 200,
    response: ClaimResponseSchema,
  },
  renewClaim: {
    method: 'POST',
    path: '/v1/claims/:ticketId/renew',
    summary: 'Extend a lease the worker still holds; 409 lease_lost when it does not.',
    roles: ['autopilot', 'admin'],
    params: RenewParamsSchema,
    body: RenewClaimRequestSchema,
    status: 200,
    response: RenewClaimResponseSchema,
  },
  events: {
    method: 'GET',
    path: '/v1/events',
    summary: "Server-sent events: `event: change` with the tenant's feed cursor on connect and whenever the feed moves.",
    roles: ANY_ROLE,
    status: 200,
    contentType: 'text/event-stream',
  },
  stats: {
    method: 'GET',
    path: '/v1/stats',
    summary: 'Counts for team leads: tickets per status, applied AI decisions, queue depth.',
    roles: ['lead', 'admin'],
    status: 200,
    response: QueueStatsSchema,
  },
  queues: {
    method: 'GET',
    path: '/v1/queues',
    summary: "The tenant's owner queues (created with `npm run queue -- queue create`).",
    roles: ANY_ROLE,
    status: 200,
    response: OwnerQueueListSchema,
  },
  getRules: {
    method: 'GET',
    path: '/v1/rules',
    summary: "The tenant's escalation rules in force. Version 0 with rules null: no lead has saved any, engines use the tenant's shipped rules.",
    roles: ANY_ROLE,
    status: 200,
    response: StoredRuleSetSchema,
  },
  saveRules: {
    method: 'PUT',
    path: '/v1/rules',
    summary:
      'Replace the escalation rules with a new version. 400 rules_invalid lists every problem with its rule and field (a catch-all owner is required); 409 rules_conflict when baseVersion is no longer the latest.',
    roles: ['lead', 'admin'],
    body: SaveRulesDocumentedRequestSchema,
    status: 200,
    response: StoredRuleSetSchema,
  },
  whoami: {
    method: 'GET',
    path: '/v1/whoami',
    summary: 'The tenant, role and name of the bearer token: a console shows the lead screens only to lead (and admin) tokens.',
    roles: ANY_ROLE,
    status: 200,
    response: WhoAmISchema,
  },
  openapi: { method: 'GET', path: '/v1/openapi.json', summary: 'This document.', roles: null, status: 200 },
  healthz: { method: 'GET', path: '/healthz', summary: 'Liveness, with a round trip to the store.', roles: null, status: 200 },
  metrics: { method: 'GET', path: '/metrics', summary: 'Prometheus metrics.', roles: null, status: 200, contentType: 'text/plain' },
} as const satisfies Record<string, Endpoint>;

/** What each error status means; every error body is ErrorBody. */
const ERROR_RESPONSES = {
  '400': 'The request is malformed or fails validation; error.code says how (validation_failed, invalid_json, invalid_utf8, invalid_url...) and error.message what to change.',
  '401': 'No token, or one the queue does not know (unauthorized).',
  '403': "The token's role may not call this (forbidden).",
  '404': "No such ticket (or route) in the token's tenant (not_found).",
  '413': 'The request body is too large (body_too_large).',
  '414': 'A path parameter is too long (path_parameter_too_long).',
} as const;
type ErrorStatus = keyof typeof ERROR_RESPONSES;

function parameters(components: SchemaComponents, schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const document = components.convert(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(document.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (document.required ?? []).includes(name),
    schema: property,
  }));
}

function errorStatuses(endpoint: Endpoint): ErrorStatus[] {
  return [
    '400',
    ...(endpoint.roles ? (['401', '403', '404'] as const) : []),
    ...(endpoint.body ? (['413'] as const) : []),
    ...(endpoint.params ? (['414'] as const) : []),
  ];
}

/**
 * The OpenAPI 3.1 document of the whole API, generated from ENDPOINTS. Its schemas are JSON Schema 2020-12
 * (OpenAPI 3.1's own dialect); what zod has to define apart (recursive schemas) is in components.schemas.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const components = new SchemaComponents();
  const errorBody = components.convert(ErrorBodySchema, 'output', 'ErrorBody');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const roles = endpoint.roles;
    const operation: Record<string, unknown> = {
      operationId,
      summary: endpoint.summary,
      description: roles ? `Roles: ${roles.join(', ')}.` : 'No token needed.',
      security: roles ? [{ bearer: [] }] : [],
      'x-roles': roles ?? [],
      parameters: [
        ...parameters(components, endpoint.params, 'path'),
        ...parameters(components, endpoint.query, 'query'),
        ...(endpoint === ENDPOINTS.intake ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: components.convert(IdempotencyKeySchema, 'input') }] : []),
      ],
      responses: {
        [String(endpoint.status)]: {
          description: 'Success',
          ...(endpoint.response
            ? { content: { 'application/json': { schema: components.convert(endpoint.response, 'output') } } }
            : endpoint.contentType
              ? { content: { [endpoint.contentType]: { schema: { type: 'string' } } } }
              : {}),
        },
        ...Object.fromEntries(
          errorStatuses(endpoint).map((status) => [status, { description: ERROR_RESPONSES[status], content: { 'application/json': { schema: errorBody } } }]),
        ),
      },
    };
    if (endpoint.body) operation.requestBody = { required: true, content: { 'application/json': { schema: components.convert(endpoint.body, 'input') } } };
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Switchboard central queue', version: '1' },
    components: {
      schemas: components.schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token bound to one tenant and one role.' } },
    },
    paths,
  };
}

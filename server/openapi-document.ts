import { ErrorBodySchema } from '../shared/api/queue-contract.js';
import { ENDPOINTS, IdempotencyKeySchema, type Endpoint } from './api-spec.js';
import { SchemaComponents } from './openapi-schemas.js';
import type { z } from 'zod';

/** What each error status means; every error body is ErrorBody. */
const ERROR_RESPONSES = {
  '400':
    'The request is malformed or fails validation; error.code says how (validation_failed, invalid_json, invalid_utf8, invalid_url, malformed_request...) and error.message what to change.',
  '401':
    "No token, or not one this endpoint takes (unauthorized); a chat widget's session is missing or expired, or its customer identity does not verify.",
  '403':
    "The token's role may not call this (forbidden), or the chat widget does not allow the page's origin (origin_not_allowed) or is switched off (widget_disabled).",
  '404':
    "Nothing here for this caller: no such ticket in the token's tenant (not_found), or no metrics served (metrics_disabled).",
  '409': 'The request conflicts with what is stored; error.code says how, error.details what is stored now:',
  '413': 'The request body is too large (body_too_large).',
  '414': 'A path parameter is too long (path_parameter_too_long).',
  '422': 'The request is well formed but what it asks cannot be done to what it names; error.code says why:',
  '429':
    'Too many requests from this token, its tenant or this address (rate_limited); retry after Retry-After seconds.',
  '503': 'What the request needs is not there in this queue process; error.code and error.message say what.',
} as const;
type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** Which errors an endpoint can answer: every request is parsed, checked and rate limited; the rest depend on what it takes. */
function errorStatuses(endpoint: Endpoint): ErrorStatus[] {
  return [
    '400',
    ...(endpoint.roles ? (['401', '403', '404'] as const) : []),
    ...(endpoint.metricsToken ? (['401', '404'] as const) : []),
    ...(endpoint.visitor ? (['401', '403', '404'] as const) : []),
    ...(endpoint.body ? (['413'] as const) : []),
    ...(endpoint.conflicts ? (['409'] as const) : []),
    ...(endpoint.params ? (['414'] as const) : []),
    ...(endpoint.unprocessable ? (['422'] as const) : []),
    '429',
    ...(endpoint.unavailable ? (['503'] as const) : []),
  ];
}

function security(endpoint: Endpoint): { description: string; security: Array<Record<string, string[]>> } {
  if (endpoint.roles) return { description: `Roles: ${endpoint.roles.join(', ')}.`, security: [{ tenantToken: [] }] };
  if (endpoint.metricsToken)
    return { description: "The queue's metrics token, not a tenant token.", security: [{ metricsToken: [] }] };
  if (endpoint.visitor === 'session')
    return { description: "The chat visitor's session token, not a tenant token.", security: [{ visitorSession: [] }] };
  return { description: 'No token needed.', security: [] };
}

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

/**
 * The OpenAPI 3.1 document of the whole API (/v1/openapi.json), generated from ENDPOINTS. Its schemas are
 * JSON Schema 2020-12 (OpenAPI 3.1's own dialect); what zod defines apart (recursive schemas) is in
 * components.schemas, with ErrorBody, the body of every error.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const components = new SchemaComponents();
  const errorBody = components.convert(ErrorBodySchema, 'output', 'ErrorBody');
  const errorResponse = (endpoint: Endpoint, status: ErrorStatus) => ({
    description:
      status === '409' || status === '422'
        ? `${ERROR_RESPONSES[status]} ${(status === '409' ? endpoint.conflicts : endpoint.unprocessable)?.join(', ')}.`
        : ERROR_RESPONSES[status],
    ...(status === '429'
      ? {
          headers: {
            'Retry-After': {
              description: 'Seconds to wait before trying again.',
              schema: { type: 'integer', minimum: 1 },
            },
          },
        }
      : {}),
    content: { 'application/json': { schema: errorBody } },
  });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const operation: Record<string, unknown> = {
      operationId,
      summary: endpoint.summary,
      ...security(endpoint),
      'x-roles': endpoint.roles ?? [],
      parameters: [
        ...parameters(components, endpoint.params, 'path'),
        ...parameters(components, endpoint.query, 'query'),
        ...(endpoint === ENDPOINTS.intake
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                schema: components.convert(IdempotencyKeySchema, 'input'),
              },
            ]
          : []),
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
        ...Object.fromEntries(errorStatuses(endpoint).map((status) => [status, errorResponse(endpoint, status)])),
      },
    };
    if (endpoint.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: components.convert(endpoint.body, 'input') } },
      };
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Switchboard central queue', version: '1' },
    components: {
      schemas: components.schemas,
      securitySchemes: {
        tenantToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A token bound to one tenant and one role (npm run queue -- token create).',
        },
        metricsToken: {
          type: 'http',
          scheme: 'bearer',
          description: "The queue operator's metrics token, given to the queue when it starts.",
        },
        visitorSession: {
          type: 'http',
          scheme: 'bearer',
          description: "A chat visitor's session token (vs_…) from POST /v1/widget/:tenantId/sessions.",
        },
      },
    },
    paths,
  };
}

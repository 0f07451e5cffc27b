import { z } from 'zod';
import {
  WIDGET_API_PREFIX,
  WIDGET_LIMITS,
  WIDGET_SCRIPT_PATH,
  WidgetConfigSchema,
  WidgetConversationSchema,
  WidgetMessageRequestSchema,
  WidgetRatingRequestSchema,
  WidgetSessionRequestSchema,
  WidgetSessionSchema,
} from '../../shared/api/widget-contract.js';
import { WidgetKeySchema } from '../../shared/settings/setting-values.js';
import type { Endpoint } from '../api-spec.js';

export const WidgetTenantParamsSchema = z.strictObject({ tenantId: z.string().min(1).max(100) });
export const WidgetConfigQuerySchema = z.strictObject({ key: WidgetKeySchema });

const ORIGIN =
  "The page's Origin must be one of the widget's allowed origins (403 origin_not_allowed otherwise; CORS answers only those).";
const SESSION = `Authorization: Bearer vs_… (the visitor's session token; 401 session_required / session_expired), never a tenant token. ${ORIGIN}`;
const LIMITS = `429 rate_limited with Retry-After past ${WIDGET_LIMITS.requestsPerTenantPerMinute} widget requests a minute per tenant.`;

/** The chat widget's endpoints (shared/api/widget-contract.ts): no tenant token; the page's origin and the visitor's session. */
export const WIDGET_ENDPOINTS = {
  widgetConfig: {
    method: 'GET',
    path: `${WIDGET_API_PREFIX}/:tenantId/config`,
    summary: `The widget's look for the launcher, by tenant and public key (404 widget_not_found, 403 widget_disabled). ${ORIGIN} ${LIMITS}`,
    roles: null,
    visitor: 'origin',
    params: WidgetTenantParamsSchema,
    query: WidgetConfigQuerySchema,
    status: 200,
    response: WidgetConfigSchema,
  },
  widgetSession: {
    method: 'POST',
    path: `${WIDGET_API_PREFIX}/:tenantId/sessions`,
    summary: `Start a visitor's session (201), or resume the one whose token the page kept (200). With identity, the customer id's signature is checked against the widget's identity secret (401 identity_invalid); a widget that requires identity refuses without one (401 identity_required); 503 secret_key_missing when the queue has no secret key to open the identity secret with. ${ORIGIN} ${LIMITS} New sessions: ${WIDGET_LIMITS.sessionsPerAddressPerMinute} a minute per address.`,
    roles: null,
    visitor: 'origin',
    params: WidgetTenantParamsSchema,
    body: WidgetSessionRequestSchema,
    unavailable: true,
    status: 201,
    response: WidgetSessionSchema,
  },
  widgetConversation: {
    method: 'GET',
    path: `${WIDGET_API_PREFIX}/conversation`,
    summary: `The visitor's conversation: their messages and the public replies (never notes or the AI's internals), where it stands and when a person answers. Fetching it marks the replies it shows as sent. ${SESSION}`,
    roles: null,
    visitor: 'session',
    status: 200,
    response: WidgetConversationSchema,
  },
  widgetMessage: {
    method: 'POST',
    path: `${WIDGET_API_PREFIX}/messages`,
    summary: `The visitor's message: a new chat ticket in the widget's queue, or a customer reply on their latest one (201); the same clientMessageId again adds nothing (200). At most ${WIDGET_LIMITS.maxTextLength} characters; ${WIDGET_LIMITS.messagesPerVisitorPerMinute} messages a minute per visitor (429 rate_limited with Retry-After). ${SESSION}`,
    roles: null,
    visitor: 'session',
    body: WidgetMessageRequestSchema,
    status: 201,
    response: WidgetConversationSchema,
  },
  widgetEvents: {
    method: 'GET',
    path: `${WIDGET_API_PREFIX}/events`,
    summary: `Server-sent events: \`event: conversation\` with {"cursor":N} on connect and whenever the visitor's conversation changes; \`: ping\` keeps it open. ${SESSION}`,
    roles: null,
    visitor: 'session',
    status: 200,
    contentType: 'text/event-stream',
  },
  widgetRating: {
    method: 'POST',
    path: `${WIDGET_API_PREFIX}/rating`,
    summary: `The visitor's rating (1-5, optional comment) of their resolved conversation: the ticket's CSAT, as for POST /v1/tickets/:id/rating; 409 ticket_not_closed before it is resolved. ${SESSION}`,
    roles: null,
    visitor: 'session',
    body: WidgetRatingRequestSchema,
    conflicts: ['ticket_not_closed'],
    status: 200,
    response: WidgetConversationSchema,
  },
  widgetScript: {
    method: 'GET',
    path: WIDGET_SCRIPT_PATH,
    summary:
      "The chat widget's script for a customer's website (gzip when accepted); 503 widget_not_built until `npm run build:widget` has made it.",
    roles: null,
    unavailable: true,
    status: 200,
    contentType: 'application/javascript',
  },
} as const satisfies Record<string, Endpoint>;

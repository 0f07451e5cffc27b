import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WidgetConfig, WidgetConversation, WidgetSessionRequest } from '../../shared/api/widget-contract.js';
import { WIDGET_SESSION_TOKEN_PREFIX } from '../../shared/api/widget-contract.js';
import type { Customer } from '../../shared/domain/ticket.js';
import { hashToken } from '../auth/tokens.js';
import { widgetConversation } from '../domain/chat-conversation.js';
import { awaitsChatFetch } from '../domain/chat-delivery.js';
import { chatHandoff } from '../domain/chat-handoff.js';
import { languageHint, newWidgetSessionToken, visitorCustomer } from '../domain/chat-visitor.js';
import type { Endpoint } from '../api-spec.js';
import { answerError, HttpError } from '../http-errors.js';
import type { RouteDeps } from '../routes/route-deps.js';
import type { StoredWidget, WidgetSessionRow } from '../storage/chat-store.js';
import { parseInput } from '../validation.js';
import { preflightHeaders } from './widget-cors.js';
import { WIDGET_ENDPOINTS, WidgetConfigQuerySchema, WidgetTenantParamsSchema } from './widget-endpoints.js';
import { IdleSessionSweeper, sessionIsLive, visitorOf, type WidgetGate, type WidgetVisit } from './widget-gate.js';
import type { IdentityCheck } from './widget-identity.js';
import type { WidgetLimiter } from './widget-limits.js';

/** The largest body a widget request may have: a message of WIDGET_LIMITS.maxTextLength characters, escaped. */
export const WIDGET_BODY_LIMIT_BYTES = 16 * 1024;

export interface WidgetRouteOptions {
  gate: WidgetGate;
  limiter: WidgetLimiter;
  identity: IdentityCheck;
}

/** The chat widget's JSON endpoints and their preflights (shared/api/widget-contract.ts). */
export function registerWidgetRoutes(app: FastifyInstance, deps: RouteDeps, options: WidgetRouteOptions): void {
  const { gate, limiter } = options;
  const chat = deps.store.chat;
  const sweeper = new IdleSessionSweeper(deps.store);
  const routeOptions = { bodyLimit: WIDGET_BODY_LIMIT_BYTES, errorHandler: answerWidgetError };

  /** The visitor's conversation; replies it shows for the first time become sent (and the consoles hear of it). */
  async function conversationOf(visit: WidgetVisit): Promise<WidgetConversation> {
    const read = await chat.chatConversation(visit.visitor);
    const now = deps.now();
    const handoff = read.ticket ? chatHandoff(read.slaPolicy, read.ticket.customer.tier, now) : null;
    let cursor: number | undefined;
    if (read.ticket && read.messages.some(awaitsChatFetch)) {
      cursor = (await chat.markChatRepliesSent(visit.visitor.tenantId, read.ticket.id, now)) ?? undefined;
      if (cursor !== undefined) await deps.notifyChange(visit.visitor.tenantId);
    }
    return widgetConversation({ ...read, handoff, ...(cursor === undefined ? {} : { cursor }) });
  }

  for (const endpoint of Object.values<Endpoint>(WIDGET_ENDPOINTS)) {
    if (endpoint.visitor === undefined) continue;
    app.options(endpoint.path, async (request, reply) => {
      const { tenantId } =
        endpoint.visitor === 'origin'
          ? parseInput(WidgetTenantParamsSchema, request.params, 'tenant')
          : { tenantId: null };
      const origin = await gate.preflightAllowed(request, tenantId);
      reply.header('vary', 'Origin');
      if (origin === null) throw originRefusedInPreflight();
      return reply.headers(preflightHeaders(origin)).status(204).send();
    });
  }

  app.get(WIDGET_ENDPOINTS.widgetConfig.path, routeOptions, async (request, reply): Promise<WidgetConfig> => {
    const { tenantId } = parseInput(WidgetTenantParamsSchema, request.params, 'tenant');
    const { key } = parseInput(WidgetConfigQuerySchema, request.query, 'query');
    const { setting } = await gate.byKey(request, reply, tenantId, key);
    const { title, greeting, accentColor, position, requireIdentity } = setting;
    return { title, greeting, accentColor, position, requireIdentity };
  });

  app.post(WIDGET_ENDPOINTS.widgetSession.path, routeOptions, async (request, reply) => {
    const { tenantId } = parseInput(WidgetTenantParamsSchema, request.params, 'tenant');
    const body = parseInput(WIDGET_ENDPOINTS.widgetSession.body, request.body, 'session request');
    const widget = await gate.byKey(request, reply, tenantId, body.key);
    const customer = await options.identity.customerOf(widget, body.identity);
    const now = deps.now();
    const kept = await keptSession(widget, body, customer, now);
    if (kept) {
      const visit = { widget, session: kept.session, visitor: visitorOf(kept.session) };
      return reply.status(200).send({
        sessionToken: kept.token,
        customerId: kept.session.customer_id,
        conversation: await conversationOf(visit),
      });
    }
    limiter.take('sessionsPerAddress', request.ip, reply);
    const token = newWidgetSessionToken();
    const newCustomer = customer ?? visitorCustomer(undefined);
    const session: WidgetSessionRow = {
      token_hash: hashToken(token),
      tenant_id: tenantId,
      widget_id: widget.widgetId,
      customer_id: newCustomer.id,
      customer_name: newCustomer.name,
      customer_email: newCustomer.email ?? null,
      identity: customer ? 'verified' : 'anonymous',
      language: body.language ?? null,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
    };
    await sweeper.sweep(now);
    await chat.insertWidgetSession(session);
    const conversation = await conversationOf({ widget, session, visitor: visitorOf(session) });
    return reply.status(201).send({ sessionToken: token, customerId: session.customer_id, conversation });
  });

  /** The session the page kept, when it is still live, of this widget, and of the same customer as now signed in. */
  async function keptSession(
    widget: StoredWidget,
    body: WidgetSessionRequest,
    verified: Customer | null,
    now: Date,
  ): Promise<{ token: string; session: WidgetSessionRow } | null> {
    const token = body.sessionToken;
    if (token === undefined || !token.startsWith(WIDGET_SESSION_TOKEN_PREFIX)) return null;
    const session = await chat.widgetSession(hashToken(token));
    if (!session || !sessionIsLive(session, now)) return null;
    if (session.tenant_id !== widget.tenantId || session.widget_id !== widget.widgetId) return null;
    const sameCustomer = verified
      ? session.identity === 'verified' && session.customer_id === verified.id
      : session.identity === 'anonymous';
    if (!sameCustomer) return null;
    await chat.touchWidgetSession(session.token_hash, now);
    return { token, session };
  }

  app.get(WIDGET_ENDPOINTS.widgetConversation.path, routeOptions, async (request, reply) =>
    conversationOf(await gate.bySession(request, reply)),
  );

  app.post(WIDGET_ENDPOINTS.widgetMessage.path, routeOptions, async (request, reply) => {
    const visit = await gate.bySession(request, reply);
    limiter.take('messagesPerVisitor', visit.session.token_hash, reply);
    const message = parseInput(WIDGET_ENDPOINTS.widgetMessage.body, request.body, 'message');
    const { session, widget } = visit;
    const result = await chat.receiveChatMessage({
      visitor: visit.visitor,
      customer: {
        id: session.customer_id,
        name: session.customer_name,
        ...(session.customer_email === null ? {} : { email: session.customer_email }),
        tier: 'standard',
      },
      clientMessageId: message.clientMessageId,
      text: message.text,
      ownerQueue: widget.setting.queueId,
      language: languageHint(session.language),
      actor: { name: `chat widget ${widget.widgetId}`, role: 'channel' },
      now: deps.now(),
    });
    if (result.added) {
      deps.metrics.ticketsIntaken.inc({ tenant: visit.visitor.tenantId });
      await deps.notifyChange(visit.visitor.tenantId);
    }
    return reply.status(result.added ? 201 : 200).send(await conversationOf(visit));
  });

  app.post(WIDGET_ENDPOINTS.widgetRating.path, routeOptions, async (request, reply) => {
    const visit = await gate.bySession(request, reply);
    const rating = parseInput(WIDGET_ENDPOINTS.widgetRating.body, request.body, 'rating');
    const { ticket } = await chat.chatConversation(visit.visitor);
    const result = ticket
      ? await deps.store.rateTicket({
          tenantId: visit.visitor.tenantId,
          ticketId: ticket.id,
          score: rating.score,
          ...(rating.comment ? { comment: rating.comment } : {}),
          actor: { name: `chat widget ${visit.widget.widgetId}`, role: 'channel' },
          now: deps.now(),
        })
      : null;
    if (result?.status !== 'rated')
      throw new HttpError(409, 'ticket_not_closed', 'The conversation can be rated once it is resolved.', {
        state: result?.status === 'not_closed' ? result.ticket.status : null,
      });
    await deps.notifyChange(visit.visitor.tenantId);
    return conversationOf(visit);
  });
}

function originRefusedInPreflight(): HttpError {
  return new HttpError(
    403,
    'origin_not_allowed',
    "This page's origin may not use the chat widget: an admin adds the site to the widget's allowed origins.",
  );
}

/** Widget routes answer errors like every route, with the widget's own body limit in the message. */
function answerWidgetError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return answerError(
      new HttpError(
        413,
        'body_too_large',
        `A chat widget request body is at most ${WIDGET_BODY_LIMIT_BYTES / 1024} KiB.`,
      ),
      request,
      reply,
    );
  return answerError(error, request, reply);
}

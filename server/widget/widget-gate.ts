import type { FastifyReply, FastifyRequest } from 'fastify';
import { WIDGET_LIMITS, WIDGET_SESSION_TOKEN_PREFIX } from '../../shared/api/widget-contract.js';
import { bearerToken } from '../auth/authenticate.js';
import { hashToken } from '../auth/tokens.js';
import { HttpError } from '../http-errors.js';
import type { ChatVisitorKey, StoredWidget, WidgetSessionRow } from '../storage/chat-store.js';
import type { QueueStore } from '../storage/queue-store.js';
import { admitOrigin, corsHeaders, originOf, someWidgetAllows } from './widget-cors.js';
import type { WidgetLimiter } from './widget-limits.js';

const MS_PER_DAY = 86_400_000;
/** A session's last use is written again once it is this old (not on every request). */
const TOUCH_AFTER_MS = 3_600_000;

/** A request of a visitor with a live session: the widget, the session and who speaks. */
export interface WidgetVisit {
  widget: StoredWidget;
  session: WidgetSessionRow;
  visitor: ChatVisitorKey;
}

const SESSION_IDLE_MS = WIDGET_LIMITS.sessionIdleDays * MS_PER_DAY;

/** True while the session has been used within WIDGET_LIMITS.sessionIdleDays. */
export function sessionIsLive(session: WidgetSessionRow, now: Date): boolean {
  return now.getTime() - Date.parse(session.last_seen_at) < SESSION_IDLE_MS;
}

/** Forgets expired sessions now and then (at most once an hour per queue process), when a new one is made. */
export class IdleSessionSweeper {
  private lastSweepMs = -Infinity;

  constructor(private readonly store: QueueStore) {}

  async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweepMs < TOUCH_AFTER_MS) return;
    this.lastSweepMs = now.getTime();
    await this.store.chat.deleteIdleWidgetSessions(new Date(now.getTime() - SESSION_IDLE_MS));
  }
}

export function visitorOf(session: WidgetSessionRow): ChatVisitorKey {
  return { tenantId: session.tenant_id, widgetId: session.widget_id, customerId: session.customer_id };
}

/**
 * Who may use the widget's endpoints: a page whose widget is found (by tenant and public key, or by the visitor's
 * session), live and enabled, on an origin the widget allows, within the tenant's widget rate limit.
 */
export class WidgetGate {
  constructor(
    private readonly store: QueueStore,
    private readonly limiter: WidgetLimiter,
    private readonly now: () => Date,
  ) {}

  /** The widget of the script tag's tenant and key (config, sessions). */
  async byKey(request: FastifyRequest, reply: FastifyReply, tenantId: string, key: string): Promise<StoredWidget> {
    this.limiter.take('requestsPerTenant', tenantId, reply);
    const widget = (await this.store.chat.liveWidgets(tenantId)).find((found) => found.setting.publicKey === key);
    if (!widget) {
      await this.corsForSomeWidget(request, reply, tenantId);
      throw new HttpError(
        404,
        'widget_not_found',
        `Tenant ${tenantId} has no chat widget with the key ${key}: check the script tag's data-tenant and data-key.`,
      );
    }
    return admitted(request, reply, widget);
  }

  /** The visitor of the bearer session token and the widget it belongs to (conversation, messages, events, rating). */
  async bySession(request: FastifyRequest, reply: FastifyReply): Promise<WidgetVisit> {
    const token = bearerToken(request.headers.authorization);
    if (token === null || !token.startsWith(WIDGET_SESSION_TOKEN_PREFIX)) {
      await this.corsForSomeWidget(request, reply, null);
      throw new HttpError(
        401,
        'session_required',
        `Send the visitor's session token (Authorization: Bearer ${WIDGET_SESSION_TOKEN_PREFIX}…) from POST /v1/widget/:tenantId/sessions.`,
      );
    }
    const tokenHash = hashToken(token);
    const session = await this.store.chat.widgetSession(tokenHash);
    const now = this.now();
    if (!session || !sessionIsLive(session, now)) {
      await this.corsForSomeWidget(request, reply, session?.tenant_id ?? null);
      throw new HttpError(
        401,
        'session_expired',
        'The chat session is unknown or has expired: start a new one (POST /v1/widget/:tenantId/sessions).',
      );
    }
    this.limiter.take('requestsPerTenant', session.tenant_id, reply);
    const widget = await this.store.chat.liveWidget(session.tenant_id, session.widget_id);
    if (!widget) {
      await this.corsForSomeWidget(request, reply, session.tenant_id);
      throw new HttpError(404, 'widget_not_found', 'This chat widget no longer exists on this site.');
    }
    admitted(request, reply, widget);
    if (now.getTime() - Date.parse(session.last_seen_at) >= TOUCH_AFTER_MS)
      await this.store.chat.touchWidgetSession(tokenHash, now);
    return { widget, session, visitor: visitorOf(session) };
  }

  /**
   * Before the widget is known (no such key, no live session): the CORS headers when some live widget (of the tenant,
   * when known) allows the page, so the page can read why it was refused and start over.
   */
  private async corsForSomeWidget(
    request: FastifyRequest,
    reply: FastifyReply,
    tenantId: string | null,
  ): Promise<void> {
    const origin = originOf(request);
    reply.header('vary', 'Origin');
    if (origin !== null && someWidgetAllows(await this.store.chat.liveWidgets(tenantId), origin))
      reply.headers(corsHeaders(origin));
  }

  /** Whether a preflight from this page may go on: some live widget (of the tenant, when the path names it) allows it. */
  async preflightAllowed(request: FastifyRequest, tenantId: string | null): Promise<string | null> {
    const origin = originOf(request);
    return origin !== null && someWidgetAllows(await this.store.chat.liveWidgets(tenantId), origin) ? origin : null;
  }
}

/** The widget once the page's origin is admitted (its CORS headers set) and the widget is switched on. */
function admitted(request: FastifyRequest, reply: FastifyReply, widget: StoredWidget): StoredWidget {
  admitOrigin(request, reply, widget);
  if (!widget.setting.enabled)
    throw new HttpError(403, 'widget_disabled', 'This chat widget is switched off by the site; try again later.');
  return widget;
}

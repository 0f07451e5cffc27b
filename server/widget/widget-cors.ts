import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http-errors.js';
import type { StoredWidget } from '../storage/chat-store.js';

/** How long a browser may keep a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The CORS headers of an answer to an allowed page (Vary: Origin on every widget answer, allowed or not). */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'Retry-After',
    vary: 'Origin',
  };
}

/** The headers of a preflight's answer to an allowed page. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'Authorization, Content-Type',
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
  };
}

/** The page's Origin header, or null. */
export function originOf(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin !== '' ? origin : null;
}

/** True when one of the widgets lets a page of this origin show it. */
export function someWidgetAllows(widgets: readonly StoredWidget[], origin: string | null): boolean {
  return origin !== null && widgets.some((widget) => widget.setting.allowedOrigins.includes(origin));
}

/**
 * Admits the page when its origin is one the widget allows: the answer carries the CORS headers; any other
 * origin, or none, is refused with 403 `origin_not_allowed` (and no CORS header, so the page cannot read it).
 */
export function admitOrigin(request: FastifyRequest, reply: FastifyReply, widget: StoredWidget): void {
  const origin = originOf(request);
  if (!someWidgetAllows([widget], origin)) {
    reply.header('vary', 'Origin');
    throw originNotAllowed(origin);
  }
  reply.headers(corsHeaders(origin as string));
}

export function originNotAllowed(origin: string | null): HttpError {
  return new HttpError(
    403,
    'origin_not_allowed',
    origin === null
      ? 'The request has no Origin header: the chat widget answers pages only on the sites its admin allowed.'
      : `Pages on ${origin} may not show this chat widget: an admin adds the site to the widget's allowed origins.`,
    { origin },
  );
}

import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Role } from '../../shared/api/queue-contract.js';
import { HttpError } from '../http-errors.js';
import type { QueueStore } from '../storage/queue-store.js';
import { hashToken } from './tokens.js';

/** Who is calling: the tenant and role their bearer token is bound to. */
export interface Caller {
  tenantId: string;
  role: Role;
  name: string;
  /** The sha256 hex of the bearer token: what client ids are bound to (never the token itself). */
  tokenHash: string;
}

export { ANY_ROLE } from '../api-spec.js';

const callers = new WeakMap<FastifyRequest, Caller>();

/**
 * An onRequest hook: runs before the body is read, so an unauthenticated caller gets 401 and
 * nothing of what it sent is parsed. 401 without or with an unknown token; 403 for a role not allowed.
 */
export function requireRole(store: QueueStore, allowed: readonly Role[]): onRequestAsyncHookHandler {
  return async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (token === null) throw new HttpError(401, 'unauthorized', 'Send the header "Authorization: Bearer <token>".');
    const tokenHash = hashToken(token);
    const record = await store.findToken(tokenHash);
    if (!record) throw new HttpError(401, 'unauthorized', 'The bearer token is not known to this queue.');
    if (!allowed.includes(record.role)) {
      throw new HttpError(
        403,
        'forbidden',
        `A ${record.role} token may not do this; it needs one of: ${allowed.join(', ')}.`,
      );
    }
    callers.set(request, { ...record, tokenHash });
  };
}

/** Route options that admit only the endpoint's roles: requireRole as the route's onRequest hook. */
export function guard(
  store: QueueStore,
  endpoint: { roles: readonly Role[] },
): { onRequest: onRequestAsyncHookHandler } {
  return { onRequest: requireRole(store, endpoint.roles) };
}

/** The caller that requireRole admitted; a route without the hook is a programming error. */
export function callerOf(request: FastifyRequest): Caller {
  const caller = callers.get(request);
  if (!caller) throw new Error(`Route ${request.url} reads the caller but has no requireRole hook.`);
  return caller;
}

/** The caller requireRole admitted, or undefined for a request it has not (yet) admitted (rate limits, operations routes). */
export function knownCaller(request: FastifyRequest): Caller | undefined {
  return callers.get(request);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

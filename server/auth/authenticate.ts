import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { CREDENTIAL_PREFIXES, type SignOutReason } from '../../shared/api/identity-contract.js';
import type { Role } from '../../shared/api/queue-contract.js';
import { HttpError } from '../http-errors.js';
import type { AuthenticatedCaller } from '../storage/identity-store.js';
import type { QueueStore } from '../storage/queue-store.js';
import { failedCredentialLimitRefusal } from './failed-credential-limit.js';
import { hashToken } from './tokens.js';

/**
 * Who is calling: the tenant, the role and name (a person's: the user's current ones; a machine's: its token's), the
 * user (null for a machine), the credential (an API token or a session, by id) and the principal a console's client id
 * is bound to (`user:<id>`, `token:<id>`). Read from the database on every request: a revoked credential or a
 * disabled user is refused by every queue process from its next request on.
 */
export type Caller = AuthenticatedCaller;

export { ANY_ROLE } from '../api-spec.js';

const callers = new WeakMap<FastifyRequest, Caller>();
const refusals = new WeakMap<FastifyRequest, SignOutReason>();

/** What a 401's message says for each reason (its `details.reason` is what a console acts on). */
const REFUSAL_MESSAGES: Record<SignOutReason, string> = {
  access_expired: 'The access token has expired; refresh the session.',
  session_expired: 'The session has expired; sign in again.',
  signed_out: 'The session was signed out.',
  user_disabled: 'This user has been disabled by an admin.',
  session_revoked: 'The session was ended.',
  revoked_at_provider: 'The identity provider ended the session.',
  token_revoked: 'The API token has been revoked.',
  token_expired: 'The API token has expired.',
  unknown_credential: 'The bearer token is not known to this queue.',
  sso_required: 'This tenant signs in with its identity provider.',
};

/** A 401 with the reason a console acts on: `{"error":{"code":"unauthorized","details":{"reason":…}}}`. */
export function unauthorized(reason: SignOutReason): HttpError {
  return new HttpError(401, 'unauthorized', REFUSAL_MESSAGES[reason], { reason });
}

/**
 * An onRequest hook: runs before the body is read, so an unauthenticated caller gets 401 and nothing of what it sent is
 * parsed. 401 without a bearer credential or with one that does not work (details.reason says why); 403 for a role not
 * allowed. The prefix of the secret says what it is (CREDENTIAL_PREFIXES): a session's access token, else an API token.
 */
export function requireRole(store: QueueStore, allowed: readonly Role[]): onRequestAsyncHookHandler {
  return async (request) => {
    const secret = bearerToken(request.headers.authorization);
    if (secret === null) throw new HttpError(401, 'unauthorized', 'Send the header "Authorization: Bearer <token>".');
    const kind = secret.startsWith(CREDENTIAL_PREFIXES.access) ? 'access' : 'api_token';
    const authentication = await store.identity.authenticate(kind, hashToken(secret), new Date());
    if (!authentication.ok) {
      refusals.set(request, authentication.reason);
      throw failedCredentialLimitRefusal(request) ?? unauthorized(authentication.reason);
    }
    const { caller } = authentication;
    if (!allowed.includes(caller.role)) {
      throw new HttpError(
        403,
        'forbidden',
        `A ${caller.role} may not do this; it needs one of: ${allowed.join(', ')}.`,
      );
    }
    callers.set(request, caller);
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

/** Why requireRole refused the request's credential, or undefined (the limit on failed credential checks counts them). */
export function credentialRefusal(request: FastifyRequest): SignOutReason | undefined {
  return refusals.get(request);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

import type { FastifyReply } from 'fastify';
import * as openid from 'openid-client';
import type { z } from 'zod';
import type {
  OidcFinishRequestSchema,
  OidcStartRequestSchema,
  SessionGrant,
} from '../../../shared/api/identity-contract.js';
import { isDeliveryUrl } from '../../../shared/channels/web-origin.js';
import { HttpError } from '../../http-errors.js';
import { OIDC_SCOPE, providerError, providerUnreachable } from './oidc-clients.js';
import { roleFromClaims } from './oidc-role.js';
import { providerRefreshOwner } from './provider-refresh.js';
import { newSessionId } from '../../domain/ids.js';
import { startSession } from './session-grants.js';
import { SIGN_IN_ATTEMPT_MINUTES } from './sign-in-attempts.js';
import type { SignInDeps } from './sign-in-deps.js';
import { userForProviderPerson } from './sso-users.js';
import { providerOf, tenantSignInPolicy } from './tenant-sign-in-policy.js';

/**
 * POST /v1/auth/oidc/start: the authorization URL of the tenant's identity provider (authorization code, PKCE S256,
 * state and nonce). The queue keeps the verifier, state and nonce (sign_in_attempts), so any queue process sharing the
 * database can finish it.
 */
export async function startOidcSignIn(
  deps: SignInDeps,
  request: z.output<typeof OidcStartRequestSchema>,
  address: string,
  reply: FastifyReply,
): Promise<{ authorizationUrl: string; state: string }> {
  deps.guard.takeTry(address, reply);
  if (!isDeliveryUrl(request.redirectUri)) {
    throw new HttpError(
      400,
      'validation_failed',
      'The redirectUri must be https://…, or http:// on this machine (127.0.0.1, [::1] or localhost).',
    );
  }
  const provider = providerOf(await tenantSignInPolicy(deps.store, request.tenantId));
  const configuration = await deps.oidc.configuration(provider);
  const codeVerifier = openid.randomPKCECodeVerifier();
  const state = openid.randomState();
  const nonce = openid.randomNonce();
  await deps.store.identity.saveSignInAttempt({
    state,
    tenantId: request.tenantId,
    nonce,
    codeVerifier,
    redirectUri: request.redirectUri,
    expiresAt: new Date(deps.now().getTime() + SIGN_IN_ATTEMPT_MINUTES * 60_000),
  });
  const url = openid.buildAuthorizationUrl(configuration, {
    redirect_uri: request.redirectUri,
    scope: OIDC_SCOPE,
    code_challenge: await openid.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { authorizationUrl: url.href, state };
}

/**
 * POST /v1/auth/oidc/finish: the provider's redirect (code and state) for a session. The attempt is taken once; the
 * code is exchanged with its verifier; openid-client checks the ID token (signature, issuer, audience, nonce, expiry);
 * the role comes from the claim; the user is found or made; the provider's refresh token is sealed on the session.
 */
export async function finishOidcSignIn(
  deps: SignInDeps,
  request: z.output<typeof OidcFinishRequestSchema>,
  address: string,
  reply: FastifyReply,
): Promise<SessionGrant> {
  deps.guard.takeTry(address, reply);
  const callback = new URL(request.callbackUrl);
  const state = callback.searchParams.get('state');
  const attempt = state === null ? null : await deps.store.identity.takeSignInAttempt(state, deps.now());
  if (attempt === null) {
    throw new HttpError(
      400,
      'sign_in_expired',
      `This sign-in is unknown, was finished already or is older than ${SIGN_IN_ATTEMPT_MINUTES} minutes: start again.`,
    );
  }
  const unavailable = deps.secrets.unavailable;
  if (unavailable !== null) throw new HttpError(503, 'secret_key_missing', unavailable);
  const policy = await tenantSignInPolicy(deps.store, attempt.tenantId);
  const provider = providerOf(policy);
  const configuration = await deps.oidc.configuration(provider);
  // The redirect URI the code was issued for, with the provider's answer (code, state, iss or error) on it.
  const answered = new URL(attempt.redirectUri);
  answered.search = callback.search;
  let tokens: Awaited<ReturnType<typeof openid.authorizationCodeGrant>>;
  try {
    tokens = await openid.authorizationCodeGrant(configuration, answered, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw signInRefused(error);
  }
  const claims = tokens.claims();
  if (claims === undefined) throw new HttpError(401, 'sso_refused', 'The identity provider answered no ID token.');
  if (tokens.refresh_token === undefined) {
    throw new HttpError(
      502,
      'identity_provider_invalid',
      'The identity provider gave no refresh token: allow the client the refresh_token grant and the offline_access scope.',
    );
  }
  const role = roleFromClaims(claims, provider);
  if (role === null) {
    throw new HttpError(
      403,
      'no_role',
      `Your account at ${provider.label} has no role in this team (claim ${provider.roleClaim}): ask an admin.`,
    );
  }
  const now = deps.now();
  const person = {
    tenantId: attempt.tenantId,
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
    emailVerified: claims.email_verified !== false,
    name: typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim().slice(0, 200) : null,
    role,
  };
  const user = await userForProviderPerson(deps.store, person, provider, now);
  const sessionId = newSessionId();
  return startSession(deps.store, {
    user,
    via: 'sso',
    policy,
    now,
    sessionId,
    providerRefreshSealed: deps.secrets.sealText(providerRefreshOwner(user.tenantId, sessionId), tokens.refresh_token),
    sso: { issuer: person.issuer, subject: person.subject },
  });
}

/** A refused exchange (the provider's error, a wrong state, audience, issuer or nonce): 401 sso_refused. */
function signInRefused(error: unknown): HttpError {
  if (providerUnreachable(error)) return providerError(error, 'token');
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const detail = error instanceof Error ? `${error.message}${cause}` : String(error);
  const provider = error instanceof openid.AuthorizationResponseError || error instanceof openid.ResponseBodyError;
  const said = provider ? `${error.error}${error.error_description ? `: ${error.error_description}` : ''}` : detail;
  return new HttpError(401, 'sso_refused', `The sign-in at the identity provider was refused (${said}).`);
}

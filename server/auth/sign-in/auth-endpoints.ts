import { z } from 'zod';
import {
  OidcFinishRequestSchema,
  OidcStartRequestSchema,
  OidcStartSchema,
  PasswordSignInSchema,
  PERSON_ROLES,
  RefreshRequestSchema,
  SessionGrantSchema,
  SignInOptionsSchema,
} from '../../../shared/api/identity-contract.js';
import type { Endpoint } from '../../api-spec.js';
import { DEFAULT_SIGN_IN_LIMITS } from './sign-in-limits.js';
import { SIGN_IN_ATTEMPT_MINUTES } from './sign-in-attempts.js';

/** `GET /v1/auth/options?tenant=ID`. */
export const AuthOptionsQuerySchema = z.strictObject({ tenant: z.string().min(1).max(100) });

const { triesPerAddress, addressWindowMinutes, failuresPerAccount, accountWindowMinutes } = DEFAULT_SIGN_IN_LIMITS;
const TRIES = `429 rate_limited with Retry-After past ${triesPerAddress} tries from one address in ${addressWindowMinutes} minutes.`;
const GRANT =
  "Answers a session grant: an access token (sbs_…, lives the sign_in policy's accessMinutes) and a refresh token (sbr_…, refreshHours), each shown once.";
const PROVIDER_DOWN = '503 identity_provider_unreachable when the identity provider cannot be reached.';

/** Signing in at the queue (issue 18): no credential but the sign-out's session. */
export const AUTH_ENDPOINTS = {
  signInOptions: {
    method: 'GET',
    path: '/v1/auth/options',
    summary:
      "How the tenant's people sign in: its name, whether local accounts are on, the identity provider's button label (or null). 404 not_found for an unknown tenant.",
    roles: null,
    query: AuthOptionsQuerySchema,
    status: 200,
    response: SignInOptionsSchema,
  },
  passwordSignIn: {
    method: 'POST',
    path: '/v1/auth/password',
    summary: `A local account's sign-in with email and password (scrypt). ${GRANT} 401 invalid_credentials (an unknown email and a wrong password get the same answer, in the same time); 403 sso_required when the tenant's sign_in policy has local accounts off; 403 user_disabled. ${TRIES} 429 also past ${failuresPerAccount} wrong passwords for one account in ${accountWindowMinutes} minutes.`,
    roles: null,
    body: PasswordSignInSchema,
    status: 200,
    response: SessionGrantSchema,
  },
  oidcStart: {
    method: 'POST',
    path: '/v1/auth/oidc/start',
    summary: `Start a sign-in at the tenant's identity provider (OpenID Connect, authorization code with PKCE S256, a public client): answers the authorization URL to open and its state. The queue keeps the code verifier, state and nonce for ${SIGN_IN_ATTEMPT_MINUTES} minutes. redirectUri: https, or http on loopback (the desktop's listener, RFC 8252). 409 sso_not_configured without a provider; 502 identity_provider_invalid (e.g. its discovery names another issuer). ${PROVIDER_DOWN} ${TRIES}`,
    roles: null,
    body: OidcStartRequestSchema,
    conflicts: ['sso_not_configured'],
    unavailable: true,
    status: 200,
    response: OidcStartSchema,
  },
  oidcFinish: {
    method: 'POST',
    path: '/v1/auth/oidc/finish',
    summary: `Finish a sign-in with the URL the identity provider redirected to: the code is exchanged with the verifier, the ID token checked (signature, issuer, audience, nonce, expiry), the role taken from the policy's role claim, the user matched (subject, then email) or made (createUsers). ${GRANT} 400 sign_in_expired (unknown, finished or too old); 401 sso_refused; 403 no_role, not_a_user, user_disabled. ${PROVIDER_DOWN} ${TRIES}`,
    roles: null,
    body: OidcFinishRequestSchema,
    conflicts: ['sso_not_configured'],
    unavailable: true,
    status: 200,
    response: SessionGrantSchema,
  },
  refreshSession: {
    method: 'POST',
    path: '/v1/auth/refresh',
    summary: `Exchange a refresh token for the session's next access and refresh token (the old refresh token stops working; used again, it ends the session: session_revoked). A session signed in with the identity provider asks it again first: refused, the session ends (401 revoked_at_provider); ${PROVIDER_DOWN} ${GRANT} 401 with details.reason (session_expired, session_revoked, user_disabled, signed_out, unknown_credential). Refused refreshes count as tries: ${TRIES}`,
    roles: null,
    body: RefreshRequestSchema,
    unavailable: true,
    status: 200,
    response: SessionGrantSchema,
  },
  signOut: {
    method: 'POST',
    path: '/v1/auth/sign-out',
    summary:
      "End the caller's session: its access and refresh tokens stop working on every queue process. 204, also for an API token, which has no session to end (an admin revokes it: DELETE /v1/tokens/:id).",
    roles: PERSON_ROLES,
    status: 204,
  },
} as const satisfies Record<string, Endpoint>;

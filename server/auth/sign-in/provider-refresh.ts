import * as openid from 'openid-client';
import type { PersonRole } from '../../../shared/api/identity-contract.js';
import { HttpError } from '../../http-errors.js';
import { SecretKeyMissing, type SecretOwner } from '../../secrets/queue-secrets.js';
import type { RefreshableSession } from '../../storage/identity-store.js';
import { unauthorized } from '../authenticate.js';
import { providerError, providerUnreachable } from './oidc-clients.js';
import { roleFromClaims } from './oidc-role.js';
import type { SignInDeps } from './sign-in-deps.js';
import { tenantSignInPolicy } from './tenant-sign-in-policy.js';

/** Whose the sealed provider refresh token is: it opens for its own session only. */
export function providerRefreshOwner(tenantId: string, sessionId: string): SecretOwner {
  return ['sso-refresh', tenantId, sessionId];
}

/** What the identity provider said at a session's refresh: the person's role now and its next refresh token. */
export interface ProviderRecheck {
  /** From the new ID token's role claim; undefined when the provider sent no ID token (the role stays). */
  role: PersonRole | undefined;
  /** The provider's next refresh token, sealed (it rotated it), or null when it kept the old one. */
  nextRefreshSealed: string | null;
}

/**
 * Asks the identity provider again with the session's refresh token, before the queue's tokens rotate. A refusal (the
 * grant revoked, the person removed, no role left, the provider no longer configured) ends the session with
 * `revoked_at_provider` (401); a provider that cannot be reached answers 503 identity_provider_unreachable and leaves
 * the session as it was, for the console to try again.
 */
export async function recheckAtProvider(deps: SignInDeps, session: RefreshableSession): Promise<ProviderRecheck> {
  const owner = providerRefreshOwner(session.tenantId, session.sessionId);
  const policy = await tenantSignInPolicy(deps.store, session.tenantId);
  const provider = policy.oidc;
  if (provider === null || session.providerRefreshSealed === null) return endAtProvider(deps, session);
  let refreshToken: string;
  try {
    refreshToken = deps.secrets.openText(owner, session.providerRefreshSealed);
  } catch (error) {
    if (error instanceof SecretKeyMissing) throw new HttpError(503, 'secret_key_missing', error.message);
    return endAtProvider(deps, session);
  }
  const configuration = await deps.oidc.configuration(provider);
  let tokens: Awaited<ReturnType<typeof openid.refreshTokenGrant>>;
  try {
    tokens = await openid.refreshTokenGrant(configuration, refreshToken);
  } catch (error) {
    if (providerUnreachable(error)) throw providerError(error, 'refresh');
    return endAtProvider(deps, session);
  }
  const claims = tokens.claims();
  const role = claims === undefined ? undefined : roleFromClaims(claims, provider);
  if (role === null) return endAtProvider(deps, session);
  const next = tokens.refresh_token;
  return {
    role,
    nextRefreshSealed: next === undefined || next === refreshToken ? null : deps.secrets.sealText(owner, next),
  };
}

async function endAtProvider(deps: SignInDeps, session: RefreshableSession): Promise<never> {
  await deps.store.identity.endSession(session.tenantId, session.sessionId, 'revoked_at_provider', deps.now());
  throw unauthorized('revoked_at_provider');
}

import type { FastifyReply } from 'fastify';
import { CREDENTIAL_PREFIXES, type SessionGrant } from '../../../shared/api/identity-contract.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../../shared/settings/sign-in-policy.js';
import { unauthorized } from '../authenticate.js';
import { hashToken } from '../tokens.js';
import { recheckAtProvider, type ProviderRecheck } from './provider-refresh.js';
import { newSessionSecrets, sessionGrant } from './session-grants.js';
import type { SignInDeps } from './sign-in-deps.js';
import { withRole } from './sso-users.js';
import { tenantSignInPolicy } from './tenant-sign-in-policy.js';

/**
 * POST /v1/auth/refresh: a refresh token for the session's next access and refresh token (rotation: the old refresh
 * token stops working; used again, it ends the session). An SSO session asks its identity provider first. A refused
 * refresh is 401 with the reason and counts as a try of the address.
 */
export async function refreshSession(
  deps: SignInDeps,
  refreshToken: string,
  address: string,
  reply: FastifyReply,
): Promise<SessionGrant> {
  const refused = (reason: Parameters<typeof unauthorized>[0]): Error => {
    deps.guard.takeTry(address, reply);
    return unauthorized(reason);
  };
  if (!refreshToken.startsWith(CREDENTIAL_PREFIXES.refresh)) throw refused('unknown_credential');
  const refreshHash = hashToken(refreshToken);
  const live = await deps.store.identity.sessionForRefresh(refreshHash, deps.now());
  const recheck: ProviderRecheck | null = live?.via === 'sso' ? await recheckAtProvider(deps, live) : null;
  const policy = live ? await tenantSignInPolicy(deps.store, live.tenantId) : DEFAULT_SIGN_IN_POLICY;
  const now = deps.now();
  const secrets = newSessionSecrets(policy, now);
  const refreshed = await deps.store.identity.refreshSession(refreshHash, secrets.rotation, now);
  if (!refreshed.ok) throw refused(refreshed.reason);
  let user = refreshed.user;
  if (recheck !== null) {
    if (recheck.nextRefreshSealed !== null) {
      await deps.store.identity.setProviderRefresh(user.tenantId, refreshed.sessionId, recheck.nextRefreshSealed);
    }
    if (recheck.role !== undefined) user = await withRole(deps.store, user, recheck.role, now);
  }
  return sessionGrant(refreshed.sessionId, refreshed.via, secrets, user);
}

import { randomBytes } from 'node:crypto';
import { CREDENTIAL_PREFIXES, type SessionGrant, type User } from '../../../shared/api/identity-contract.js';
import type { SignInPolicy } from '../../../shared/settings/sign-in-policy.js';
import type { SessionRotation } from '../../storage/identity-store.js';
import type { QueueStore } from '../../storage/queue-store.js';
import { newSessionId } from '../../domain/ids.js';
import { hashToken } from '../tokens.js';

/** A session's next access and refresh token: the plaintexts for the person, their hashes for the store. */
export interface SessionSecrets {
  accessToken: string;
  refreshToken: string;
  rotation: SessionRotation;
}

/** New access and refresh tokens with the lifetimes of the tenant's policy, counted from `now`. */
export function newSessionSecrets(policy: SignInPolicy, now: Date): SessionSecrets {
  const accessToken = `${CREDENTIAL_PREFIXES.access}${randomBytes(32).toString('base64url')}`;
  const refreshToken = `${CREDENTIAL_PREFIXES.refresh}${randomBytes(32).toString('base64url')}`;
  return {
    accessToken,
    refreshToken,
    rotation: {
      accessHash: hashToken(accessToken),
      accessExpiresAt: new Date(now.getTime() + policy.accessMinutes * 60_000),
      refreshHash: hashToken(refreshToken),
      refreshExpiresAt: new Date(now.getTime() + policy.refreshHours * 3_600_000),
    },
  };
}

/** What a sign-in or a refresh answers: the session's new tokens (shown once) and its person. */
export function sessionGrant(
  sessionId: string,
  via: SessionGrant['via'],
  secrets: SessionSecrets,
  user: User,
): SessionGrant {
  const { id, tenantId, email, name, role, queues, language } = user;
  return {
    sessionId,
    accessToken: secrets.accessToken,
    accessExpiresAt: secrets.rotation.accessExpiresAt.toISOString(),
    refreshToken: secrets.refreshToken,
    refreshExpiresAt: secrets.rotation.refreshExpiresAt.toISOString(),
    via,
    user: { id, tenantId, email, name, role, queues, language },
  };
}

/** Starts a session for a person who just proved who they are, and records their sign-in. */
export async function startSession(
  store: QueueStore,
  input: {
    user: User;
    via: SessionGrant['via'];
    policy: SignInPolicy;
    now: Date;
    sessionId?: string;
    providerRefreshSealed?: string | null;
    sso?: { issuer: string; subject: string } | null;
  },
): Promise<SessionGrant> {
  const { user, via, policy, now } = input;
  const sessionId = input.sessionId ?? newSessionId();
  const secrets = newSessionSecrets(policy, now);
  await store.identity.createSession({
    id: sessionId,
    tenantId: user.tenantId,
    userId: user.id,
    via,
    ...secrets.rotation,
    providerRefreshSealed: input.providerRefreshSealed ?? null,
    now,
  });
  await store.identity.recordSignIn(user.tenantId, user.id, input.sso ?? null, now);
  return sessionGrant(sessionId, via, secrets, user);
}

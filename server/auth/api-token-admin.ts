import { type ApiToken, type IssuedApiToken, type NewApiToken } from '../../shared/api/identity-contract.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { newApiTokenId } from '../domain/ids.js';
import { HttpError, notFound } from '../http-errors.js';
import { TooManyTokens } from '../storage/identity-script.js';
import type { QueueStore } from '../storage/queue-store.js';
import { generateToken, hashToken } from './tokens.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An admin's API tokens for machines, the same for the queue's API (routes/api-tokens.ts) and its CLI
 * (token-commands.ts): the secret is made here, answered once, and only its hash is stored. A rotated token keeps its
 * id with a new secret; a rotated or revoked secret is refused from the next request on, by every queue process
 * sharing the database (authentication reads the database on every request).
 */
export async function issueApiToken(
  store: QueueStore,
  tenantId: string,
  input: NewApiToken,
  actor: TokenActor,
  now: Date,
): Promise<IssuedApiToken> {
  const secret = generateToken();
  const creating = store.identity.createApiToken(
    {
      id: newApiTokenId(),
      tenantId,
      name: input.name,
      role: input.role,
      userId: null,
      secretHash: hashToken(secret),
      expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
      now,
    },
    actor,
  );
  try {
    return { token: await creating, secret };
  } catch (error) {
    if (!(error instanceof TooManyTokens)) throw error;
    throw new HttpError(409, 'too_many_tokens', `${error.message} Revoke one it no longer uses first.`);
  }
}

export async function rotateApiToken(
  store: QueueStore,
  tenantId: string,
  tokenId: string,
  actor: TokenActor,
  now: Date,
): Promise<IssuedApiToken> {
  const secret = generateToken();
  const token = await store.identity.rotateApiToken(tenantId, tokenId, hashToken(secret), now, actor);
  if (!token) throw noLiveToken();
  return { token, secret };
}

export async function revokeApiToken(
  store: QueueStore,
  tenantId: string,
  tokenId: string,
  actor: TokenActor,
  now: Date,
): Promise<ApiToken> {
  const token = await store.identity.revokeApiToken(tenantId, tokenId, now, actor);
  if (!token) throw noLiveToken();
  return token;
}

/** Neither revoked nor past its expiry: it still opens the queue. */
export function isLive(token: ApiToken, now: Date): boolean {
  return token.revokedAt === null && (token.expiresAt === null || Date.parse(token.expiresAt) > now.getTime());
}

/** The same answer for another tenant's token as for none: the id tells nothing. */
function noLiveToken(): HttpError {
  return notFound('This tenant has no live API token with that id (a revoked one is not live).');
}

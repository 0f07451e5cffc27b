import { z } from 'zod';
import {
  ApiTokenSchema,
  ApiTokensSchema,
  IssuedApiTokenSchema,
  NewUserSchema,
  OidcStartSchema,
  SessionGrantSchema,
  SignInOptionsSchema,
  UserSchema,
  UsersSchema,
  type ApiToken,
  type IssuedApiToken,
  type NewApiToken,
  type SessionGrant,
  type SignInOptions,
  type User,
  type UserPatch,
} from '../../shared/api/identity-contract.js';
import type { Result } from '../../shared/result.js';
import { QueueClient } from './queue-client.js';

/**
 * The queue's people endpoints (issue 18): signing in (no credential sent: POST /v1/auth/password, the identity
 * provider's start and finish, refresh), signing out, and the admin's users and API tokens.
 */
export class IdentityQueueClient extends QueueClient {
  /** How the tenant's people sign in (GET /v1/auth/options). */
  signInOptions(tenantId: string): Promise<Result<SignInOptions>> {
    return this.anonymousRequest(
      'GET',
      `/auth/options?${new URLSearchParams({ tenant: tenantId })}`,
      undefined,
      SignInOptionsSchema,
    );
  }

  signInWithPassword(tenantId: string, email: string, password: string): Promise<Result<SessionGrant>> {
    return this.anonymousRequest('POST', '/auth/password', { tenantId, email, password }, SessionGrantSchema);
  }

  startOidc(tenantId: string, redirectUri: string): Promise<Result<z.output<typeof OidcStartSchema>>> {
    return this.anonymousRequest('POST', '/auth/oidc/start', { tenantId, redirectUri }, OidcStartSchema);
  }

  finishOidc(callbackUrl: string): Promise<Result<SessionGrant>> {
    return this.anonymousRequest('POST', '/auth/oidc/finish', { callbackUrl }, SessionGrantSchema);
  }

  /** A new grant for the refresh token (which stops working: the grant's refresh token replaces it). */
  refreshSession(refreshToken: string): Promise<Result<SessionGrant>> {
    return this.anonymousRequest('POST', '/auth/refresh', { refreshToken }, SessionGrantSchema);
  }

  /** Ends the session of the access token this client sends. */
  signOutSession(): Promise<Result<unknown>> {
    return this.request('POST', '/auth/sign-out', {}, z.unknown());
  }

  listUsers(): Promise<Result<{ users: User[] }>> {
    return this.request('GET', '/users', undefined, UsersSchema);
  }

  createUser(user: z.input<typeof NewUserSchema>): Promise<Result<User>> {
    return this.request('POST', '/users', user, UserSchema);
  }

  updateUser(userId: string, patch: UserPatch): Promise<Result<User>> {
    return this.request('PATCH', `/users/${encodeURIComponent(userId)}`, patch, UserSchema);
  }

  listApiTokens(): Promise<Result<{ tokens: ApiToken[] }>> {
    return this.request('GET', '/tokens', undefined, ApiTokensSchema);
  }

  createApiToken(token: NewApiToken): Promise<Result<IssuedApiToken>> {
    return this.request('POST', '/tokens', token, IssuedApiTokenSchema);
  }

  rotateApiToken(tokenId: string): Promise<Result<IssuedApiToken>> {
    return this.request('POST', `/tokens/${encodeURIComponent(tokenId)}/rotate`, {}, IssuedApiTokenSchema);
  }

  revokeApiToken(tokenId: string): Promise<Result<ApiToken>> {
    return this.request('DELETE', `/tokens/${encodeURIComponent(tokenId)}`, undefined, ApiTokenSchema);
  }
}

import type { ApiToken, PersonRole, SignOutReason, User } from '../../shared/api/identity-contract.js';
import type { Role } from '../../shared/api/queue-contract.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { apiTokenFromRow, userFromRow, userRecordFromRow, type UserRow } from './identity-rows.js';
import * as identity from './identity-script.js';
import { perform } from './store-operations.js';
import type { ScriptRunners } from './webhook-store.js';

/**
 * The part of the QueueStore for people and machines (issue 18): users, sessions, API tokens and the identity
 * provider's sign-in attempts. Every method is one transaction; every read and write is scoped by tenant where a
 * tenant is named. Secrets are never stored: only the sha256 hex of a token's plaintext (server/auth/tokens.ts
 * hashToken), password hashes (scrypt), and the identity provider's refresh token sealed with QueueSecrets.
 * User and token changes are audited in their transaction (the actor is the admin or operator who made them).
 */
export interface IdentityStore {
  /**
   * Who a bearer credential is: an API token (`sbq_`) or a session's access token (`sbs_`), by the hash of its
   * plaintext. A user-bound credential answers the user's current name and role; a disabled user, a revoked or expired
   * credential answers why (SignOutReason). Records the last use at most once a minute (no write on most requests).
   */
  authenticate(kind: 'api_token' | 'access', secretHash: string, now: Date): Promise<Authentication>;
  /** Which of these credentials still work now (the event streams ask every few seconds; disabled users' fail). */
  stillLive(credentials: readonly CredentialRef[], now: Date): Promise<Map<string, SignOutReason | null>>;

  createUser(input: NewUserRecord, actor: TokenActor): Promise<UserWriteResult>;
  listUsers(tenantId: string): Promise<User[]>;
  getUser(tenantId: string, userId: string): Promise<UserRecord | null>;
  findUserByEmail(tenantId: string, email: string): Promise<UserRecord | null>;
  findUserBySubject(tenantId: string, issuer: string, subject: string): Promise<UserRecord | null>;
  /**
   * Changes a user if `baseVersion` is still its version. Disabling ends every session and revokes every user-bound
   * token of the user in the same transaction (reason `user_disabled`); a new password ends the other sessions.
   */
  updateUser(input: UserUpdate, actor: TokenActor): Promise<UserWriteResult>;
  /** Binds the identity provider's subject to a user and records the sign-in (first SSO sign-in, or each one). */
  recordSignIn(
    tenantId: string,
    userId: string,
    sso: { issuer: string; subject: string } | null,
    now: Date,
  ): Promise<void>;

  createSession(input: NewSession): Promise<void>;
  /**
   * Exchanges a refresh token (by hash) for the next access and refresh token of its session (rotation). A refresh
   * token used a second time ends its session (`session_revoked`: it was stolen or copied); an expired one answers
   * `session_expired`; a disabled user `user_disabled`.
   */
  refreshSession(refreshHash: string, next: SessionRotation, now: Date): Promise<SessionRefresh>;
  /**
   * The live session a refresh token (by hash, the current one only) belongs to, without rotating anything: the refresh
   * of an SSO session asks the identity provider with it first (a provider that cannot be reached leaves the session's
   * tokens as they were, for a retry). null when no live, unexpired session of an enabled user has it as its current
   * refresh token (refreshSession then answers why).
   */
  sessionForRefresh(refreshHash: string, now: Date): Promise<RefreshableSession | null>;
  /** Replaces the sealed identity-provider refresh token of a session (the provider rotated it at a refresh). */
  setProviderRefresh(tenantId: string, sessionId: string, sealed: string): Promise<void>;
  /** Ends a session with its reason (sign-out, an admin, the identity provider refusing a refresh). */
  endSession(tenantId: string, sessionId: string, reason: SignOutReason, now: Date): Promise<boolean>;

  createApiToken(input: NewApiTokenRecord, actor: TokenActor): Promise<ApiToken>;
  listApiTokens(tenantId: string): Promise<ApiToken[]>;
  /** A new secret for the token (the old one stops working at once); null when the tenant has no such live token. */
  rotateApiToken(
    tenantId: string,
    tokenId: string,
    secretHash: string,
    now: Date,
    actor: TokenActor,
  ): Promise<ApiToken | null>;
  revokeApiToken(tenantId: string, tokenId: string, now: Date, actor: TokenActor): Promise<ApiToken | null>;
  /**
   * Binds a live machine token of the tenant to one of its users (the demo's people tokens: from then on it acts as
   * the user), audited; false when the tenant has no such live unbound token or no such user.
   */
  bindApiToken(tenantId: string, tokenId: string, userId: string, actor: TokenActor): Promise<boolean>;

  /** Keeps an identity-provider sign-in in progress (by its state) until it is finished or expires. */
  saveSignInAttempt(attempt: SignInAttempt): Promise<void>;
  /** Takes the attempt of `state` (a second take finds nothing); null when unknown or expired. */
  takeSignInAttempt(state: string, now: Date): Promise<SignInAttempt | null>;
}

/** A credential as the event streams hold it, to ask whether it still works. */
export interface CredentialRef {
  kind: 'api_token' | 'session';
  id: string;
}

export type Authentication = { ok: true; caller: AuthenticatedCaller } | { ok: false; reason: SignOutReason };

export interface AuthenticatedCaller {
  tenantId: string;
  role: Role;
  /** The user's name for a person, the token's name for a machine: what every record of their actions names. */
  name: string;
  userId: string | null;
  credential: CredentialRef;
  /**
   * What a console's client id is bound to: stable across a person's sessions (`user:<id>`), a machine token's id
   * (`token:<id>`). A client id pushed under one principal is refused under another.
   */
  principal: string;
}

export interface UserRecord extends User {
  passwordHash: string | null;
  ssoIssuer: string | null;
  ssoSubject: string | null;
}

export interface NewUserRecord {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: PersonRole;
  queues: string[];
  language: string | null;
  passwordHash: string | null;
  sso: { issuer: string; subject: string } | null;
  now: Date;
}

export interface UserUpdate {
  tenantId: string;
  userId: string;
  baseVersion: number;
  name?: string;
  role?: PersonRole;
  queues?: string[];
  language?: string | null;
  disabled?: boolean;
  passwordHash?: string | null;
  /** A new password ends every session but this one (the person who changed it stays signed in). */
  keepSessionId?: string;
  now: Date;
}

export type UserWriteResult =
  | { ok: true; user: User }
  | {
      ok: false;
      code: 'not_found' | 'version_conflict' | 'email_taken' | 'too_many_users' | 'last_admin';
      current?: User;
    };

export interface NewSession {
  id: string;
  tenantId: string;
  userId: string;
  via: 'password' | 'sso';
  accessHash: string;
  accessExpiresAt: Date;
  refreshHash: string;
  refreshExpiresAt: Date;
  /** The identity provider's refresh token, sealed (QueueSecrets), asked again at each refresh; null for passwords. */
  providerRefreshSealed: string | null;
  now: Date;
}

export interface SessionRotation {
  accessHash: string;
  accessExpiresAt: Date;
  refreshHash: string;
  refreshExpiresAt: Date;
}

export interface RefreshableSession {
  sessionId: string;
  tenantId: string;
  userId: string;
  via: 'password' | 'sso';
  providerRefreshSealed: string | null;
}

export type SessionRefresh =
  | { ok: true; sessionId: string; via: 'password' | 'sso'; user: User; providerRefreshSealed: string | null }
  | { ok: false; reason: SignOutReason };

export interface NewApiTokenRecord {
  id: string;
  tenantId: string;
  name: string;
  role: Role;
  userId: string | null;
  secretHash: string;
  expiresAt: Date | null;
  now: Date;
}

export interface SignInAttempt {
  state: string;
  tenantId: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  expiresAt: Date;
}

/** The IdentityStore over a store's script runners (the scripts are identity-script.ts, the SQL identity-sql.ts). */
export function identityStore(run: ScriptRunners): IdentityStore {
  const userRecord = async (read: Promise<UserRow | null>) => {
    const row = await read;
    return row ? userRecordFromRow(row) : null;
  };
  return {
    authenticate: (kind, secretHash, now) => run.direct(identity.authenticate(kind, secretHash, now)),
    stillLive: (credentials, now) => run.snapshot(identity.stillLive(credentials, now)),
    createUser: (input, actor) => run.write(identity.createUser(input, actor)),
    listUsers: async (tenantId) => (await run.direct(perform('userRows', tenantId))).map(userFromRow),
    getUser: (tenantId, userId) => userRecord(run.direct(perform('userRow', tenantId, userId, false))),
    findUserByEmail: (tenantId, email) =>
      userRecord(run.direct(perform('userByEmail', tenantId, email.trim().toLowerCase()))),
    findUserBySubject: (tenantId, issuer, subject) =>
      userRecord(run.direct(perform('userBySubject', tenantId, issuer, subject))),
    updateUser: (input, actor) => run.write(identity.updateUser(input, actor)),
    recordSignIn: (tenantId, userId, sso, now) =>
      run.direct(
        perform('recordSignIn', tenantId, userId, sso?.issuer ?? null, sso?.subject ?? null, now.toISOString()),
      ),
    createSession: (input) =>
      run.direct(
        perform('insertSession', {
          id: input.id,
          tenant_id: input.tenantId,
          user_id: input.userId,
          via: input.via,
          access_hash: input.accessHash,
          access_expires_at: input.accessExpiresAt.toISOString(),
          refresh_hash: input.refreshHash,
          refresh_expires_at: input.refreshExpiresAt.toISOString(),
          provider_refresh_sealed: input.providerRefreshSealed,
          created_at: input.now.toISOString(),
        }),
      ),
    refreshSession: (refreshHash, next, now) => run.write(identity.refreshSession(refreshHash, next, now)),
    sessionForRefresh: (refreshHash, now) => run.direct(identity.sessionForRefresh(refreshHash, now)),
    setProviderRefresh: (tenantId, sessionId, sealed) =>
      run.direct(perform('setProviderRefresh', tenantId, sessionId, sealed)),
    endSession: (tenantId, sessionId, reason, now) =>
      run.direct(perform('endSession', tenantId, sessionId, reason, now.toISOString())),
    createApiToken: (input, actor) => run.write(identity.createApiToken(input, actor)),
    listApiTokens: async (tenantId) => (await run.direct(perform('apiTokenRows', tenantId))).map(apiTokenFromRow),
    rotateApiToken: (tenantId, tokenId, secretHash, now, actor) =>
      run.write(identity.changeApiToken(tenantId, tokenId, { rotateTo: secretHash }, now, actor)),
    revokeApiToken: (tenantId, tokenId, now, actor) =>
      run.write(identity.changeApiToken(tenantId, tokenId, 'revoke', now, actor)),
    bindApiToken: (tenantId, tokenId, userId, actor) =>
      run.write(identity.bindApiToken(tenantId, tokenId, userId, new Date(), actor)),
    async saveSignInAttempt(attempt) {
      await run.direct(perform('deleteSignInAttemptsBefore', new Date().toISOString()));
      await run.direct(
        perform('insertSignInAttempt', {
          state: attempt.state,
          tenant_id: attempt.tenantId,
          nonce: attempt.nonce,
          code_verifier: attempt.codeVerifier,
          redirect_uri: attempt.redirectUri,
          expires_at: attempt.expiresAt.toISOString(),
        }),
      );
    },
    async takeSignInAttempt(state, now) {
      const row = await run.direct(perform('takeSignInAttempt', state));
      if (!row || row.expires_at <= now.toISOString()) return null;
      return {
        state: row.state,
        tenantId: row.tenant_id,
        nonce: row.nonce,
        codeVerifier: row.code_verifier,
        redirectUri: row.redirect_uri,
        expiresAt: new Date(row.expires_at),
      };
    },
  };
}

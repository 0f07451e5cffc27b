import type {
  ApiTokenRow,
  SessionCredentialRow,
  SessionRow,
  SignInAttemptRow,
  TokenCredentialRow,
  UserRow,
} from './identity-rows.js';
import type { Rows, Statements } from './sql-statements.js';

/** A token as written (the hash of its secret, never the secret). */
export interface NewApiTokenRow {
  id: string;
  tenant_id: string;
  token_hash: string;
  role: string;
  name: string;
  user_id: string | null;
  expires_at: string | null;
  created_at: string;
}

/** The listing of a token for the operator's CLI: its stored hash too (its fingerprint). */
export interface TokenHashRow extends ApiTokenRow {
  token_hash: string;
}

/** The columns an edit of a user writes (compare-and-set on `version`). */
export interface UserChangeRow {
  name: string;
  role: string;
  queues_json: string;
  language: string | null;
  password_hash: string | null;
  disabled_at: string | null;
  updated_at: string;
}

/** People, sessions, tokens and sign-in attempts: one statement each for both engines (sql-statements.ts). */
export interface IdentityOperations {
  /** `lock`: held until the transaction ends (a write's read). */
  userRow(tenantId: string, userId: string, lock: boolean): UserRow | null;
  userByEmail(tenantId: string, email: string): UserRow | null;
  userBySubject(tenantId: string, issuer: string, subject: string): UserRow | null;
  /** The tenant's users by name (then id). */
  userRows(tenantId: string): UserRow[];
  userCount(tenantId: string): number;
  /** The ids of the tenant's enabled admins, locked until the transaction ends (the last-admin rule's read). */
  enabledAdminIds(tenantId: string): string[];
  /** False (nothing written) when the tenant has a user with its email, or its identity provider subject. */
  insertUser(row: UserRow): boolean;
  /** Writes the change if the user's version is still `baseVersion`; whether it did. */
  updateUser(tenantId: string, userId: string, baseVersion: number, change: UserChangeRow): boolean;
  recordSignIn(tenantId: string, userId: string, issuer: string | null, subject: string | null, at: string): void;
  /** Ends the user's live sessions but `exceptSessionId`; how many. */
  endUserSessions(tenantId: string, userId: string, exceptSessionId: string | null, reason: string, at: string): number;
  /** Revokes the user's live tokens; their ids. */
  revokeUserTokens(tenantId: string, userId: string, at: string): string[];

  insertSession(row: SessionRow): void;
  /** The session whose access token (or the one before it) has this hash, with its user. */
  sessionByAccess(accessHash: string): SessionCredentialRow | null;
  /** The session whose refresh token (or the one before it) has this hash, with its user; `lock`: held. */
  sessionByRefresh(refreshHash: string, lock: boolean): SessionCredentialRow | null;
  sessionCredentials(ids: readonly string[]): SessionCredentialRow[];
  /** The next access and refresh token; the current ones are kept as the previous ones. */
  rotateSession(
    sessionId: string,
    next: { accessHash: string; accessExpiresAt: string; refreshHash: string; refreshExpiresAt: string },
    at: string,
  ): void;
  setProviderRefresh(tenantId: string, sessionId: string, sealed: string): void;
  /** Ends a live session; whether it was live. */
  endSession(tenantId: string, sessionId: string, reason: string, at: string): boolean;
  touchSession(sessionId: string, at: string): void;

  insertApiToken(row: NewApiTokenRow): void;
  /** The token whose secret has this hash, with its user. */
  tokenByHash(tokenHash: string): TokenCredentialRow | null;
  tokenCredentials(ids: readonly string[]): TokenCredentialRow[];
  touchToken(tokenId: string, at: string): void;
  /** The tenant's tokens, revoked ones included, oldest first. */
  apiTokenRows(tenantId: string): TokenHashRow[];
  apiTokenRow(tenantId: string, tokenId: string): ApiTokenRow | null;
  liveApiTokenCount(tenantId: string, at: string): number;
  /** A new secret's hash for a live token; whether it was live. */
  rotateApiToken(tenantId: string, tokenId: string, tokenHash: string, at: string): boolean;
  /** Revokes a live token; whether it was live. */
  revokeApiToken(tenantId: string, tokenId: string, at: string): boolean;
  /** Binds a live machine token to a user; whether it was one. */
  bindApiToken(tenantId: string, tokenId: string, userId: string, at: string): boolean;

  insertSignInAttempt(row: SignInAttemptRow): void;
  /** Deletes the attempt and answers it (a second take finds nothing). */
  takeSignInAttempt(state: string): SignInAttemptRow | null;
  deleteSignInAttemptsBefore(at: string): void;
}

const USER_COLUMNS = `id, tenant_id, email, name, role, queues_json, language, password_hash, sso_issuer, sso_subject,
  disabled_at, created_at, updated_at, last_sign_in_at, version`;
const TOKEN_COLUMNS =
  'id, tenant_id, name, role, user_id, created_at, last_used_at, expires_at, rotated_at, revoked_at';
const CREDENTIAL_USER = 'u.name AS user_name, u.role AS user_role, u.disabled_at AS user_disabled_at';
const TOKEN_CREDENTIAL = `SELECT t.id, t.tenant_id, t.name, t.role, t.user_id, t.created_at, t.last_used_at, t.expires_at,
  t.rotated_at, t.revoked_at, ${CREDENTIAL_USER} FROM tokens t LEFT JOIN users u ON u.id = t.user_id`;
const SESSION_CREDENTIAL = `SELECT s.id, s.tenant_id, s.user_id, s.via, s.access_hash, s.access_expires_at, s.refresh_hash,
  s.refresh_expires_at, s.provider_refresh_sealed, s.last_used_at, s.ended_at, s.end_reason, ${CREDENTIAL_USER}
  FROM sessions s JOIN users u ON u.id = s.user_id`;
const ATTEMPT_COLUMNS = 'state, tenant_id, nonce, code_verifier, redirect_uri, expires_at';

const none = (): void => undefined;
const firstRow =
  <R>() =>
  (rows: Rows): R | null =>
    (rows[0] as R | undefined) ?? null;
const allRows =
  <R>() =>
  (rows: Rows): R[] =>
    rows as unknown as R[];
const anyRow = (rows: Rows): boolean => rows.length > 0;
// PostgreSQL answers COUNT(*) as text.
const count = (rows: Rows): number => Number(rows[0]?.count ?? 0);
const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

export const IDENTITY_STATEMENTS: Statements<IdentityOperations> = {
  userRow: {
    statement: (tenantId, userId, lock) => ({
      sql: `SELECT ${USER_COLUMNS} FROM users WHERE tenant_id = ? AND id = ?`,
      values: [tenantId, userId],
      lock,
    }),
    answer: firstRow<UserRow>(),
  },
  userByEmail: {
    statement: (tenantId, email) => ({
      sql: `SELECT ${USER_COLUMNS} FROM users WHERE tenant_id = ? AND email = ?`,
      values: [tenantId, email],
    }),
    answer: firstRow<UserRow>(),
  },
  userBySubject: {
    statement: (tenantId, issuer, subject) => ({
      sql: `SELECT ${USER_COLUMNS} FROM users WHERE tenant_id = ? AND sso_issuer = ? AND sso_subject = ?`,
      values: [tenantId, issuer, subject],
    }),
    answer: firstRow<UserRow>(),
  },
  userRows: {
    statement: (tenantId) => ({
      sql: `SELECT ${USER_COLUMNS} FROM users WHERE tenant_id = ? ORDER BY name, id`,
      values: [tenantId],
    }),
    answer: allRows<UserRow>(),
  },
  userCount: {
    statement: (tenantId) => ({ sql: 'SELECT COUNT(*) AS count FROM users WHERE tenant_id = ?', values: [tenantId] }),
    answer: count,
  },
  enabledAdminIds: {
    statement: (tenantId) => ({
      sql: "SELECT id FROM users WHERE tenant_id = ? AND role = 'admin' AND disabled_at IS NULL ORDER BY id",
      values: [tenantId],
      lock: true,
    }),
    answer: (rows) => rows.map((row) => String(row.id)),
  },
  insertUser: {
    statement: (row) => ({
      sql: `INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING RETURNING id`,
      values: [
        row.id,
        row.tenant_id,
        row.email,
        row.name,
        row.role,
        row.queues_json,
        row.language,
        row.password_hash,
        row.sso_issuer,
        row.sso_subject,
        row.disabled_at,
        row.created_at,
        row.updated_at,
        row.last_sign_in_at,
        row.version,
      ],
    }),
    answer: anyRow,
  },
  updateUser: {
    statement: (tenantId, userId, baseVersion, change) => ({
      sql: `UPDATE users SET name = ?, role = ?, queues_json = ?, language = ?, password_hash = ?, disabled_at = ?,
        updated_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ? RETURNING id`,
      values: [
        change.name,
        change.role,
        change.queues_json,
        change.language,
        change.password_hash,
        change.disabled_at,
        change.updated_at,
        tenantId,
        userId,
        baseVersion,
      ],
    }),
    answer: anyRow,
  },
  recordSignIn: {
    statement: (tenantId, userId, issuer, subject, at) => ({
      sql: `UPDATE users SET last_sign_in_at = ?, sso_issuer = COALESCE(?, sso_issuer),
        sso_subject = COALESCE(?, sso_subject) WHERE tenant_id = ? AND id = ?`,
      values: [at, issuer, subject, tenantId, userId],
    }),
    answer: none,
  },
  endUserSessions: {
    statement: (tenantId, userId, exceptSessionId, reason, at) => ({
      sql: `UPDATE sessions SET ended_at = ?, end_reason = ?
        WHERE tenant_id = ? AND user_id = ? AND ended_at IS NULL AND id <> ? RETURNING id`,
      values: [at, reason, tenantId, userId, exceptSessionId ?? ''],
    }),
    answer: (rows) => rows.length,
  },
  revokeUserTokens: {
    statement: (tenantId, userId, at) => ({
      sql: `UPDATE tokens SET revoked_at = ? WHERE tenant_id = ? AND user_id = ? AND revoked_at IS NULL RETURNING id`,
      values: [at, tenantId, userId],
    }),
    answer: (rows) => rows.map((row) => String(row.id)),
  },

  insertSession: {
    statement: (row) => ({
      sql: `INSERT INTO sessions (id, tenant_id, user_id, via, access_hash, access_expires_at, refresh_hash,
        refresh_expires_at, provider_refresh_sealed, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      values: [
        row.id,
        row.tenant_id,
        row.user_id,
        row.via,
        row.access_hash,
        row.access_expires_at,
        row.refresh_hash,
        row.refresh_expires_at,
        row.provider_refresh_sealed,
        row.created_at,
        row.created_at,
      ],
    }),
    answer: none,
  },
  sessionByAccess: {
    statement: (accessHash) => ({
      sql: `${SESSION_CREDENTIAL} WHERE s.access_hash = ? OR s.previous_access_hash = ?`,
      values: [accessHash, accessHash],
    }),
    answer: firstRow<SessionCredentialRow>(),
  },
  sessionByRefresh: {
    statement: (refreshHash, lock) => ({
      sql: `${SESSION_CREDENTIAL} WHERE s.refresh_hash = ? OR s.previous_refresh_hash = ?`,
      values: [refreshHash, refreshHash],
      lock,
    }),
    answer: firstRow<SessionCredentialRow>(),
  },
  sessionCredentials: {
    statement: (ids) => ({ sql: `${SESSION_CREDENTIAL} WHERE s.id IN (${placeholders(ids)})`, values: [...ids] }),
    answer: allRows<SessionCredentialRow>(),
  },
  rotateSession: {
    statement: (sessionId, next, at) => ({
      sql: `UPDATE sessions SET previous_access_hash = access_hash, access_hash = ?, access_expires_at = ?,
        previous_refresh_hash = refresh_hash, refresh_hash = ?, refresh_expires_at = ?, last_used_at = ? WHERE id = ?`,
      values: [next.accessHash, next.accessExpiresAt, next.refreshHash, next.refreshExpiresAt, at, sessionId],
    }),
    answer: none,
  },
  setProviderRefresh: {
    statement: (tenantId, sessionId, sealed) => ({
      sql: 'UPDATE sessions SET provider_refresh_sealed = ? WHERE tenant_id = ? AND id = ?',
      values: [sealed, tenantId, sessionId],
    }),
    answer: none,
  },
  endSession: {
    statement: (tenantId, sessionId, reason, at) => ({
      sql: `UPDATE sessions SET ended_at = ?, end_reason = ? WHERE tenant_id = ? AND id = ? AND ended_at IS NULL
        RETURNING id`,
      values: [at, reason, tenantId, sessionId],
    }),
    answer: anyRow,
  },
  touchSession: {
    statement: (sessionId, at) => ({
      sql: 'UPDATE sessions SET last_used_at = ? WHERE id = ?',
      values: [at, sessionId],
    }),
    answer: none,
  },

  insertApiToken: {
    statement: (row) => ({
      sql: `INSERT INTO tokens (id, tenant_id, token_hash, role, name, user_id, expires_at, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      values: [row.id, row.tenant_id, row.token_hash, row.role, row.name, row.user_id, row.expires_at, row.created_at],
    }),
    answer: none,
  },
  tokenByHash: {
    statement: (tokenHash) => ({ sql: `${TOKEN_CREDENTIAL} WHERE t.token_hash = ?`, values: [tokenHash] }),
    answer: firstRow<TokenCredentialRow>(),
  },
  tokenCredentials: {
    statement: (ids) => ({ sql: `${TOKEN_CREDENTIAL} WHERE t.id IN (${placeholders(ids)})`, values: [...ids] }),
    answer: allRows<TokenCredentialRow>(),
  },
  touchToken: {
    statement: (tokenId, at) => ({ sql: 'UPDATE tokens SET last_used_at = ? WHERE id = ?', values: [at, tokenId] }),
    answer: none,
  },
  apiTokenRows: {
    statement: (tenantId) => ({
      sql: `SELECT ${TOKEN_COLUMNS}, token_hash FROM tokens WHERE tenant_id = ? ORDER BY created_at, id`,
      values: [tenantId],
    }),
    answer: allRows<TokenHashRow>(),
  },
  apiTokenRow: {
    statement: (tenantId, tokenId) => ({
      sql: `SELECT ${TOKEN_COLUMNS} FROM tokens WHERE tenant_id = ? AND id = ?`,
      values: [tenantId, tokenId],
    }),
    answer: firstRow<ApiTokenRow>(),
  },
  liveApiTokenCount: {
    statement: (tenantId, at) => ({
      sql: `SELECT COUNT(*) AS count FROM tokens WHERE tenant_id = ? AND revoked_at IS NULL
        AND (expires_at IS NULL OR expires_at > ?)`,
      values: [tenantId, at],
    }),
    answer: count,
  },
  rotateApiToken: {
    statement: (tenantId, tokenId, tokenHash, at) => ({
      sql: `UPDATE tokens SET token_hash = ?, rotated_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL
        AND (expires_at IS NULL OR expires_at > ?) RETURNING id`,
      values: [tokenHash, at, tenantId, tokenId, at],
    }),
    answer: anyRow,
  },
  revokeApiToken: {
    statement: (tenantId, tokenId, at) => ({
      sql: 'UPDATE tokens SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL RETURNING id',
      values: [at, tenantId, tokenId],
    }),
    answer: anyRow,
  },
  bindApiToken: {
    statement: (tenantId, tokenId, userId, at) => ({
      sql: `UPDATE tokens SET user_id = ? WHERE tenant_id = ? AND id = ? AND user_id IS NULL AND revoked_at IS NULL
        AND (expires_at IS NULL OR expires_at > ?) RETURNING id`,
      values: [userId, tenantId, tokenId, at],
    }),
    answer: anyRow,
  },

  insertSignInAttempt: {
    statement: (row) => ({
      sql: `INSERT INTO sign_in_attempts (${ATTEMPT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
      values: [row.state, row.tenant_id, row.nonce, row.code_verifier, row.redirect_uri, row.expires_at],
    }),
    answer: none,
  },
  takeSignInAttempt: {
    statement: (state) => ({
      sql: `DELETE FROM sign_in_attempts WHERE state = ? RETURNING ${ATTEMPT_COLUMNS}`,
      values: [state],
    }),
    answer: firstRow<SignInAttemptRow>(),
  },
  deleteSignInAttemptsBefore: {
    statement: (at) => ({ sql: 'DELETE FROM sign_in_attempts WHERE expires_at < ?', values: [at] }),
    answer: none,
  },
};

import { z } from 'zod';
import {
  SignOutReasonSchema,
  UserSchema,
  type ApiToken,
  type PersonRole,
  type SignOutReason,
  type User,
} from '../../shared/api/identity-contract.js';
import type { Role } from '../../shared/api/queue-contract.js';
import type { UserRecord } from './identity-store.js';

/** A row of `users` (schema-steps.ts identityStep); queues as JSON. */
export interface UserRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: PersonRole;
  queues_json: string;
  language: string | null;
  password_hash: string | null;
  sso_issuer: string | null;
  sso_subject: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
  version: number;
}

/** A row of `tokens` as listed (never its hash). */
export interface ApiTokenRow {
  id: string;
  tenant_id: string;
  name: string;
  role: Role;
  user_id: string | null;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  rotated_at: string | null;
  revoked_at: string | null;
}

/** The user a credential acts as, read with it (null columns: a machine token, or a user that is gone). */
interface CredentialUserColumns {
  user_name: string | null;
  user_role: PersonRole | null;
  user_disabled_at: string | null;
}

/** A token read to authenticate a request or to ask whether an event stream may go on. */
export interface TokenCredentialRow extends ApiTokenRow, CredentialUserColumns {}

/** A session's own columns: whose it is, its tokens' hashes and lifetimes, the identity provider's sealed refresh token. */
interface SessionTokenColumns {
  id: string;
  tenant_id: string;
  user_id: string;
  via: 'password' | 'sso';
  access_hash: string;
  access_expires_at: string;
  refresh_hash: string;
  refresh_expires_at: string;
  provider_refresh_sealed: string | null;
}

/** A session read to authenticate a request or to ask whether an event stream may go on. */
export interface SessionCredentialRow extends SessionTokenColumns, CredentialUserColumns {
  last_used_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

/** A row of `sessions` as written. */
export interface SessionRow extends SessionTokenColumns {
  created_at: string;
}

/** A row of `sign_in_attempts`. */
export interface SignInAttemptRow {
  state: string;
  tenant_id: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  expires_at: string;
}

const QueuesSchema = z.array(z.string());

export function userRecordFromRow(row: UserRow): UserRecord {
  return {
    ...userFromRow(row),
    passwordHash: row.password_hash,
    ssoIssuer: row.sso_issuer,
    ssoSubject: row.sso_subject,
  };
}

export function userFromRow(row: UserRow): User {
  return UserSchema.parse({
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    name: row.name,
    role: row.role,
    queues: QueuesSchema.parse(JSON.parse(row.queues_json)),
    language: row.language,
    disabledAt: row.disabled_at,
    hasPassword: row.password_hash !== null,
    ssoLinked: row.sso_subject !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSignInAt: row.last_sign_in_at,
    // PostgreSQL answers INTEGER as a number already; SQLite too.
    version: Number(row.version),
  });
}

export function apiTokenFromRow(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    userId: row.user_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    rotatedAt: row.rotated_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * Why a token no longer works at `now`, or null when it does: bound to a disabled user (or a user that is gone), revoked,
 * expired. The one rule for a request and for an open event stream.
 */
export function tokenRefusal(row: TokenCredentialRow, now: Date): SignOutReason | null {
  if (row.user_id !== null && row.user_name === null) return 'unknown_credential';
  // Disabling a user revokes its tokens too: the person is told why, not only that the token went.
  if (row.user_id !== null && row.user_disabled_at !== null) return 'user_disabled';
  if (row.revoked_at !== null) return 'token_revoked';
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) return 'token_expired';
  return null;
}

/**
 * Why a session no longer works at `now`, or null when it does: ended (its reason), its user disabled, its refresh
 * token expired. An access token past its time leaves the session working (a refresh puts it right): accessRefusal.
 */
export function sessionRefusal(row: SessionCredentialRow, now: Date): SignOutReason | null {
  if (row.ended_at !== null) return endReason(row.end_reason);
  if (row.user_disabled_at !== null) return 'user_disabled';
  if (row.refresh_expires_at <= now.toISOString()) return 'session_expired';
  return null;
}

/** Why the session's access token `accessHash` does not work at `now` (an earlier one of it: `access_expired`). */
export function accessRefusal(row: SessionCredentialRow, accessHash: string, now: Date): SignOutReason | null {
  const refusal = sessionRefusal(row, now);
  if (refusal !== null) return refusal;
  if (row.access_hash !== accessHash || row.access_expires_at <= now.toISOString()) return 'access_expired';
  return null;
}

/** A stored end reason; one this queue does not know (a newer one wrote it) reads as revoked. */
export function endReason(stored: string | null): SignOutReason {
  const parsed = SignOutReasonSchema.safeParse(stored);
  return parsed.success ? parsed.data : 'session_revoked';
}

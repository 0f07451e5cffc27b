import { USER_LIMITS, type ApiToken, type PersonRole, type SignOutReason } from '../../shared/api/identity-contract.js';
import { IDENTITY_AUDIT_ACTIONS, identityEntry, type IdentityAuditAction } from '../audit/identity-audit.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { appendAudit } from './audit-append.js';
import {
  accessRefusal,
  apiTokenFromRow,
  sessionRefusal,
  tokenRefusal,
  userFromRow,
  type SessionCredentialRow,
  type TokenCredentialRow,
  type UserRow,
} from './identity-rows.js';
import type {
  AuthenticatedCaller,
  Authentication,
  CredentialRef,
  NewApiTokenRecord,
  NewUserRecord,
  RefreshableSession,
  SessionRefresh,
  SessionRotation,
  UserUpdate,
  UserWriteResult,
} from './identity-store.js';
import { perform, type Script } from './store-operations.js';

/**
 * People, sessions and API tokens as transaction scripts (the SQL is identity-sql.ts; identity-store.ts says what each
 * method means). The rules of when a credential stops working are identity-rows.ts's.
 */

/** A credential's last use is written at most this often (most requests write nothing). */
export const LAST_USE_RESOLUTION_MS = 60_000;
/** How many credentials one stillLive statement asks about. */
const CREDENTIALS_PER_STATEMENT = 500;

/** Who a bearer credential is, by the hash of its secret; its last use is touched when it is stale. */
export function* authenticate(kind: 'api_token' | 'access', secretHash: string, now: Date): Script<Authentication> {
  if (kind === 'api_token') {
    const row = yield* perform('tokenByHash', secretHash);
    if (!row) return { ok: false, reason: 'unknown_credential' };
    const refusal = tokenRefusal(row, now);
    if (refusal) return { ok: false, reason: refusal };
    if (stale(row.last_used_at, now)) yield* perform('touchToken', row.id, now.toISOString());
    return { ok: true, caller: tokenCaller(row) };
  }
  const row = yield* perform('sessionByAccess', secretHash);
  if (!row) return { ok: false, reason: 'unknown_credential' };
  const refusal = accessRefusal(row, secretHash, now);
  if (refusal) return { ok: false, reason: refusal };
  if (stale(row.last_used_at, now)) yield* perform('touchSession', row.id, now.toISOString());
  return { ok: true, caller: sessionCaller(row) };
}

/** Which of the credentials work at `now` (null) or why not; one statement per kind and 500 credentials. */
export function* stillLive(
  credentials: readonly CredentialRef[],
  now: Date,
): Script<Map<string, SignOutReason | null>> {
  const answers = new Map<string, SignOutReason | null>(
    credentials.map((credential) => [credential.id, 'unknown_credential']),
  );
  const tokenIds = credentials
    .filter((credential) => credential.kind === 'api_token')
    .map((credential) => credential.id);
  const sessionIds = credentials
    .filter((credential) => credential.kind === 'session')
    .map((credential) => credential.id);
  for (const ids of chunks(tokenIds)) {
    for (const row of yield* perform('tokenCredentials', ids)) answers.set(row.id, tokenRefusal(row, now));
  }
  for (const ids of chunks(sessionIds)) {
    for (const row of yield* perform('sessionCredentials', ids)) answers.set(row.id, sessionRefusal(row, now));
  }
  return answers;
}

export function* createUser(input: NewUserRecord, actor: TokenActor): Script<UserWriteResult> {
  if ((yield* perform('userCount', input.tenantId)) >= USER_LIMITS.maxUsersPerTenant)
    return { ok: false, code: 'too_many_users' };
  const at = input.now.toISOString();
  const row: UserRow = {
    id: input.id,
    tenant_id: input.tenantId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    queues_json: JSON.stringify(input.queues),
    language: input.language,
    password_hash: input.passwordHash,
    sso_issuer: input.sso?.issuer ?? null,
    sso_subject: input.sso?.subject ?? null,
    disabled_at: null,
    created_at: at,
    updated_at: at,
    last_sign_in_at: null,
    version: 1,
  };
  if (!(yield* perform('insertUser', row))) return { ok: false, code: 'email_taken' };
  yield* appendAudit([
    identityEntry(input.tenantId, IDENTITY_AUDIT_ACTIONS.userCreated, { userId: row.id, role: row.role }, actor, at),
  ]);
  return { ok: true, user: userFromRow(row) };
}

/**
 * The tenant's enabled admins, read locked in the change's transaction when the change may disable or demote one (the
 * last-admin rule), so two admins disabling each other at once cannot both succeed. Read before the user's own row:
 * every such change takes the admins' locks in one order (by id), so two of them cannot deadlock.
 */
function* adminsIfEnding(input: UserUpdate): Script<string[] | null> {
  const mayEndAnAdmin = input.disabled === true || (input.role !== undefined && input.role !== 'admin');
  return mayEndAnAdmin ? yield* perform('enabledAdminIds', input.tenantId) : null;
}

/** Whether the change disables or demotes the last of the tenant's enabled admins (nobody could then manage it). */
function endsTheLastAdmin(admins: string[] | null, current: UserRow, input: UserUpdate): boolean {
  const demoting = input.role !== undefined && input.role !== 'admin';
  const disabling = input.disabled === true && current.disabled_at === null;
  if (admins === null || current.role !== 'admin' || current.disabled_at !== null || !(disabling || demoting))
    return false;
  return admins.every((id) => id === current.id);
}

/**
 * A compare-and-set edit of a user. Disabling ends every session and revokes every token of the user (reason
 * `user_disabled`); a new (or removed) password ends every session but `keepSessionId`.
 */
export function* updateUser(input: UserUpdate, actor: TokenActor): Script<UserWriteResult> {
  const admins = yield* adminsIfEnding(input);
  const current = yield* perform('userRow', input.tenantId, input.userId, true);
  if (!current) return { ok: false, code: 'not_found' };
  if (Number(current.version) !== input.baseVersion)
    return { ok: false, code: 'version_conflict', current: userFromRow(current) };
  const at = input.now.toISOString();
  const wasDisabled = current.disabled_at !== null;
  const disabling = input.disabled === true && !wasDisabled;
  const enabling = input.disabled === false && wasDisabled;
  if (endsTheLastAdmin(admins, current, input)) return { ok: false, code: 'last_admin' };
  const change = {
    name: input.name ?? current.name,
    role: input.role ?? current.role,
    queues_json: input.queues === undefined ? current.queues_json : JSON.stringify(input.queues),
    language: input.language === undefined ? current.language : input.language,
    password_hash: input.passwordHash === undefined ? current.password_hash : input.passwordHash,
    disabled_at: disabling ? at : enabling ? null : current.disabled_at,
    updated_at: at,
  };
  if (!(yield* perform('updateUser', input.tenantId, input.userId, input.baseVersion, change)))
    return { ok: false, code: 'version_conflict', current: userFromRow(current) };
  const passwordChanged = input.passwordHash !== undefined;
  let sessionsEnded = 0;
  let tokensRevoked: string[] = [];
  if (disabling) {
    sessionsEnded = yield* perform('endUserSessions', input.tenantId, input.userId, null, 'user_disabled', at);
    tokensRevoked = yield* perform('revokeUserTokens', input.tenantId, input.userId, at);
  } else if (passwordChanged) {
    const keep = input.keepSessionId ?? null;
    sessionsEnded = yield* perform('endUserSessions', input.tenantId, input.userId, keep, 'session_revoked', at);
  }
  const changed = (['name', 'role', 'queues', 'language'] as const).filter((field) => input[field] !== undefined);
  const action: IdentityAuditAction = disabling
    ? IDENTITY_AUDIT_ACTIONS.userDisabled
    : enabling
      ? IDENTITY_AUDIT_ACTIONS.userEnabled
      : IDENTITY_AUDIT_ACTIONS.userUpdated;
  const inputs = {
    userId: input.userId,
    changed,
    ...(input.role === undefined ? {} : { role: input.role }),
    ...(passwordChanged ? { passwordChanged: true } : {}),
    ...(sessionsEnded > 0 ? { sessionsEnded } : {}),
    ...(tokensRevoked.length > 0 ? { tokensRevoked } : {}),
    version: Number(current.version) + 1,
  };
  yield* appendAudit([identityEntry(input.tenantId, action, inputs, actor, at)]);
  const updated: UserRow = { ...current, ...change, version: Number(current.version) + 1 };
  return { ok: true, user: userFromRow(updated) };
}

/**
 * The refresh token's session moved on to `next` (rotation). A refresh token used before (the previous one) ends the
 * session: `session_revoked`.
 */
export function* refreshSession(refreshHash: string, next: SessionRotation, now: Date): Script<SessionRefresh> {
  const row = yield* perform('sessionByRefresh', refreshHash, true);
  if (!row) return { ok: false, reason: 'unknown_credential' };
  const at = now.toISOString();
  const refusal = sessionRefusal(row, now);
  if (refusal) {
    if (refusal === 'session_expired') yield* perform('endSession', row.tenant_id, row.id, refusal, at);
    return { ok: false, reason: refusal };
  }
  if (row.refresh_hash !== refreshHash) {
    yield* perform('endSession', row.tenant_id, row.id, 'session_revoked', at);
    return { ok: false, reason: 'session_revoked' };
  }
  yield* perform(
    'rotateSession',
    row.id,
    {
      accessHash: next.accessHash,
      accessExpiresAt: next.accessExpiresAt.toISOString(),
      refreshHash: next.refreshHash,
      refreshExpiresAt: next.refreshExpiresAt.toISOString(),
    },
    at,
  );
  const user = yield* perform('userRow', row.tenant_id, row.user_id, false);
  if (!user) return { ok: false, reason: 'unknown_credential' };
  return {
    ok: true,
    sessionId: row.id,
    via: row.via,
    user: userFromRow(user),
    providerRefreshSealed: row.provider_refresh_sealed,
  };
}

/** The live session whose current refresh token has this hash, nothing rotated (an SSO refresh asks its provider first). */
export function* sessionForRefresh(refreshHash: string, now: Date): Script<RefreshableSession | null> {
  const row = yield* perform('sessionByRefresh', refreshHash, false);
  if (!row || row.refresh_hash !== refreshHash || sessionRefusal(row, now) !== null) return null;
  return {
    sessionId: row.id,
    tenantId: row.tenant_id,
    userId: row.user_id,
    via: row.via,
    providerRefreshSealed: row.provider_refresh_sealed,
  };
}

export function* createApiToken(input: NewApiTokenRecord, actor: TokenActor): Script<ApiToken> {
  const at = input.now.toISOString();
  if ((yield* perform('liveApiTokenCount', input.tenantId, at)) >= USER_LIMITS.maxTokensPerTenant)
    throw new TooManyTokens(input.tenantId);
  const row = {
    id: input.id,
    tenant_id: input.tenantId,
    token_hash: input.secretHash,
    role: input.role,
    name: input.name,
    user_id: input.userId,
    expires_at: input.expiresAt?.toISOString() ?? null,
    created_at: at,
  };
  yield* perform('insertApiToken', row);
  const inputs = { tokenId: input.id, name: input.name, role: input.role, userId: input.userId };
  yield* appendAudit([identityEntry(input.tenantId, IDENTITY_AUDIT_ACTIONS.apiTokenCreated, inputs, actor, at)]);
  return apiTokenFromRow({ ...row, role: input.role, last_used_at: null, rotated_at: null, revoked_at: null });
}

/** Rotates or revokes a live token of the tenant, audited; null when it has no such live token. */
export function* changeApiToken(
  tenantId: string,
  tokenId: string,
  change: { rotateTo: string } | 'revoke',
  now: Date,
  actor: TokenActor,
): Script<ApiToken | null> {
  const at = now.toISOString();
  const changed =
    change === 'revoke'
      ? yield* perform('revokeApiToken', tenantId, tokenId, at)
      : yield* perform('rotateApiToken', tenantId, tokenId, change.rotateTo, at);
  if (!changed) return null;
  const action = change === 'revoke' ? IDENTITY_AUDIT_ACTIONS.apiTokenRevoked : IDENTITY_AUDIT_ACTIONS.apiTokenRotated;
  yield* appendAudit([identityEntry(tenantId, action, { tokenId }, actor, at)]);
  const row = yield* perform('apiTokenRow', tenantId, tokenId);
  return row ? apiTokenFromRow(row) : null;
}

/** Binds a live machine token to a user of the same tenant, audited; false when either is not there. */
export function* bindApiToken(
  tenantId: string,
  tokenId: string,
  userId: string,
  now: Date,
  actor: TokenActor,
): Script<boolean> {
  if (!(yield* perform('userRow', tenantId, userId, true))) return false;
  const at = now.toISOString();
  if (!(yield* perform('bindApiToken', tenantId, tokenId, userId, at))) return false;
  const inputs = { tokenId, userId };
  yield* appendAudit([identityEntry(tenantId, IDENTITY_AUDIT_ACTIONS.apiTokenBound, inputs, actor, at)]);
  return true;
}

/** A tenant at USER_LIMITS.maxTokensPerTenant live tokens gets no more (the routes answer 409). */
export class TooManyTokens extends Error {
  constructor(tenantId: string) {
    super(`Tenant ${tenantId} has ${USER_LIMITS.maxTokensPerTenant} live API tokens, the most it may have.`);
    this.name = 'TooManyTokens';
  }
}

/** A token's caller: a user-bound token acts as its user (current name and role), a machine as itself. */
function tokenCaller(row: TokenCredentialRow): AuthenticatedCaller {
  const credential = { kind: 'api_token' as const, id: row.id };
  if (row.user_id === null || row.user_name === null || row.user_role === null)
    return {
      tenantId: row.tenant_id,
      role: row.role,
      name: row.name,
      userId: null,
      credential,
      principal: `token:${row.id}`,
    };
  return personCaller(row.tenant_id, row.user_id, row.user_name, row.user_role, credential);
}

function sessionCaller(row: SessionCredentialRow): AuthenticatedCaller {
  // The session's row is read joined with its user: the name and role are there.
  return personCaller(row.tenant_id, row.user_id, row.user_name ?? '', row.user_role ?? 'agent', {
    kind: 'session',
    id: row.id,
  });
}

function personCaller(
  tenantId: string,
  userId: string,
  name: string,
  role: PersonRole,
  credential: CredentialRef,
): AuthenticatedCaller {
  return { tenantId, role, name, userId, credential, principal: `user:${userId}` };
}

function stale(lastUsedAt: string | null, now: Date): boolean {
  return lastUsedAt === null || Date.parse(lastUsedAt) <= now.getTime() - LAST_USE_RESOLUTION_MS;
}

function chunks(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let start = 0; start < ids.length; start += CREDENTIALS_PER_STATEMENT)
    out.push(ids.slice(start, start + CREDENTIALS_PER_STATEMENT));
  return out;
}

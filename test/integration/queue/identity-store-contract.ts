import { expect, it } from 'vitest';
import type { PersonRole } from '../../../shared/api/identity-contract.js';
import { IDENTITY_AUDIT_ACTIONS } from '../../../server/audit/identity-audit.js';
import { hashToken } from '../../../server/auth/tokens.js';
import { newApiTokenId, newUserId } from '../../../server/domain/ids.js';
import type { Authentication, NewSession, NewUserRecord } from '../../../server/storage/identity-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';

const T0 = new Date('2026-05-04T08:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const ADMIN = { name: 'Ada Admin', role: 'admin' };

/**
 * The identity part of the QueueStore contract (store-contract.ts calls it inside its describe, where tenants alpha
 * and beta exist): users, sessions, API tokens, what authentication answers and why it refuses, sign-in attempts.
 */
export function describeIdentityStoreContract(store: () => QueueStore): void {
  const identity = () => store().identity;
  const newUser = (tenantId: string, email: string, role: PersonRole, name: string): NewUserRecord => ({
    id: newUserId(),
    tenantId,
    email,
    name,
    role,
    queues: [],
    language: null,
    passwordHash: null,
    sso: null,
    now: T0,
  });
  const addUser = async (tenantId: string, email: string, role: PersonRole = 'agent', name = 'Kim Agent') => {
    const result = await identity().createUser(newUser(tenantId, email, role, name), ADMIN);
    if (!result.ok) throw new Error(`createUser refused: ${result.code}`);
    return result.user;
  };
  const session = (tenantId: string, userId: string, label: string, now = T0): NewSession => ({
    id: `ses_${label}_000000`,
    tenantId,
    userId,
    via: 'password',
    accessHash: hashToken(`sbs_${label}`),
    accessExpiresAt: new Date(now.getTime() + 15 * MINUTE),
    refreshHash: hashToken(`sbr_${label}`),
    refreshExpiresAt: new Date(now.getTime() + 168 * 60 * MINUTE),
    providerRefreshSealed: null,
    now,
  });
  const token = (tenantId: string, label: string, userId: string | null = null, expiresAt: Date | null = null) => ({
    id: newApiTokenId(),
    tenantId,
    name: `${label} token`,
    role: 'autopilot' as const,
    userId,
    secretHash: hashToken(`sbq_${label}`),
    expiresAt,
    now: T0,
  });
  const refusal = (authentication: Authentication) => (authentication.ok ? null : authentication.reason);
  const tokenAuth = (label: string, now = at(1)) =>
    identity().authenticate('api_token', hashToken(`sbq_${label}`), now);
  const accessAuth = (label: string, now = at(1)) => identity().authenticate('access', hashToken(`sbs_${label}`), now);
  const identityAudit = async () =>
    (await store().auditPage(0, 1000)).filter((record) =>
      (Object.values(IDENTITY_AUDIT_ACTIONS) as string[]).includes(record.action),
    );

  it('keeps users per tenant: an email once per tenant (any case), found by email and by bound subject, audited', async () => {
    const kim = await addUser('alpha', 'Kim@Example.com');
    expect(kim).toMatchObject({ email: 'kim@example.com', role: 'agent', version: 1, hasPassword: false });
    const again = await identity().createUser(newUser('alpha', 'KIM@example.com', 'lead', 'Other Kim'), ADMIN);
    expect(again).toEqual({ ok: false, code: 'email_taken' });
    const betaKim = await addUser('beta', 'kim@example.com');
    expect((await identity().listUsers('alpha')).map((user) => user.id)).toEqual([kim.id]);
    expect(await identity().getUser('alpha', betaKim.id)).toBeNull();
    expect((await identity().findUserByEmail('alpha', ' KIM@example.COM'))?.id).toBe(kim.id);

    await identity().recordSignIn('alpha', kim.id, { issuer: 'https://idp.test', subject: 'sub-1' }, at(5));
    const bound = await identity().findUserBySubject('alpha', 'https://idp.test', 'sub-1');
    expect(bound).toMatchObject({ id: kim.id, ssoLinked: true, lastSignInAt: at(5).toISOString() });
    expect(await identity().findUserBySubject('beta', 'https://idp.test', 'sub-1')).toBeNull();

    const audit = await identityAudit();
    expect(audit.map((record) => [record.tenantId, record.action, record.actorName])).toEqual([
      ['alpha', 'user_created', 'Ada Admin'],
      ['beta', 'user_created', 'Ada Admin'],
    ]);
    expect(audit[0]?.inputsJson).not.toContain('kim@example.com');
  });

  it('edits a user on its version; a user-bound token acts as the user with its current name and role', async () => {
    const kim = await addUser('alpha', 'kim@example.com');
    await identity().createApiToken(token('alpha', 'kims', kim.id), ADMIN);
    expect(await tokenAuth('kims')).toMatchObject({
      ok: true,
      caller: { name: 'Kim Agent', role: 'agent', userId: kim.id, principal: `user:${kim.id}` },
    });
    const changed = await identity().updateUser(
      { tenantId: 'alpha', userId: kim.id, baseVersion: 1, role: 'lead', name: 'Kim Lead', now: at(2) },
      ADMIN,
    );
    expect(changed).toMatchObject({ ok: true, user: { role: 'lead', name: 'Kim Lead', version: 2 } });
    const stale = await identity().updateUser(
      { tenantId: 'alpha', userId: kim.id, baseVersion: 1, role: 'agent', now: at(3) },
      ADMIN,
    );
    expect(stale).toMatchObject({ ok: false, code: 'version_conflict', current: { version: 2, role: 'lead' } });
    expect(await tokenAuth('kims', at(4))).toMatchObject({ ok: true, caller: { name: 'Kim Lead', role: 'lead' } });
    const elsewhere = await identity().updateUser(
      { tenantId: 'beta', userId: kim.id, baseVersion: 2, role: 'agent', now: at(3) },
      ADMIN,
    );
    expect(elsewhere).toEqual({ ok: false, code: 'not_found' });
  });

  it('disabling a user ends every session and revokes its tokens at once; enabling brings none back', async () => {
    const kim = await addUser('alpha', 'kim@example.com');
    await identity().createSession(session('alpha', kim.id, 'one'));
    await identity().createSession(session('alpha', kim.id, 'two'));
    await identity().createApiToken(token('alpha', 'kims', kim.id), ADMIN);
    const machine = await identity().createApiToken(token('alpha', 'bot'), ADMIN);
    expect(refusal(await accessAuth('one'))).toBeNull();

    const disabled = await identity().updateUser(
      { tenantId: 'alpha', userId: kim.id, baseVersion: 1, disabled: true, now: at(10) },
      ADMIN,
    );
    expect(disabled).toMatchObject({ ok: true, user: { disabledAt: at(10).toISOString() } });
    expect(refusal(await accessAuth('one', at(11)))).toBe('user_disabled');
    expect(refusal(await accessAuth('two', at(11)))).toBe('user_disabled');
    expect(refusal(await tokenAuth('kims', at(11)))).toBe('user_disabled');
    expect(refusal(await tokenAuth('bot', at(11)))).toBeNull();

    await identity().updateUser(
      { tenantId: 'alpha', userId: kim.id, baseVersion: 2, disabled: false, now: at(12) },
      ADMIN,
    );
    expect(refusal(await accessAuth('one', at(13)))).toBe('user_disabled');
    expect(refusal(await tokenAuth('kims', at(13)))).toBe('token_revoked');
    const live = await identity().stillLive(
      [
        { kind: 'session', id: 'ses_one_000000' },
        { kind: 'api_token', id: machine.id },
        { kind: 'session', id: 'ses_unknown_000' },
      ],
      at(13),
    );
    expect(Object.fromEntries(live)).toEqual({
      ses_one_000000: 'user_disabled',
      [machine.id]: null,
      ses_unknown_000: 'unknown_credential',
    });
    const audit = await identityAudit();
    expect(audit.map((record) => record.action)).toContain('user_disabled');
    const disabledRecord = audit.find((record) => record.action === 'user_disabled');
    expect(JSON.parse(disabledRecord?.inputsJson ?? '{}')).toMatchObject({ userId: kim.id, sessionsEnded: 2 });
  });

  it('a new password ends the user’s other sessions, not the one that set it', async () => {
    const kim = await addUser('alpha', 'kim@example.com');
    await identity().createSession(session('alpha', kim.id, 'mine'));
    await identity().createSession(session('alpha', kim.id, 'laptop'));
    await identity().updateUser(
      {
        tenantId: 'alpha',
        userId: kim.id,
        baseVersion: 1,
        passwordHash: 'scrypt$32768$8$1$c2FsdA$aGFzaA',
        keepSessionId: 'ses_mine_000000',
        now: at(3),
      },
      ADMIN,
    );
    expect(refusal(await accessAuth('mine', at(4)))).toBeNull();
    expect(refusal(await accessAuth('laptop', at(4)))).toBe('session_revoked');
    expect((await identity().getUser('alpha', kim.id))?.passwordHash).toBe('scrypt$32768$8$1$c2FsdA$aGFzaA');
  });

  it('authenticates a session’s access token until it expires; a refresh rotates both, a reused refresh token ends it', async () => {
    const kim = await addUser('alpha', 'kim@example.com');
    await identity().createSession(session('alpha', kim.id, 'one'));
    expect(await accessAuth('one')).toMatchObject({
      ok: true,
      caller: {
        tenantId: 'alpha',
        userId: kim.id,
        role: 'agent',
        credential: { kind: 'session', id: 'ses_one_000000' },
        principal: `user:${kim.id}`,
      },
    });
    // An access token is not an API token, and the reverse.
    expect(refusal(await identity().authenticate('api_token', hashToken('sbs_one'), at(1)))).toBe('unknown_credential');
    expect(refusal(await accessAuth('one', at(16 * MINUTE)))).toBe('access_expired');

    expect(await identity().sessionForRefresh(hashToken('sbr_one'), at(16 * MINUTE))).toEqual({
      sessionId: 'ses_one_000000',
      tenantId: 'alpha',
      userId: kim.id,
      via: 'password',
      providerRefreshSealed: null,
    });
    const next = {
      accessHash: hashToken('sbs_one2'),
      accessExpiresAt: at(31 * MINUTE),
      refreshHash: hashToken('sbr_one2'),
      refreshExpiresAt: at(200 * 60 * MINUTE),
    };
    const refreshed = await identity().refreshSession(hashToken('sbr_one'), next, at(16 * MINUTE));
    expect(refreshed).toMatchObject({ ok: true, sessionId: 'ses_one_000000', user: { id: kim.id } });
    expect(refusal(await accessAuth('one2', at(17 * MINUTE)))).toBeNull();
    // The access token before the refresh asks for a refresh, it does not sign the person out.
    expect(refusal(await accessAuth('one', at(17 * MINUTE)))).toBe('access_expired');
    expect(await identity().sessionForRefresh(hashToken('sbr_one'), at(17 * MINUTE))).toBeNull();

    const reused = await identity().refreshSession(hashToken('sbr_one'), next, at(18 * MINUTE));
    expect(reused).toEqual({ ok: false, reason: 'session_revoked' });
    expect(refusal(await accessAuth('one2', at(18 * MINUTE)))).toBe('session_revoked');
  });

  it('answers why a session stopped: signed out, or its refresh token expired', async () => {
    const kim = await addUser('alpha', 'kim@example.com');
    await identity().createSession(session('alpha', kim.id, 'out'));
    await identity().createSession(session('alpha', kim.id, 'old'));
    expect(await identity().endSession('beta', 'ses_out_000000', 'signed_out', at(1))).toBe(false);
    expect(await identity().endSession('alpha', 'ses_out_000000', 'signed_out', at(1))).toBe(true);
    expect(await identity().endSession('alpha', 'ses_out_000000', 'signed_out', at(2))).toBe(false);
    expect(refusal(await accessAuth('out', at(2)))).toBe('signed_out');
    const week = 168 * 60 * MINUTE;
    const late = { accessHash: 'a', accessExpiresAt: at(week), refreshHash: 'r', refreshExpiresAt: at(2 * week) };
    expect(await identity().refreshSession(hashToken('sbr_old'), late, at(week + 1))).toEqual({
      ok: false,
      reason: 'session_expired',
    });
    expect(await identity().refreshSession(hashToken('sbr_nobody'), late, at(1))).toEqual({
      ok: false,
      reason: 'unknown_credential',
    });
  });

  it('lists, rotates, revokes and expires API tokens per tenant, audited; last use written at most once a minute', async () => {
    const bot = await identity().createApiToken(token('alpha', 'bot'), ADMIN);
    const expiring = await identity().createApiToken(token('alpha', 'short', null, at(60 * MINUTE)), ADMIN);
    expect(bot).toMatchObject({ role: 'autopilot', userId: null, lastUsedAt: null, revokedAt: null });
    expect(await tokenAuth('bot', at(1))).toMatchObject({
      ok: true,
      caller: { name: 'bot token', role: 'autopilot', userId: null, principal: `token:${bot.id}` },
    });
    await tokenAuth('bot', at(30_000));
    const listed = await identity().listApiTokens('alpha');
    expect(listed.find((listedToken) => listedToken.id === bot.id)?.lastUsedAt).toBe(at(1).toISOString());
    expect(await identity().listApiTokens('beta')).toEqual([]);
    expect(refusal(await tokenAuth('short', at(61 * MINUTE)))).toBe('token_expired');

    expect(await identity().rotateApiToken('beta', bot.id, hashToken('sbq_bot2'), at(2), ADMIN)).toBeNull();
    const rotated = await identity().rotateApiToken('alpha', bot.id, hashToken('sbq_bot2'), at(2), ADMIN);
    expect(rotated).toMatchObject({ id: bot.id, rotatedAt: at(2).toISOString() });
    expect(refusal(await tokenAuth('bot', at(3)))).toBe('unknown_credential');
    expect(refusal(await tokenAuth('bot2', at(3)))).toBeNull();
    expect(await identity().rotateApiToken('alpha', expiring.id, 'x', at(61 * MINUTE), ADMIN)).toBeNull();

    expect(await identity().revokeApiToken('beta', bot.id, at(4), ADMIN)).toBeNull();
    expect(await identity().revokeApiToken('alpha', bot.id, at(4), ADMIN)).toMatchObject({
      revokedAt: at(4).toISOString(),
    });
    expect(await identity().revokeApiToken('alpha', bot.id, at(5), ADMIN)).toBeNull();
    expect(refusal(await tokenAuth('bot2', at(5)))).toBe('token_revoked');
    expect(Object.fromEntries(await identity().stillLive([{ kind: 'api_token', id: bot.id }], at(5)))).toEqual({
      [bot.id]: 'token_revoked',
    });
    expect((await identityAudit()).map((record) => record.action)).toEqual([
      'api_token_created',
      'api_token_created',
      'api_token_rotated',
      'api_token_revoked',
    ]);
  });

  it('binds a live machine token to a user of its tenant once; from then on it acts as the user', async () => {
    const kim = await addUser('alpha', 'kim@example.com');
    const betaKim = await addUser('beta', 'kim@example.com');
    const bot = await identity().createApiToken(token('alpha', 'bound'), ADMIN);
    expect(await identity().bindApiToken('alpha', bot.id, betaKim.id, ADMIN)).toBe(false);
    expect(await identity().bindApiToken('beta', bot.id, betaKim.id, ADMIN)).toBe(false);
    expect(await identity().bindApiToken('alpha', bot.id, kim.id, ADMIN)).toBe(true);
    expect(await identity().bindApiToken('alpha', bot.id, kim.id, ADMIN)).toBe(false);
    expect(await tokenAuth('bound')).toMatchObject({
      ok: true,
      caller: { name: 'Kim Agent', role: 'agent', userId: kim.id, principal: `user:${kim.id}` },
    });
    expect((await identityAudit()).map((record) => record.action)).toContain('api_token_bound');
  });

  it('gives an identity provider sign-in attempt once, and not after it expired', async () => {
    const attempt = {
      state: 'state-1',
      tenantId: 'alpha',
      nonce: 'n',
      codeVerifier: 'v',
      redirectUri: 'http://127.0.0.1:5000/callback',
      expiresAt: new Date(Date.now() + 10 * MINUTE),
    };
    await identity().saveSignInAttempt(attempt);
    await identity().saveSignInAttempt({ ...attempt, state: 'state-2' });
    expect(await identity().takeSignInAttempt('state-1', new Date())).toEqual(attempt);
    expect(await identity().takeSignInAttempt('state-1', new Date())).toBeNull();
    expect(await identity().takeSignInAttempt('state-2', new Date(Date.now() + 11 * MINUTE))).toBeNull();
  });
}

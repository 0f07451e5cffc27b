import { describe, expect, it } from 'vitest';
import type { SignInOptions } from '../../../shared/api/identity-contract.js';
import type { WhoAmI } from '../../../shared/api/whoami.js';
import { startTestQueue } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { addUser, passwordSignIn, refresh, refusalOf, saveSignInPolicy } from './identity-fixtures.js';

const PASSWORD = 'correct horse battery staple';

describe('local accounts: sign-in, refresh, sign-out', () => {
  const queue = testQueueForEachTest(() =>
    startTestQueue({ app: { signInLimits: { triesPerAddress: 8, failuresPerAccount: 3 } } }),
  );

  it('signs a person in with email and password; the access token is their session, refreshed with rotation', async () => {
    const ada = await addUser(queue, {
      email: 'ada@example.com',
      name: 'Ada Agent',
      role: 'agent',
      password: PASSWORD,
    });
    const options = await queue.call<SignInOptions>('GET', `/v1/auth/options?tenant=${queue.tenantId}`, {
      token: null,
    });
    expect(options.body).toEqual({
      tenantId: queue.tenantId,
      tenantName: 'Northwind Pay (demo)',
      localAccounts: true,
      sso: null,
    });

    const signedIn = await passwordSignIn(queue, 'ADA@example.com', PASSWORD);
    expect(signedIn.status).toBe(200);
    const grant = signedIn.body;
    expect(grant).toMatchObject({ via: 'password', user: { id: ada.id, name: 'Ada Agent', role: 'agent' } });
    expect(grant.accessToken).toMatch(/^sbs_/);
    expect(grant.refreshToken).toMatch(/^sbr_/);
    // The default policy: 15 minutes for access, 168 hours for the session.
    const issuedAt = Date.parse(grant.accessExpiresAt) - 15 * 60_000;
    expect(Math.abs(issuedAt - Date.now())).toBeLessThan(60_000);
    expect(Date.parse(grant.refreshExpiresAt) - Date.parse(grant.accessExpiresAt)).toBe((168 * 60 - 15) * 60_000);

    const whoami = await queue.call<WhoAmI>('GET', '/v1/whoami', { token: grant.accessToken });
    expect(whoami.body).toMatchObject({ tenantId: queue.tenantId, role: 'agent', name: 'Ada Agent' });

    const refreshed = await refresh(queue, grant.refreshToken);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.sessionId).toBe(grant.sessionId);
    expect(refreshed.body.refreshToken).not.toBe(grant.refreshToken);
    expect((await queue.call('GET', '/v1/whoami', { token: refreshed.body.accessToken })).status).toBe(200);

    // The old refresh token used again: stolen or copied, so the whole session ends.
    expect(refusalOf(await refresh(queue, grant.refreshToken))).toBe('session_revoked');
    expect(refusalOf(await refresh(queue, refreshed.body.refreshToken))).toBe('session_revoked');
    expect(refusalOf(await queue.call('GET', '/v1/whoami', { token: refreshed.body.accessToken }))).toBe(
      'session_revoked',
    );
  });

  it('signs out: the access and refresh tokens stop working', async () => {
    await addUser(queue, { email: 'lee@example.com', name: 'Lee Lead', role: 'lead', password: PASSWORD });
    const grant = (await passwordSignIn(queue, 'lee@example.com', PASSWORD)).body;
    const signedOut = await queue.call('POST', '/v1/auth/sign-out', { token: grant.accessToken });
    expect(signedOut.status).toBe(204);
    expect(refusalOf(await queue.call('GET', '/v1/whoami', { token: grant.accessToken }))).toBe('signed_out');
    expect(refusalOf(await refresh(queue, grant.refreshToken))).toBe('signed_out');
  });

  it('a session ends when it is not refreshed within refreshHours (the queue clock)', async () => {
    await saveSignInPolicy(queue, { accessMinutes: 5, refreshHours: 1 });
    await addUser(queue, { email: 'sam@example.com', name: 'Sam', role: 'agent', password: PASSWORD });
    const grant = (await passwordSignIn(queue, 'sam@example.com', PASSWORD)).body;
    expect(Date.parse(grant.refreshExpiresAt) - Date.parse(grant.accessExpiresAt)).toBe(55 * 60_000);
    queue.clock.advance(50 * 60_000);
    const refreshed = await refresh(queue, grant.refreshToken);
    expect(refreshed.status).toBe(200);
    // Sliding: the refresh moved the session's end an hour on from then.
    queue.clock.advance(50 * 60_000);
    const again = await refresh(queue, refreshed.body.refreshToken);
    expect(again.status).toBe(200);
    queue.clock.advance(61 * 60_000);
    expect(refusalOf(await refresh(queue, again.body.refreshToken))).toBe('session_expired');
  });

  it('an access token stops working after accessMinutes (access_expired); a refresh puts it right', async () => {
    await saveSignInPolicy(queue, { accessMinutes: 1, refreshHours: 1 });
    await addUser(queue, { email: 'ann@example.com', name: 'Ann', role: 'agent', password: PASSWORD });
    // Issued by a queue clock two minutes behind: its minute is over by the time it is used.
    queue.clock.advance(-2 * 60_000);
    const grant = (await passwordSignIn(queue, 'ann@example.com', PASSWORD)).body;
    expect(refusalOf(await queue.call('GET', '/v1/whoami', { token: grant.accessToken }))).toBe('access_expired');
    queue.clock.advance(2 * 60_000);
    const refreshed = await refresh(queue, grant.refreshToken);
    expect(refreshed.status).toBe(200);
    expect((await queue.call('GET', '/v1/whoami', { token: refreshed.body.accessToken })).status).toBe(200);
  });

  it('refuses a wrong password and an unknown email alike, and a disabled user', async () => {
    const kim = await addUser(queue, { email: 'kim@example.com', name: 'Kim', role: 'agent', password: PASSWORD });
    const wrong = await passwordSignIn(queue, 'kim@example.com', 'not the password at all');
    const unknown = await passwordSignIn(queue, 'nobody@example.com', PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error?.code).toBe('invalid_credentials');

    const disabled = await queue.store.identity.updateUser(
      { tenantId: queue.tenantId, userId: kim.id, baseVersion: kim.version, disabled: true, now: new Date() },
      { name: 'test admin', role: 'admin' },
    );
    expect(disabled.ok).toBe(true);
    const refused = await passwordSignIn(queue, 'kim@example.com', PASSWORD);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('user_disabled');
  });

  it('limits tries per address and wrong passwords per account: 429 with Retry-After and a sentence', async () => {
    await addUser(queue, { email: 'max@example.com', name: 'Max', role: 'agent', password: PASSWORD });
    // 8 tries from this address (the test's limit), then the next is refused before any password is checked.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect((await passwordSignIn(queue, `guess${attempt}@example.com`, 'x')).status).toBe(401);
    }
    const flooded = await passwordSignIn(queue, 'max@example.com', PASSWORD);
    expect(flooded.status).toBe(429);
    expect(flooded.body.error?.message).toMatch(
      /8 sign-in tries from this address in 10 minutes\. Try again in \d+ s\./,
    );
    expect(Number(flooded.headers.get('retry-after'))).toBeGreaterThan(0);
    queue.clock.advance(10 * 60_000);

    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await passwordSignIn(queue, 'max@example.com', `wrong ${attempt}`)).status).toBe(401);
    }
    // The account is locked even for the right password, until its window lets one more try in.
    const locked = await passwordSignIn(queue, 'max@example.com', PASSWORD);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(locked.body.error?.message).toMatch(
      /Too many sign-in attempts: .*3 wrong passwords for this account in 15 minutes\. Try again in \d+ s\./,
    );
    queue.clock.advance(retryAfter * 1000);
    expect((await passwordSignIn(queue, 'max@example.com', PASSWORD)).status).toBe(200);
  });

  it('refuses local accounts with 403 sso_required when the tenant requires its identity provider', async () => {
    await addUser(queue, { email: 'eve@example.com', name: 'Eve', role: 'admin', password: PASSWORD });
    await saveSignInPolicy(queue, {
      localAccounts: false,
      oidc: {
        issuer: 'https://login.example.com',
        clientId: 'switchboard',
        label: 'Example SSO',
        roleClaim: 'groups',
        roleValues: { admin: ['admins'], lead: [], agent: ['support'] },
        defaultRole: null,
        createUsers: false,
      },
    });
    const options = await queue.call<SignInOptions>('GET', `/v1/auth/options?tenant=${queue.tenantId}`, {
      token: null,
    });
    expect(options.body).toMatchObject({ localAccounts: false, sso: { label: 'Example SSO' } });
    const refused = await passwordSignIn(queue, 'eve@example.com', PASSWORD);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'sso_required', details: { reason: 'sso_required' } });
  });

  it('refuses an identity provider issuer that is plain http off this machine when the policy is saved', async () => {
    const saved = await queue.call<{ error: { code: string; details: { issues: { path: string }[] } } }>(
      'PUT',
      '/v1/settings/sign_in/sign_in',
      {
        body: {
          baseVersion: 0,
          value: {
            localAccounts: true,
            accessMinutes: 15,
            refreshHours: 168,
            oidc: {
              issuer: 'http://login.example.com',
              clientId: 'switchboard',
              label: 'Example SSO',
              roleClaim: 'groups',
              roleValues: { admin: [], lead: [], agent: [] },
              defaultRole: 'agent',
              createUsers: true,
            },
          },
        },
      },
    );
    expect(saved.status).toBe(400);
    expect(JSON.stringify(saved.body.error.details.issues)).toContain('oidc');
    expect(JSON.stringify(saved.body)).toContain('http:// on this machine');
  });
});

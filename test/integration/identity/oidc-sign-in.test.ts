import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionGrant } from '../../../shared/api/identity-contract.js';
import type { OidcProvider } from '../../../shared/settings/sign-in-policy.js';
import type { WhoAmI } from '../../../shared/api/whoami.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import {
  startProviderProxy,
  startTestIdentityProvider,
  type ProviderProxy,
  type TestIdentityProvider,
} from '../../helpers/oidc-provider.js';
import { testSecrets } from '../webhooks/webhook-fixtures.js';
import { addUser, refresh, refusalOf, saveSignInPolicy, type ErrorBody } from './identity-fixtures.js';

/** The desktop's loopback listener (the provider ignores the port of a native client's loopback redirect). */
const REDIRECT_URI = 'http://127.0.0.1:51234/callback';

const PEOPLE = [
  { id: 'alice', email: 'alice@example.com', name: 'Alice Admin', groups: ['staff', 'sb-admins'] },
  { id: 'bob', email: 'bob@example.com', name: 'Bob Agent', groups: ['sb-agents'] },
  { id: 'carol', email: 'carol@example.com', name: 'Carol Contractor', groups: ['contractors'] },
];

let provider: TestIdentityProvider;
let queue: TestQueue;
let policyVersion = 0;

beforeAll(async () => {
  provider = await startTestIdentityProvider(PEOPLE);
  queue = await startTestQueue({ app: { secrets: testSecrets(), signInLimits: { triesPerAddress: 1_000 } } });
});
afterAll(async () => {
  await queue?.close();
  await provider?.close();
});

function providerSetting(overrides: Partial<OidcProvider> = {}): OidcProvider {
  return {
    issuer: provider.issuer,
    clientId: provider.clientId,
    label: 'Test SSO',
    roleClaim: 'groups',
    roleValues: { admin: ['sb-admins'], lead: ['sb-leads'], agent: ['sb-agents'] },
    defaultRole: null,
    createUsers: true,
    ...overrides,
  };
}

async function useProvider(overrides: Partial<OidcProvider> = {}): Promise<void> {
  await saveSignInPolicy(queue, { oidc: providerSetting(overrides), localAccounts: true }, policyVersion);
  policyVersion += 1;
}

async function start(): Promise<{ authorizationUrl: string; state: string }> {
  const started = await queue.call<{ authorizationUrl: string; state: string } & ErrorBody>(
    'POST',
    '/v1/auth/oidc/start',
    { token: null, body: { tenantId: queue.tenantId, redirectUri: REDIRECT_URI } },
  );
  if (started.status !== 200) throw new Error(`start answered ${started.status}: ${JSON.stringify(started.body)}`);
  return started.body;
}

function finish(callbackUrl: string) {
  return queue.call<SessionGrant & ErrorBody>('POST', '/v1/auth/oidc/finish', { token: null, body: { callbackUrl } });
}

/** A whole sign-in of `accountId`: start at the queue, the person at the provider, finish at the queue. */
async function signIn(accountId: string) {
  const { authorizationUrl } = await start();
  return finish(await provider.signIn(authorizationUrl, accountId));
}

describe('OpenID Connect sign-in against a real provider (oidc-provider on 127.0.0.1)', () => {
  it('signs a person in with PKCE: the user is made with the role of the claim, the highest role winning', async () => {
    await useProvider();
    const { authorizationUrl, state } = await start();
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      code_challenge_method: 'S256',
      state,
      scope: 'openid email profile offline_access',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('nonce')).toBeTruthy();

    const callback = await provider.signIn(authorizationUrl, 'alice');
    expect(callback.startsWith(`${REDIRECT_URI}?`)).toBe(true);
    const signedIn = await finish(callback);
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    expect(signedIn.body).toMatchObject({
      via: 'sso',
      user: { email: 'alice@example.com', name: 'Alice Admin', role: 'admin' },
    });
    const whoami = await queue.call<WhoAmI>('GET', '/v1/whoami', { token: signedIn.body.accessToken });
    expect(whoami.body).toMatchObject({ role: 'admin', name: 'Alice Admin' });

    // The same callback again: the attempt was taken once.
    const replayed = await finish(callback);
    expect(replayed.status).toBe(400);
    expect(replayed.body.error?.code).toBe('sign_in_expired');

    // The same person again is the same user (matched by issuer and subject).
    const again = await signIn('alice');
    expect(again.body.user.id).toBe(signedIn.body.user.id);
  });

  it('PKCE: the code redeemed at the provider without the verifier is refused; the queue (which has it) succeeds', async () => {
    await useProvider();
    const { authorizationUrl } = await start();
    const callback = new URL(await provider.signIn(authorizationUrl, 'bob'));
    const code = callback.searchParams.get('code') ?? '';
    const stolen = await provider.redeemCode(code, REDIRECT_URI);
    expect(stolen.status).toBe(400);
    expect(stolen.body.error).toBe('invalid_grant');
    const guessed = await provider.redeemCode(code, REDIRECT_URI, 'a'.repeat(43));
    expect(guessed.status).toBe(400);
    const finished = await finish(callback.href);
    expect(finished.status).toBe(200);
    expect(finished.body.user).toMatchObject({ email: 'bob@example.com', role: 'agent' });
  });

  it('refuses a person whose claim maps to no role (no default role), and takes the default role when there is one', async () => {
    await useProvider();
    const refused = await signIn('carol');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('no_role');
    await useProvider({ defaultRole: 'agent' });
    const admitted = await signIn('carol');
    expect(admitted.status).toBe(200);
    expect(admitted.body.user.role).toBe('agent');
  });

  it('without createUsers: a user an admin added is matched by email and bound; anyone else is refused', async () => {
    await useProvider({ createUsers: false });
    provider.setAccount({ id: 'erin-at-idp', email: 'Erin@Example.com', name: 'Erin', groups: ['sb-leads'] });
    provider.setAccount({ id: 'frank', email: 'frank@example.com', name: 'Frank', groups: ['sb-agents'] });
    const erin = await addUser(queue, { email: 'erin@example.com', name: 'Erin (added)', role: 'agent' });
    const signedIn = await signIn('erin-at-idp');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: erin.id, role: 'lead' });
    expect(await queue.store.identity.findUserBySubject(queue.tenantId, provider.issuer, 'erin-at-idp')).toMatchObject({
      id: erin.id,
      ssoLinked: true,
    });
    const stranger = await signIn('frank');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error?.code).toBe('not_a_user');
  });

  it('refreshes by asking the provider again: a new role claim applies; a grant revoked there ends the session', async () => {
    await useProvider();
    provider.setAccount({ id: 'dave', email: 'dave@example.com', name: 'Dave', groups: ['sb-agents'] });
    const grant = (await signIn('dave')).body;
    expect(grant.user.role).toBe('agent');

    provider.setAccount({ id: 'dave', email: 'dave@example.com', name: 'Dave', groups: ['sb-agents', 'sb-leads'] });
    const asked = provider.tokenRequests();
    const refreshed = await refresh(queue, grant.refreshToken);
    expect(refreshed.status).toBe(200);
    expect(provider.tokenRequests()).toBe(asked + 1);
    expect(refreshed.body.user.role).toBe('lead');
    const whoami = await queue.call<WhoAmI>('GET', '/v1/whoami', { token: refreshed.body.accessToken });
    expect(whoami.body.role).toBe('lead');

    await provider.revokeGrants('dave');
    const revoked = await refresh(queue, refreshed.body.refreshToken);
    expect(refusalOf(revoked)).toBe('revoked_at_provider');
    expect(refusalOf(await queue.call('GET', '/v1/whoami', { token: refreshed.body.accessToken }))).toBe(
      'revoked_at_provider',
    );
  });

  it('a provider that cannot be reached at a refresh answers 503 and leaves the session as it was', async () => {
    await useProvider();
    const grant = (await signIn('alice')).body;
    const proxy = await startProviderProxy(provider, { claimIssuer: 'provider' });
    await proxy.close();
    // The same provider's sessions, the issuer now at an address nothing answers.
    await useProvider({ issuer: proxy.issuer });
    const down = await refresh(queue, grant.refreshToken);
    expect(down.status).toBe(503);
    expect(down.body.error?.code).toBe('identity_provider_unreachable');
    await useProvider();
    const retried = await refresh(queue, grant.refreshToken);
    expect(retried.status).toBe(200);
  });

  describe('ID tokens and discovery documents that must not be believed', () => {
    let proxy: ProviderProxy | null = null;
    afterAll(async () => {
      await proxy?.close();
    });

    async function throughProxy(options: Parameters<typeof startProviderProxy>[1]) {
      await proxy?.close();
      proxy = await startProviderProxy(provider, options);
      await useProvider({ issuer: proxy.issuer });
    }

    it('refuses a discovery document that names another issuer', async () => {
      await throughProxy({ claimIssuer: 'provider' });
      const started = await queue.call<ErrorBody>('POST', '/v1/auth/oidc/start', {
        token: null,
        body: { tenantId: queue.tenantId, redirectUri: REDIRECT_URI },
      });
      expect(started.status).toBe(502);
      expect(started.body.error?.code).toBe('identity_provider_invalid');
    });

    it('refuses an ID token of another issuer', async () => {
      await throughProxy({ claimIssuer: 'proxy' });
      const refused = await signIn('alice');
      expect(refused.status).toBe(401);
      expect(refused.body.error?.code).toBe('sso_refused');
      expect(refused.body.error?.message).toContain('iss');
    });

    // The provider's token endpoint answers, in place of the ID token of this sign-in, one it issued elsewhere.
    it.each([
      { case: 'issued to another client (wrong audience)', client: 'other', claim: 'aud' },
      { case: 'of another sign-in of the same client (wrong nonce)', client: 'queue', claim: 'nonce' },
    ] as const)('refuses an ID token $case', async ({ client, claim }) => {
      await useProvider();
      const clientId = client === 'other' ? provider.otherClientId : provider.clientId;
      const elsewhere = await provider.issueIdToken('alice', clientId, REDIRECT_URI);
      provider.swapIdTokens(() => elsewhere);
      try {
        const refused = await signIn('alice');
        expect(refused.status).toBe(401);
        expect(refused.body.error?.code).toBe('sso_refused');
        expect(refused.body.error?.message).toContain(claim);
      } finally {
        provider.swapIdTokens(null);
      }
    });
  });
});

import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * The tests' identity provider: the certified `oidc-provider` package in-process on 127.0.0.1 (a free port), with
 * native public clients (loopback redirects, PKCE required, refresh tokens), people whose `groups` claim gives their
 * role, a scripted interaction that signs a person in without a browser (the provider's own pages, driven over HTTP
 * with its cookies), and the grant of a person revoked at the provider.
 */
export interface TestIdentityProvider {
  issuer: string;
  /** The queue's client (a native public client: loopback redirect, PKCE). */
  clientId: string;
  /** Another client of the same provider (a token issued to it has another audience). */
  otherClientId: string;
  /** Adds or replaces a person (their claims are read at each sign-in and refresh). */
  setAccount(account: TestAccount): void;
  /**
   * Signs `accountId` in for an authorization URL as their browser would (follows the provider's redirects with its
   * cookies, finishes the login and consent interaction) and answers the URL the provider redirects back to.
   */
  signIn(authorizationUrl: string, accountId: string): Promise<string>;
  /** Ends every grant of the person at the provider: their refresh tokens stop working. */
  revokeGrants(accountId: string): Promise<void>;
  /** Redeems a code at the token endpoint directly (a code thief: no or another verifier). */
  redeemCode(code: string, redirectUri: string, codeVerifier?: string): Promise<{ status: number; body: TokenBody }>;
  /** An ID token the provider issued in a whole sign-in of its own (another client, another nonce). */
  issueIdToken(accountId: string, clientId: string, redirectUri: string): Promise<string>;
  /**
   * From now on the token endpoint answers `idToken()` in place of the ID token it issued (null: its own again), as a
   * man in the middle would: e.g. one issued to another client, or in another sign-in (another nonce).
   */
  swapIdTokens(idToken: (() => string) | null): void;
  /** The number of token requests it answered (the queue asks at each session refresh). */
  tokenRequests(): number;
  close(): Promise<void>;
}

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  groups: string[];
}

export type TokenBody = Record<string, unknown> & { id_token?: string; error?: string };

const CLIENT_ID = 'switchboard-queue';
const OTHER_CLIENT_ID = 'other-app';
/** Native clients register loopback redirects without a port: the provider ignores the port (RFC 8252 §7.3). */
const LOOPBACK_REDIRECTS = ['http://127.0.0.1/callback', 'http://127.0.0.1/auth/callback', 'http://localhost/callback'];

export async function startTestIdentityProvider(accounts: readonly TestAccount[]): Promise<TestIdentityProvider> {
  const people = new Map(accounts.map((account) => [account.id, account]));
  const grants = new Map<string, string[]>();
  let tokenRequests = 0;
  let swap: (() => string) | null = null;
  let handle: (request: IncomingMessage, response: ServerResponse) => void = () => undefined;
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const nativeClient = (clientId: string) => ({
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: LOOPBACK_REDIRECTS,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  });
  const provider = new Provider(issuer, {
    clients: [nativeClient(CLIENT_ID), nativeClient(OTHER_CLIENT_ID)],
    jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    findAccount: (_context: unknown, id: string) => {
      const person = people.get(id);
      return person && { accountId: id, claims: () => Promise.resolve(claimsOf(person)) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    // The role claim rides in the ID token (not only at the userinfo endpoint).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    rotateRefreshToken: true,
    // oidc-provider grants offline_access only with prompt=consent (OIDC Core §11); like most providers, this one gives
    // its native clients a refresh token whenever they may use the refresh_token grant.
    issueRefreshToken: (_context: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
  });
  const providerCallback = provider.callback();
  handle = (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    if (url.pathname === '/token') {
      tokenRequests += 1;
      if (swap !== null) swapIdTokenOf(response, swap);
    }
    if (!url.pathname.startsWith('/interaction/')) return providerCallback(request, response);
    const account = url.searchParams.get('account');
    if (account === null) return sendLoginPage(response, url.pathname);
    finishInteraction(request, response, account).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  };

  async function finishInteraction(request: IncomingMessage, response: ServerResponse, accountId: string) {
    const details = await provider.interactionDetails(request, response);
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id ?? '' });
    grant.addOIDCScope(details.params.scope ?? 'openid');
    const grantId = await grant.save();
    grants.set(accountId, [...(grants.get(accountId) ?? []), grantId]);
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async function signIn(authorizationUrl: string, accountId: string): Promise<string> {
    const cookies = new Map<string, string>();
    let next = new URL(authorizationUrl);
    for (let hop = 0; hop < 6; hop += 1) {
      if (next.origin !== issuer) return next.href;
      if (next.pathname.startsWith('/interaction/')) next.searchParams.set('account', accountId);
      const response = await fetch(next, {
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const split = pair.indexOf('=');
        cookies.set(pair.slice(0, split), pair.slice(split + 1));
      }
      const location = response.headers.get('location');
      if (location === null) throw new Error(`The provider answered ${response.status}: ${await response.text()}`);
      next = new URL(location, next);
    }
    throw new Error('The provider kept redirecting.');
  }

  async function tokenRequest(form: Record<string, string>): Promise<{ status: number; body: TokenBody }> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });
    return { status: response.status, body: (await response.json()) as TokenBody };
  }

  return {
    issuer,
    clientId: CLIENT_ID,
    otherClientId: OTHER_CLIENT_ID,
    setAccount: (account) => people.set(account.id, account),
    signIn,
    async revokeGrants(accountId) {
      for (const grantId of grants.get(accountId) ?? []) await (await provider.Grant.find(grantId))?.destroy();
      grants.delete(accountId);
    },
    redeemCode: (code, redirectUri, codeVerifier) =>
      tokenRequest({
        grant_type: 'authorization_code',
        client_id: CLIENT_ID,
        code,
        redirect_uri: redirectUri,
        ...(codeVerifier === undefined ? {} : { code_verifier: codeVerifier }),
      }),
    async issueIdToken(accountId, clientId, redirectUri) {
      const verifier = randomBytes(32).toString('base64url');
      const authorization = new URL(`${issuer}/auth`);
      authorization.search = new URLSearchParams({
        client_id: clientId,
        response_type: 'code',
        scope: 'openid email profile',
        redirect_uri: redirectUri,
        nonce: randomBytes(16).toString('base64url'),
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
      }).toString();
      const code = new URL(await signIn(authorization.href, accountId)).searchParams.get('code') ?? '';
      const { body } = await tokenRequest({
        grant_type: 'authorization_code',
        client_id: clientId,
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      });
      if (typeof body.id_token !== 'string') throw new Error(`No ID token: ${JSON.stringify(body)}`);
      return body.id_token;
    },
    swapIdTokens: (idToken) => {
      swap = idToken;
    },
    tokenRequests: () => tokenRequests,
    close: () => closeServer(server),
  };
}

/**
 * The provider's login page a person sees in a browser (the e2e tests): an account name, submitted back to the same
 * interaction with its cookies; the scripted signIn above adds `account` itself and never sees it.
 */
function sendLoginPage(response: ServerResponse, interactionPath: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider: sign in</title></head>` +
      `<body><main><h1>Sign in to the test identity provider</h1><form method="get" action="${interactionPath}">` +
      `<label>Account <input name="account" autocomplete="username" required></label>` +
      `<button type="submit">Sign in</button></form></main></body></html>`,
  );
}

/** Rewrites the JSON body the provider ends `response` with: its id_token becomes `idToken()`. */
function swapIdTokenOf(response: ServerResponse, idToken: () => string): void {
  const end = response.end.bind(response) as (body?: unknown) => ServerResponse;
  response.end = ((body?: unknown) => {
    const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
    if (!text.includes('"id_token"')) return end(body);
    const swapped = JSON.stringify({ ...(JSON.parse(text) as TokenBody), id_token: idToken() });
    if (!response.headersSent) response.setHeader('content-length', Buffer.byteLength(swapped));
    return end(swapped);
  }) as ServerResponse['end'];
}

function claimsOf(person: TestAccount): Record<string, unknown> {
  return { sub: person.id, email: person.email, email_verified: true, name: person.name, groups: person.groups };
}

/**
 * A loopback proxy in front of the provider that lies the way a broken or hostile network would: its discovery
 * document names the proxy as the issuer (`claimIssuer: 'proxy'`, so ID tokens of the real provider name another
 * issuer) or passes the provider's on (`'provider'`: the issuer the tenant configured, the proxy's address, is not the
 * one the document names).
 */
export interface ProviderProxy {
  issuer: string;
  close(): Promise<void>;
}

export async function startProviderProxy(
  provider: TestIdentityProvider,
  options: { claimIssuer: 'proxy' | 'provider' },
): Promise<ProviderProxy> {
  let proxyIssuer = '';
  const server = createServer((request, response) => {
    answerThroughProxy(request, response).catch((error: unknown) => {
      response.statusCode = 502;
      response.end(String(error));
    });
  });
  async function answerThroughProxy(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', proxyIssuer);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${provider.issuer}${url.pathname}${url.search}`, {
      method: request.method ?? 'GET',
      headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    let body = (await upstream.json()) as Record<string, unknown>;
    if (url.pathname === '/.well-known/openid-configuration') {
      if (options.claimIssuer === 'proxy')
        body = { ...body, issuer: proxyIssuer, token_endpoint: `${proxyIssuer}/token` };
    }
    response.writeHead(upstream.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxyIssuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { issuer: proxyIssuer, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { startBrowserHost, type BrowserHost } from '../../../electron/core/host/browser-host.js';
import { createBrowserSsoReturn } from '../../../electron/core/host/browser-sso-return.js';
import { LOOPBACK_CALLBACK_PATH, loopbackSsoReturn } from '../../../electron/core/identity/loopback-redirect.js';
import { acceptedLanguages } from '../../../electron/core/identity/sign-in-return-page.js';
import { sessionSecretFile } from '../../../electron/core/identity/session-secret-file.js';
import { SsoAttempts } from '../../../electron/core/identity/sso-attempts.js';
import type { FinishSso } from '../../../electron/core/identity/sso-return.js';
import { signInReturnText } from '../../../electron/main/sign-in-return-text.js';
import { tempDirForAllTests } from '../../helpers/temp-dir.js';

/** A finish that records the callback URLs it was given and answers `answer`. */
function recordingFinish(answer: Result<unknown> = ok('signed in')): { finish: FinishSso; urls: string[] } {
  const urls: string[] = [];
  return { urls, finish: async (url) => (urls.push(url), answer) };
}

const authorizationUrl = (state: string) => `https://idp.example/authorize?client_id=c&state=${state}`;
const dir = tempDirForAllTests('switchboard-sso-return-');

describe("browser mode's GET /auth/callback", () => {
  const ssoReturn = createBrowserSsoReturn();
  let host: BrowserHost;

  beforeAll(async () => {
    const rendererDir = join(dir(), 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Switchboard</title>');
    const api: Pick<ConsoleApi, 'subscribe'> = { subscribe: () => () => undefined };
    await expect(ssoReturn.prepare(recordingFinish().finish)).rejects.toThrow(/not listening yet/);
    host = await startBrowserHost({ api: api as ConsoleApi, rendererDir, port: 0, ssoReturn });
  });
  afterAll(() => host.close());

  const callback = (query: string) => fetch(`${host.url}auth/callback?${query}`, { redirect: 'manual' });

  it('finishes the sign-in its state names with the full callback URL, once, and sends the page to the console', async () => {
    const { finish, urls } = recordingFinish();
    const way = await ssoReturn.prepare(finish);
    expect(way.redirectUri).toBe(`${host.url}auth/callback`);
    expect(await way.open(authorizationUrl('s1'))).toBe(false);

    const answer = await callback('code=abc&state=s1');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(urls).toEqual([`${host.url}auth/callback?code=abc&state=s1`]);

    const replayed = await callback('code=abc&state=s1');
    expect(replayed.headers.get('location')).toBe('/?sso_error=sso_expired');
    expect(urls).toHaveLength(1);
  });

  it('refuses a callback no sign-in here started (login CSRF), without asking the queue', async () => {
    const { finish, urls } = recordingFinish();
    await (await ssoReturn.prepare(finish)).open(authorizationUrl('mine'));
    expect((await callback('code=x&state=someone-elses')).headers.get('location')).toBe('/?sso_error=sso_expired');
    expect((await callback('code=x')).headers.get('location')).toBe('/?sso_error=sso_expired');
    expect(urls).toEqual([]);
  });

  it("says the person cancelled at the provider, and what the queue's refusal or absence means", async () => {
    const cancelled = recordingFinish();
    await (await ssoReturn.prepare(cancelled.finish)).open(authorizationUrl('c1'));
    const answer = await callback('error=access_denied&state=c1');
    expect(answer.headers.get('location')).toBe('/?sso_error=sso_cancelled');
    expect(cancelled.urls).toEqual([]);

    const refused = recordingFinish(fail('sign_in_refused', 'Ask an admin to add you.'));
    await (await ssoReturn.prepare(refused.finish)).open(authorizationUrl('r1'));
    expect((await callback('code=y&state=r1')).headers.get('location')).toBe('/?sso_error=sso_refused');

    const away = recordingFinish(fail('identity_provider_unreachable', 'The provider did not answer.'));
    await (await ssoReturn.prepare(away.finish)).open(authorizationUrl('u1'));
    expect((await callback('code=z&state=u1')).headers.get('location')).toBe('/?sso_error=queue_unreachable');
  });
});

describe("the desktop's loopback redirect (RFC 8252)", () => {
  it("listens on 127.0.0.1, opens the provider, takes the callback with its state once, shows the page in the reader's language and closes", async () => {
    const opened: string[] = [];
    const loopback = loopbackSsoReturn({ openExternal: async (url) => void opened.push(url), texts: signInReturnText });
    const { finish, urls } = recordingFinish();
    const way = await loopback.prepare(finish);
    expect(way.redirectUri).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${LOOPBACK_CALLBACK_PATH}$`));
    expect(await way.open(authorizationUrl('d1'))).toBe(true);
    expect(opened).toEqual([authorizationUrl('d1')]);

    const wrong = await fetch(`${way.redirectUri}?code=a&state=other`, {
      headers: { 'accept-language': 'fr-CA,en;q=0.5' },
    });
    expect(wrong.status).toBe(400);
    const wrongPage = await wrong.text();
    expect(wrongPage).toContain('<html lang="fr" dir="ltr">');
    expect(wrongPage).toContain(signInReturnText(['fr']).failures.sso_expired.replace(/'/g, '&#39;'));
    expect(await fetch(way.redirectUri.replace('/callback', '/other')).then((r) => r.status)).toBe(404);

    const right = await fetch(`${way.redirectUri}?code=a&state=d1`, { headers: { 'accept-language': 'he' } });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await right.text();
    expect(page).toContain('<html lang="he" dir="rtl">');
    expect(page).toContain(signInReturnText(['he']).signedIn);
    expect(urls).toEqual([`${way.redirectUri}?code=a&state=d1`]);
    await expect(fetch(way.redirectUri)).rejects.toThrow();
  });

  it('closes when the sign-in is cancelled or times out, and when the browser cannot be opened', async () => {
    const loopback = loopbackSsoReturn({ openExternal: async () => undefined, texts: signInReturnText, timeoutMs: 30 });
    const timedOut = await loopback.prepare(recordingFinish().finish);
    await expect
      .poll(() =>
        fetch(timedOut.redirectUri).then(
          () => 'open',
          () => 'closed',
        ),
      )
      .toBe('closed');

    const cancelled = await loopback.prepare(recordingFinish().finish);
    cancelled.cancel();
    await expect(fetch(cancelled.redirectUri)).rejects.toThrow();

    const noBrowser = loopbackSsoReturn({
      openExternal: async () => Promise.reject(new Error('no browser')),
      texts: signInReturnText,
    });
    const failed = await noBrowser.prepare(recordingFinish().finish);
    await expect(failed.open(authorizationUrl('n1'))).rejects.toThrow('no browser');
    await expect(fetch(failed.redirectUri)).rejects.toThrow();
  });

  it('reads the Accept-Language header by preference', () => {
    expect(acceptedLanguages('de;q=0.5, ja, *;q=0.1, en;q=0')).toEqual(['ja', 'de']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

describe('sign-in attempts waiting for their callback', () => {
  it('are taken once and only within their lifetime', () => {
    let now = 0;
    const attempts = new SsoAttempts(1_000, () => now);
    const finish = recordingFinish().finish;
    attempts.expect(authorizationUrl('a'), finish);
    attempts.expect(authorizationUrl('b'), finish);
    expect(attempts.take('a')).toBe(finish);
    expect(attempts.take('a')).toBeUndefined();
    now = 1_000;
    expect(attempts.take('b')).toBeUndefined();
    expect(() => attempts.expect('https://idp.example/authorize', finish)).toThrow(/no state/);
  });
});

describe("browser mode's remembered session file", () => {
  it('is readable by its owner only, replaced whole, and removed on clear', () => {
    const file = join(dir(), 'data', 'session.json');
    const store = sessionSecretFile(file);
    expect(store.read()).toBeUndefined();
    expect(store.write('{"refreshToken":"sbr_1"}')).toEqual(ok(undefined));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.write('{"refreshToken":"sbr_2"}').ok).toBe(true);
    expect(store.read()).toBe('{"refreshToken":"sbr_2"}');
    const tooBig = store.write('x'.repeat(70_000));
    expect(tooBig.ok ? null : tooBig.error.code).toBe('session_not_stored');
    expect(store.read()).toBe('{"refreshToken":"sbr_2"}');
    expect(store.clear().ok).toBe(true);
    expect(store.read()).toBeUndefined();
  });
});

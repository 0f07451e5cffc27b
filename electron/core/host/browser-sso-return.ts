import { SSO_ERROR_PARAM } from '../../../shared/api/sso-return.js';
import { SsoAttempts } from '../identity/sso-attempts.js';
import { finishCallback, type SsoReturn } from '../identity/sso-return.js';

/** Browser mode's callback path on the console host: the identity provider sends the page back here. */
export const BROWSER_SSO_CALLBACK_PATH = '/auth/callback';

/** Browser mode's way back from the identity provider: the console host's own GET /auth/callback. */
export interface BrowserSsoReturn extends SsoReturn {
  /** The host's address (`http://127.0.0.1:<port>/`), once it listens: redirect URIs are built on it. */
  listenAt(hostUrl: string): void;
  /**
   * The callback the host received (its full URL): finishes the sign-in its state names, and answers where to send
   * the page next: the console, with `?sso_error=<failure>` when the sign-in did not finish.
   */
  complete(callbackUrl: URL): Promise<string>;
}

/**
 * Made by `npm run serve` and handed to both the console runtime (its startSso prepares an attempt here) and the
 * browser host (which routes the callback here). The page goes to the provider itself (`open` answers false).
 */
export function createBrowserSsoReturn(log: (line: string) => void = () => undefined): BrowserSsoReturn {
  const attempts = new SsoAttempts();
  let callbackUrl: string | null = null;
  return {
    listenAt(hostUrl) {
      callbackUrl = new URL(BROWSER_SSO_CALLBACK_PATH, hostUrl).href;
    },
    async prepare(finish) {
      if (callbackUrl === null) throw new Error('The console host is not listening yet; try again in a moment.');
      return {
        redirectUri: callbackUrl,
        async open(authorizationUrl) {
          attempts.expect(authorizationUrl, finish);
          return false;
        },
        cancel: () => undefined,
      };
    },
    async complete(callback) {
      const outcome = await finishCallback(callback, attempts.take(callback.searchParams.get('state')));
      if (outcome.ok) return '/';
      log(`Sign-in with the identity provider did not finish (${outcome.failure}): ${outcome.message}`);
      return `/?${SSO_ERROR_PARAM}=${outcome.failure}`;
    },
  };
}

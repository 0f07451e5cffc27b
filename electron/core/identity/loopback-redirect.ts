import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  acceptedLanguages,
  SIGN_IN_RETURN_PAGE_POLICY,
  signInReturnPage,
  type SignInReturnTexts,
} from './sign-in-return-page.js';
import { finishCallback, SSO_ATTEMPT_MS, stateOf, type SsoReturn, type SsoReturnOutcome } from './sso-return.js';

/** The path of the loopback redirect URI (RFC 8252 §7.3: the provider ignores the port of a loopback URI). */
export const LOOPBACK_CALLBACK_PATH = '/callback';

export interface LoopbackRedirectOptions {
  /** Opens the authorization URL in the system browser (Electron's shell.openExternal). */
  openExternal(url: string): Promise<void>;
  /** The page's texts in the reader's language. */
  texts: SignInReturnTexts;
  /** How long a listener waits for its callback (default: as long as the queue keeps the attempt). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

/**
 * The desktop app's way back from the identity provider (RFC 8252, native apps): per sign-in, a one-shot listener
 * on http://127.0.0.1:<free port>/callback. It takes the first callback that brings the state of the URL it opened,
 * finishes the sign-in, shows a small page ("you can close this window", or why not) and closes; other requests are
 * refused and it closes anyway after the timeout.
 */
export function loopbackSsoReturn(options: LoopbackRedirectOptions): SsoReturn {
  const log = options.log ?? (() => undefined);
  return {
    async prepare(finish) {
      let expectedState: string | null = null;
      let taken = false;
      const server = createServer((request, response) => {
        void answer(request, response).catch((error: unknown) => {
          log(`Sign-in callback failed: ${error instanceof Error ? error.message : String(error)}`);
          if (!response.headersSent) response.writeHead(500).end();
        });
      });
      const close = () => {
        clearTimeout(timer);
        server.close();
        server.closeAllConnections();
      };
      const timer = setTimeout(close, options.timeoutMs ?? SSO_ATTEMPT_MS);
      timer.unref();

      async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
        const url = new URL(request.url ?? '/', redirectUri);
        if (request.method !== 'GET' || url.pathname !== LOOPBACK_CALLBACK_PATH || request.headers.host !== host) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.');
          return;
        }
        const matches = !taken && expectedState !== null && url.searchParams.get('state') === expectedState;
        if (matches) taken = true;
        const outcome = await finishCallback(url, matches ? finish : undefined);
        if (!outcome.ok)
          log(`Sign-in with the identity provider did not finish (${outcome.failure}): ${outcome.message}`);
        sendPage(request, response, outcome);
        if (matches) response.on('finish', close);
      }

      function sendPage(request: IncomingMessage, response: ServerResponse, outcome: SsoReturnOutcome): void {
        const text = options.texts(acceptedLanguages(request.headers['accept-language']));
        response.writeHead(outcome.ok ? 200 : 400, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': SIGN_IN_RETURN_PAGE_POLICY,
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
          'x-content-type-options': 'nosniff',
        });
        response.end(signInReturnPage(text, outcome));
      }

      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const redirectUri = `http://${host}${LOOPBACK_CALLBACK_PATH}`;
      return {
        redirectUri,
        async open(authorizationUrl) {
          try {
            expectedState = stateOf(authorizationUrl);
            await options.openExternal(authorizationUrl);
            return true;
          } catch (error) {
            close();
            throw error;
          }
        },
        cancel: close,
      };
    },
  };
}

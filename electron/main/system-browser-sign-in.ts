import { shell } from 'electron';
import type { SsoReturn } from '../core/identity/sso-return.js';
import { loopbackSsoReturn } from '../core/identity/loopback-redirect.js';
import { signInReturnText } from './sign-in-return-text.js';
import { isExternalUrlAllowed } from './url-trust.js';

/**
 * The desktop's sign-in with the identity provider (RFC 8252): the system browser opens the provider's page, and the
 * core's loopback listener takes the answer; its page speaks the reader's language. Only a plain web address opens.
 */
export function systemBrowserSignIn(log: (line: string) => void): SsoReturn {
  return loopbackSsoReturn({
    async openExternal(url) {
      if (!isExternalUrlAllowed(url)) throw new Error('The identity provider address is not a web address.');
      await shell.openExternal(url);
    },
    texts: signInReturnText,
    log,
  });
}

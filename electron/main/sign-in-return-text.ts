import { SSO_RETURN_FAILURES, type SsoReturnFailure } from '../../shared/api/sso-return.js';
import { isRtl, systemUiLanguage } from '../../shared/i18n/ui-languages.js';
import type { SignInReturnText } from '../core/identity/sign-in-return-page.js';
import { desktopText } from './desktop-text.js';

/**
 * The loopback page's texts (the `desktop` namespace's signInReturn group) in the language the reader's browser
 * prefers most of the console's UI languages: the same texts as browser mode's sign-in screen.
 */
export function signInReturnText(languages: readonly string[]): SignInReturnText {
  const language = systemUiLanguage(languages);
  const t = desktopText(language);
  return {
    language,
    direction: isRtl(language) ? 'rtl' : 'ltr',
    title: t('signInReturn.title'),
    signedIn: t('signInReturn.signedIn'),
    failures: Object.fromEntries(
      SSO_RETURN_FAILURES.map((failure) => [failure, t(`signInReturn.failures.${failure}`)]),
    ) as Record<SsoReturnFailure, string>,
  };
}

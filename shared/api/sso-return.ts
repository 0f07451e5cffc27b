/**
 * How a sign-in with the identity provider can fail on its way back to the console (issue 18): the desktop's loopback
 * page and browser mode's sign-in screen say the same sentence for each (the `desktop` namespace's signInReturn group).
 * Browser mode's host sends the page back to the console with the failure in the address: `/?sso_error=<failure>`.
 */
export const SSO_RETURN_FAILURES = [
  /** No sign-in started on this console has the callback's state (another console's, or over 10 minutes old). */
  'sso_expired',
  /** The person cancelled at the identity provider, or it refused to sign them in. */
  'sso_cancelled',
  /** The provider signed them in but the queue let them in with no role (no such user, disabled, no role claim). */
  'sso_refused',
  /** The queue (or the identity provider behind it) could not be reached. */
  'queue_unreachable',
] as const;
export type SsoReturnFailure = (typeof SSO_RETURN_FAILURES)[number];

/** The query parameter browser mode's host puts the failure in. */
export const SSO_ERROR_PARAM = 'sso_error';

export function isSsoReturnFailure(value: string | null): value is SsoReturnFailure {
  return (SSO_RETURN_FAILURES as readonly (string | null)[]).includes(value);
}

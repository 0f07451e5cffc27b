import { isSsoReturnFailure, SSO_ERROR_PARAM, type SsoReturnFailure } from '../../../shared/api/sso-return.js';

/**
 * Browser mode: the host sends the page back from the identity provider as `/?sso_error=<failure>` when the sign-in
 * did not finish. Takes the failure out of the address (so a reload or a bookmark does not say it again).
 */
export function takeSsoReturnError(
  loc: Pick<Location, 'href'>,
  history: Pick<History, 'state' | 'replaceState'>,
): SsoReturnFailure | null {
  const url = new URL(loc.href);
  const failure = url.searchParams.get(SSO_ERROR_PARAM);
  if (failure === null) return null;
  url.searchParams.delete(SSO_ERROR_PARAM);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return isSsoReturnFailure(failure) ? failure : null;
}

import type { SsoReturnFailure } from '../../../shared/api/sso-return.js';
import type { Result } from '../../../shared/result.js';

/** Finishes a sign-in with the provider's callback URL (the session manager's finishSso); its refusal is shown. */
export type FinishSso = (callbackUrl: string) => Promise<Result<unknown>>;

/**
 * Where the identity provider sends the browser back after a sign-in (issue 18): browser mode's own host
 * (GET /auth/callback, browser-sso-return.ts) or the desktop's one-shot loopback listener (loopback-redirect.ts).
 */
export interface SsoReturn {
  /** Readies the way back for one sign-in attempt; `finish` gets the callback URL when it arrives. */
  prepare(finish: FinishSso): Promise<PreparedSsoReturn>;
}

export interface PreparedSsoReturn {
  /** The redirect URI to start the sign-in with (POST /v1/auth/oidc/start). */
  readonly redirectUri: string;
  /**
   * Hands the provider's authorization URL over and remembers its `state`: only a callback with that state is
   * finished. The desktop opens the system browser (true); browser mode leaves it to the page (false).
   */
  open(authorizationUrl: string): Promise<boolean>;
  /** Ends the attempt unused (the queue refused to start it). */
  cancel(): void;
}

/** How long a started sign-in waits for its callback: as long as the queue keeps the attempt. */
export const SSO_ATTEMPT_MS = 10 * 60_000;

export type SsoReturnOutcome = { ok: true } | { ok: false; failure: SsoReturnFailure; message: string };

/** Codes of a finish that failed because the queue (or the provider behind it) did not answer. */
const UNREACHABLE_CODES = new Set(['queue_unreachable', 'needs_network', 'identity_provider_unreachable']);

/** The `state` an authorization URL carries, which its callback must bring back. */
export function stateOf(authorizationUrl: string): string {
  const state = URL.canParse(authorizationUrl) ? new URL(authorizationUrl).searchParams.get('state') : null;
  if (!state) throw new Error('The identity provider address carries no state; the sign-in cannot be checked.');
  return state;
}

/**
 * Hands a callback to the attempt its state named (`finish`, undefined when there is none) and says how it went:
 * a provider's error (the person cancelled) is not sent on; a refusal of the queue's is `sso_refused`.
 */
export async function finishCallback(callbackUrl: URL, finish: FinishSso | undefined): Promise<SsoReturnOutcome> {
  if (!finish)
    return { ok: false, failure: 'sso_expired', message: 'No sign-in started here has this state, or it expired.' };
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError !== null)
    return {
      ok: false,
      failure: 'sso_cancelled',
      message: `The identity provider answered ${providerError.slice(0, 100)}.`,
    };
  const finished = await finish(callbackUrl.href);
  if (finished.ok) return { ok: true };
  const failure = UNREACHABLE_CODES.has(finished.error.code) ? 'queue_unreachable' : 'sso_refused';
  return { ok: false, failure, message: finished.error.message };
}

import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import type { SessionGrant, SessionUser, SignOutReason } from '../../../shared/api/identity-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { IdentityQueueClient } from '../../../lib/queue-client/identity-queue-client.js';
import { backoffDelay } from '../../../lib/queue-client/backoff.js';
import { signOutReasonOf } from '../../../lib/queue-client/queue-credential.js';
import type { SessionCredential } from './session-credential.js';
import { readRememberedSession, type RememberedSession, type SessionSecretStore } from './session-secret-store.js';
import type { SsoReturn } from './sso-return.js';

/** Who is signed in at the console now, and how. */
export interface SessionState {
  state: ConsoleSession['state'];
  /** The person signed in; while signed out, the last one who was (whose work the console holds), or null. */
  user: SessionUser | null;
  via: ConsoleSession['via'];
  reason: SignOutReason | null;
}

export interface SessionManagerOptions {
  /** The queue, sending `credential`. */
  client: IdentityQueueClient;
  credential: SessionCredential;
  /** The tenant people sign in to (sign-in mode: given; token mode: the token's, once known). */
  tenantId: () => string | null;
  /** Token mode: the person of the console's API token (GET /v1/whoami, remembered), null for a machine's token. */
  tokenPerson?: () => SessionUser | null;
  /** Where the refresh token and the person are kept across restarts; without it nothing is kept. */
  secrets?: SessionSecretStore;
  /** Where the identity provider sends the browser back; without it signing in with it is not_supported. */
  ssoReturn?: SsoReturn;
  /** Told after every change of the session (signed in, out, refreshed into another role...). */
  onChange: () => void;
  now?: () => Date;
  log?: (line: string) => void;
  /** The jitter of the retries' back-off (tests fix it). */
  random?: () => number;
}

/** How long before the access token expires it is refreshed: a fifth of its life, at most a minute. */
const REFRESH_MARGIN_MS = 60_000;
/**
 * How soon a refresh is tried again when the queue (or the identity provider behind it) did not answer: 5 s, then up
 * to twice as long after each failure in a row (with jitter), at most a minute. A request the queue answers with
 * access_expired still asks for a refresh at once.
 */
const RETRY_REFRESH_MS = 5_000;
const MAX_RETRY_REFRESH_MS = 60_000;

/**
 * The console's session (issue 18). Signed in with a password or the identity provider: the access token lives in
 * memory (the credential), the refresh token and the person in the secret store; the access token is refreshed before
 * it expires and when the queue says it expired (once, then the request is sent again). Any other refusal, or Sign
 * out, signs the console out with its reason: sync stops, the outbox keeps everything. Token mode: the console's API
 * token is the credential and its person (whoami) the signed-in one; a refused token signs the console out the same way.
 */
export class SessionManager {
  private current: SessionState;
  private remembered: RememberedSession | null = null;
  private refreshing: Promise<boolean> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  /** Refreshes in a row the queue did not answer (the retry's back-off). */
  private failedRefreshes = 0;
  private stopped = false;

  constructor(private readonly options: SessionManagerOptions) {
    const tokenMode = options.credential.current() !== null;
    this.current = tokenMode
      ? { state: 'signed_in', user: null, via: 'token', reason: null }
      : { state: 'signed_out', user: null, via: null, reason: null };
    options.credential.follow({ renew: () => this.refresh(), refused: (reason) => this.signedOutBecause(reason) });
  }

  /** Sign-in mode: the session kept from the last run, as that person offline; refreshed at once when the queue answers. */
  start(): void {
    if (this.current.via === 'token') return;
    const kept = this.options.secrets ? readRememberedSession(this.options.secrets) : null;
    if (!kept || kept.queueUrl !== this.options.client.url || kept.tenantId !== this.options.tenantId()) return;
    if (Date.parse(kept.refreshExpiresAt) <= this.now()) {
      this.forget();
      this.current = { state: 'signed_out', user: kept.user, via: null, reason: 'session_expired' };
      return;
    }
    this.remembered = kept;
    this.current = { state: 'signed_in', user: kept.user, via: kept.via, reason: null };
    void this.refresh();
  }

  stop(): void {
    this.stopped = true;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
  }

  state(): SessionState {
    if (this.current.via !== 'token') return this.current;
    return { ...this.current, user: this.options.tokenPerson?.() ?? this.current.user };
  }

  /** Signed in and holding a credential the queue may take: sync runs. */
  connected(): boolean {
    return this.current.state === 'signed_in' && this.options.credential.current() !== null;
  }

  async signInWithPassword(email: string, password: string): Promise<Result<SessionState>> {
    const tenantId = this.options.tenantId();
    if (tenantId === null)
      return fail('tenant_unknown', 'This console does not know its tenant yet; connect once first.');
    const grant = await this.options.client.signInWithPassword(tenantId, email, password);
    return grant.ok ? this.signedIn(grant.value) : grant;
  }

  /** Starts a sign-in with the tenant's identity provider: the URL to go to, and whether the host opened it itself. */
  async startSso(): Promise<Result<{ authorizationUrl: string; opened: boolean }>> {
    const tenantId = this.options.tenantId();
    if (!this.options.ssoReturn) return fail('not_supported', 'This console cannot sign in with an identity provider.');
    if (tenantId === null)
      return fail('tenant_unknown', 'This console does not know its tenant yet; connect once first.');
    const way = await this.options.ssoReturn.prepare((callbackUrl) => this.finishSso(callbackUrl));
    const started = await this.options.client.startOidc(tenantId, way.redirectUri);
    if (!started.ok) {
      way.cancel();
      return started;
    }
    const opened = await way.open(started.value.authorizationUrl);
    return ok({ authorizationUrl: started.value.authorizationUrl, opened });
  }

  /** The identity provider sent the browser back here (the host's callback): the queue finishes the sign-in. */
  async finishSso(callbackUrl: string): Promise<Result<SessionState>> {
    const grant = await this.options.client.finishOidc(callbackUrl);
    return grant.ok ? this.signedIn(grant.value) : grant;
  }

  /** Ends the session at the queue (when it answers) and here; nothing waiting is dropped. */
  async signOut(): Promise<SessionState> {
    if (this.current.via !== 'token' && this.options.credential.current() !== null) {
      const ended = await this.options.client.signOutSession();
      if (!ended.ok) this.options.log?.(`The queue did not end the session at sign-out: ${ended.error.message}`);
    }
    this.signedOutBecause('signed_out');
    return this.state();
  }

  /**
   * A new access token for the refresh token (one at a time: callers asking meanwhile share the answer); true when
   * one is ready. The queue unreachable keeps the session (tried again soon); a refusal signs the console out.
   */
  refresh(): Promise<boolean> {
    if (this.current.via === 'token' || this.remembered === null) return Promise.resolve(false);
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<boolean> {
    const kept = this.remembered;
    if (kept === null) return false;
    const grant = await this.options.client.refreshSession(kept.refreshToken);
    if (this.remembered !== kept) return this.remembered !== null;
    if (grant.ok) return this.signedIn(grant.value).ok;
    const reason = signOutReasonOf(grant.error.details);
    if (reason !== null && reason !== 'access_expired') {
      this.signedOutBecause(reason);
      return false;
    }
    const retryMs = backoffDelay(this.failedRefreshes++, RETRY_REFRESH_MS, MAX_RETRY_REFRESH_MS, this.options.random);
    this.options.log?.(
      `The session could not be refreshed (${grant.error.message}); trying again in ${Math.round(retryMs / 1000)} s.`,
    );
    this.schedule(retryMs);
    return false;
  }

  private signedIn(grant: SessionGrant): Result<SessionState> {
    const tenantId = this.options.tenantId() ?? grant.user.tenantId;
    const remembered: RememberedSession = {
      queueUrl: this.options.client.url,
      tenantId,
      refreshToken: grant.refreshToken,
      refreshExpiresAt: grant.refreshExpiresAt,
      via: grant.via,
      user: grant.user,
    };
    const kept = this.options.secrets?.write(JSON.stringify(remembered));
    if (kept && !kept.ok) this.options.log?.(`The session is not remembered: ${kept.error.message}`);
    const wasConnected = this.connected();
    const before = this.current;
    this.remembered = remembered;
    this.failedRefreshes = 0;
    this.options.credential.set(grant.accessToken);
    this.current = { state: 'signed_in', user: grant.user, via: grant.via, reason: null };
    const lifeMs = Date.parse(grant.accessExpiresAt) - this.now();
    this.schedule(Math.max(1_000, lifeMs - Math.min(REFRESH_MARGIN_MS, lifeMs / 5)));
    if (!wasConnected || !sameSession(before, this.current)) this.options.onChange();
    return ok(this.state());
  }

  /** The credential stopped working (or Sign out): no more requests with it; what waits stays in the outbox. */
  private signedOutBecause(reason: SignOutReason): void {
    if (this.current.state === 'signed_out') return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.options.credential.set(null);
    const user = this.state().user;
    this.forget();
    this.current = { state: 'signed_out', user, via: null, reason };
    this.options.log?.(`Signed out: ${reason}.`);
    this.options.onChange();
  }

  private forget(): void {
    this.remembered = null;
    const cleared = this.options.secrets?.clear();
    if (cleared && !cleared.ok) this.options.log?.(cleared.error.message);
  }

  private schedule(inMs: number): void {
    if (this.stopped) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), inMs);
    this.refreshTimer.unref?.();
  }

  private now(): number {
    return (this.options.now?.() ?? new Date()).getTime();
  }
}

/** The same person in the same role and queues, signed in the same way (a refresh that changed nothing). */
function sameSession(a: SessionState, b: SessionState): boolean {
  return a.state === b.state && a.via === b.via && JSON.stringify(a.user) === JSON.stringify(b.user);
}

import { SSO_ATTEMPT_MS, stateOf, type FinishSso } from './sso-return.js';

/** At most this many sign-ins wait for their callback at once; a newer one pushes the oldest out. */
const MAX_WAITING = 20;

/**
 * The sign-ins started on this console that wait for their callback, by state: each is taken once, and only
 * within SSO_ATTEMPT_MS, so a callback nobody here started (login CSRF) or one replayed finds nothing.
 */
export class SsoAttempts {
  private readonly waiting = new Map<string, { finish: FinishSso; expiresAt: number }>();

  constructor(
    private readonly lifetimeMs = SSO_ATTEMPT_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers the attempt of `authorizationUrl` (its state); throws when the URL has none. */
  expect(authorizationUrl: string, finish: FinishSso): void {
    const state = stateOf(authorizationUrl);
    this.dropExpired();
    if (this.waiting.size >= MAX_WAITING) {
      const oldest = this.waiting.keys().next();
      if (!oldest.done) this.waiting.delete(oldest.value);
    }
    this.waiting.set(state, { finish, expiresAt: this.now() + this.lifetimeMs });
  }

  /** The attempt of `state`, taken (a second callback with it finds nothing); undefined when none waits. */
  take(state: string | null): FinishSso | undefined {
    this.dropExpired();
    if (state === null) return undefined;
    const attempt = this.waiting.get(state);
    this.waiting.delete(state);
    return attempt?.finish;
  }

  get size(): number {
    this.dropExpired();
    return this.waiting.size;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [state, attempt] of this.waiting) if (attempt.expiresAt <= now) this.waiting.delete(state);
  }
}

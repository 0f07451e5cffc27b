import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { credentialRefusal, knownCaller } from './auth/authenticate.js';
import { markPastFailedCredentialLimit } from './auth/failed-credential-limit.js';
import { HttpError } from './http-errors.js';

/**
 * Requests a minute the queue takes from one credential (an API token, or a session across its refreshes), one tenant
 * (all its credentials together) and one client address (with or without a credential), and bearer credentials a
 * minute one address may send that do not work (guessing tokens); 0 turns that limit off. Each may come in one burst;
 * after that they are let through at the rate (a token bucket). Counted per queue process.
 */
export interface RateLimits {
  perToken: number;
  perTenant: number;
  perAddress: number;
  failedCredentialsPerAddress: number;
}

/**
 * Far above what a team's consoles and AI workers send (the load test's 8 workers on one token push
 * 20,000 decisions and their claims in a few minutes), far below a flood from one client. A console whose session
 * ended gets one refusal per request it tries; 30 a minute leaves a guesser nowhere.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perToken: 30_000,
  perTenant: 60_000,
  perAddress: 60_000,
  failedCredentialsPerAddress: 30,
};

type Scope = 'token' | 'tenant' | 'address' | 'failed_credentials';

const SCOPE_LIMIT: Record<Scope, keyof RateLimits> = {
  token: 'perToken',
  tenant: 'perTenant',
  address: 'perAddress',
  failed_credentials: 'failedCredentialsPerAddress',
};
const WHOSE: Record<Scope, string> = {
  token: 'this credential',
  tenant: "this credential's tenant",
  address: 'this address',
  failed_credentials: 'this address with credentials that do not work',
};

/** Buckets idle long enough to be full again are dropped once this many are kept. */
const SWEEP_AT = 10_000;

/**
 * One token bucket per key: `perMinute` tokens at most, refilled at perMinute / 60 a second. With a longer window,
 * `perMinute` is the count allowed per window instead (e.g. 20 sign-in tries in 10 minutes: new Buckets(20, 600_000)).
 */
export class Buckets {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    windowMs = 60_000,
  ) {
    this.perMs = perMinute / windowMs;
  }

  /** Whole seconds until `key` may take one (0: now), taking nothing (a limit on failures checks before it counts). */
  waitSeconds(key: string, nowMs: number): number {
    const tokens = this.available(key, nowMs);
    return tokens >= 1 ? 0 : this.secondsUntilOne(tokens);
  }

  /** Takes one request for `key`: 0 when it may go ahead, else the whole seconds until it may. */
  take(key: string, nowMs: number): number {
    const bucket = this.buckets.get(key);
    const tokens = this.available(key, nowMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, atMs: nowMs });
      return this.secondsUntilOne(tokens);
    }
    if (!bucket && this.buckets.size >= SWEEP_AT) this.sweep(nowMs);
    this.buckets.set(key, { tokens: tokens - 1, atMs: nowMs });
    return 0;
  }

  private available(key: string, nowMs: number): number {
    const bucket = this.buckets.get(key);
    return bucket ? Math.min(this.perMinute, bucket.tokens + (nowMs - bucket.atMs) * this.perMs) : this.perMinute;
  }

  private secondsUntilOne(tokens: number): number {
    return Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
  }

  private sweep(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (nowMs - bucket.atMs) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** A refusal past a limit: sets Retry-After on the reply and gives the 429 to throw. */
export function rateLimited(
  reply: FastifyReply,
  limit: { scope: string; whose: string; perMinute: number; retryAfterSeconds: number },
): HttpError {
  const { scope, whose, perMinute, retryAfterSeconds } = limit;
  reply.header('retry-after', String(retryAfterSeconds));
  return new HttpError(
    429,
    'rate_limited',
    `Too many requests from ${whose}: the queue takes ${perMinute} a minute. Retry after ${retryAfterSeconds} s.`,
    { scope, limitPerMinute: perMinute, retryAfterSeconds },
  );
}

/**
 * Limits every request by address before anything else runs (no database read for a flood); by credential and tenant
 * once the caller is known (before the body is parsed). A refused credential (any reason but `access_expired`, which a
 * refresh puts right) counts against its address; past that limit, a credential that fails again is answered 429
 * instead of 401, while one that works is still served (colleagues behind one office address keep working while one
 * stale console keeps failing). Past a limit: 429, `Retry-After` and the usual error body, details
 * `{scope, limitPerMinute, retryAfterSeconds}`.
 */
export function installRateLimits(app: FastifyInstance, limits: RateLimits, now: () => number = Date.now): void {
  const buckets = Object.fromEntries(
    (Object.keys(SCOPE_LIMIT) as Scope[]).map((scope) => {
      const perMinute = limits[SCOPE_LIMIT[scope]];
      return [scope, perMinute > 0 ? new Buckets(perMinute) : null];
    }),
  ) as Record<Scope, Buckets | null>;
  const refuse = (scope: Scope, retryAfterSeconds: number, reply: FastifyReply): void => {
    if (retryAfterSeconds === 0) return;
    throw rateLimited(reply, { scope, whose: WHOSE[scope], perMinute: limits[SCOPE_LIMIT[scope]], retryAfterSeconds });
  };
  const check = (scope: Scope, key: string, reply: FastifyReply): void =>
    refuse(scope, buckets[scope]?.take(key, now()) ?? 0, reply);

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    check('address', request.ip, reply);
    if (request.headers.authorization === undefined) return;
    const waitSeconds = buckets.failed_credentials?.waitSeconds(request.ip, now()) ?? 0;
    if (waitSeconds > 0)
      markPastFailedCredentialLimit(request, () =>
        rateLimited(reply, {
          scope: 'failed_credentials',
          whose: WHOSE.failed_credentials,
          perMinute: limits.failedCredentialsPerAddress,
          retryAfterSeconds: waitSeconds,
        }),
      );
  });
  app.addHook('preParsing', async (request, reply) => {
    const caller = knownCaller(request);
    if (!caller) return;
    check('token', caller.credential.id, reply);
    check('tenant', caller.tenantId, reply);
  });
  // Counted before the 401 goes out, so the caller's next request already meets the count.
  app.addHook('onSend', async (request, _reply, payload) => {
    const refusal = credentialRefusal(request);
    if (refusal !== undefined && refusal !== 'access_expired') buckets.failed_credentials?.take(request.ip, now());
    return payload;
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, knownCaller } from './auth/authenticate.js';
import { hashToken } from './auth/tokens.js';
import { HttpError } from './http-errors.js';

/**
 * Requests a minute the queue takes from one bearer token, one tenant (all its tokens together) and one
 * client address (with or without a token); 0 turns that limit off. Each may come in one burst; after
 * that they are let through at the rate (a token bucket). Counted per queue process.
 */
export interface RateLimits {
  perToken: number;
  perTenant: number;
  perAddress: number;
}

/**
 * Far above what a team's consoles and AI workers send (the load test's 8 workers on one token push
 * 20,000 decisions and their claims in a few minutes), far below a flood from one client.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { perToken: 30_000, perTenant: 60_000, perAddress: 60_000 };

type Scope = 'token' | 'tenant' | 'address';

const SCOPE_LIMIT: Record<Scope, keyof RateLimits> = { token: 'perToken', tenant: 'perTenant', address: 'perAddress' };
const WHOSE: Record<Scope, string> = { token: 'this token', tenant: "this token's tenant", address: 'this address' };

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
 * Limits every request by address and bearer token before anything else runs (no database read for a
 * flood), and by tenant once the token is known (before the body is parsed). Past a limit: 429,
 * `Retry-After` and the usual error body, details `{scope, limitPerMinute, retryAfterSeconds}`.
 */
export function installRateLimits(app: FastifyInstance, limits: RateLimits, now: () => number = Date.now): void {
  const buckets: Record<Scope, Buckets | null> = {
    token: limits.perToken > 0 ? new Buckets(limits.perToken) : null,
    tenant: limits.perTenant > 0 ? new Buckets(limits.perTenant) : null,
    address: limits.perAddress > 0 ? new Buckets(limits.perAddress) : null,
  };
  const check = (scope: Scope, key: string, reply: FastifyReply): void => {
    const retryAfterSeconds = buckets[scope]?.take(key, now()) ?? 0;
    if (retryAfterSeconds === 0) return;
    throw rateLimited(reply, { scope, whose: WHOSE[scope], perMinute: limits[SCOPE_LIMIT[scope]], retryAfterSeconds });
  };

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    check('address', request.ip, reply);
    const token = bearerToken(request.headers.authorization);
    if (token !== null) check('token', hashToken(token), reply);
  });
  app.addHook('preParsing', async (request, reply) => {
    const caller = knownCaller(request);
    if (caller) check('tenant', caller.tenantId, reply);
  });
}

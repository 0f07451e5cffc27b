/**
 * Per-tenant rate limit on model calls: a token bucket per tenant id, shared by every engine in this
 * process that is given the same limiter. A call waits for a token; if the wait would exceed
 * `maxWaitMs` it is refused, and the engine escalates the ticket instead of holding it.
 */
export interface RateLimit {
  /** Model calls per minute for one tenant. */
  requestsPerMinute: number;
  /** Longest a call may wait for its turn. */
  maxWaitMs: number;
}

/** 60 model calls a minute per tenant, a call waiting at most 30 s for its turn. */
export const DEFAULT_RATE_LIMIT: RateLimit = { requestsPerMinute: 60, maxWaitMs: 30_000 };

export class RateLimitExceeded extends Error {
  constructor(
    readonly tenantId: string,
    readonly waitMs: number,
  ) {
    super(`The per-tenant rate limit for "${tenantId}" is reached; the next slot is ${Math.ceil(waitMs)} ms away.`);
  }
}

interface Bucket {
  tokens: number;
  updated: number;
}

export class TenantRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: (tenantId: string) => RateLimit,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async acquire(tenantId: string): Promise<void> {
    const { requestsPerMinute, maxWaitMs } = this.limits(tenantId);
    const perMs = requestsPerMinute / 60_000;
    const b = this.buckets.get(tenantId) ?? { tokens: requestsPerMinute, updated: this.now() };
    this.buckets.set(tenantId, b);
    const t = this.now();
    b.tokens = Math.min(requestsPerMinute, b.tokens + (t - b.updated) * perMs);
    b.updated = t;
    b.tokens -= 1; // reserve now, so concurrent callers queue behind each other
    if (b.tokens >= 0) return;
    const wait = -b.tokens / perMs;
    if (wait > maxWaitMs) {
      b.tokens += 1;
      throw new RateLimitExceeded(tenantId, wait);
    }
    await this.sleep(wait);
  }
}

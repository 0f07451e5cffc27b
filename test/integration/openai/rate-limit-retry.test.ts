import { describe, expect, it } from 'vitest';
import { RateLimitExceeded, TenantRateLimiter } from '../../../engine/openai/rate-limiter.js';
import { backoffMs, parseRetryAfter } from '../../../engine/openai/retry.js';
describe('rate limit and retry timing', () => {
  it('gives each tenant its own bucket, waits for a slot, and refuses a wait that is too long', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new TenantRateLimiter(
      () => ({ requestsPerMinute: 2, maxWaitMs: 40_000 }),
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
    );
    await limiter.acquire('retail');
    await limiter.acquire('retail');
    await limiter.acquire('payments'); // another tenant is not affected
    expect(slept).toEqual([]);
    await limiter.acquire('retail');
    expect(slept).toEqual([30_000]);
    await limiter.acquire('retail');
    expect(slept).toEqual([30_000, 30_000]);
    const strict = new TenantRateLimiter(
      () => ({ requestsPerMinute: 1, maxWaitMs: 10 }),
      () => now,
      async () => undefined,
    );
    await strict.acquire('x');
    await expect(strict.acquire('x')).rejects.toBeInstanceOf(RateLimitExceeded);
  });

  it('reads retry-after in seconds, as a date, and retry-after-ms', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6000);
    expect(parseRetryAfter(new Headers({}))).toBeNull();
  });

  it('backs off exponentially with jitter when the server gives no retry-after', () => {
    const p = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };
    const f = { retryable: true, httpStatus: 500, message: '', retryAfterMs: null };
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(p, a, f, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffMs(p, 3, f, () => 0)).toBe(200);
    expect(backoffMs(p, 1, { ...f, retryAfterMs: 2500 })).toBe(2500);
  });
});

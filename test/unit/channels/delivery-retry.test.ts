import { describe, expect, it } from 'vitest';
import {
  DELIVERY_RETRY,
  nominalRetryDelayMs,
  nominalRetryElapsedMs,
  transientFailureResult,
} from '../../../channels/email/delivery-retry.js';

const now = new Date('2026-12-01T10:00:00.000Z');
const MINUTE = 60_000;

describe('the retry schedule of a reply that failed transiently', () => {
  it('waits one minute, doubling to one hour between attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map(nominalRetryDelayMs)).toEqual(
      [1, 2, 4, 8, 16, 32, 60, 60, 60].map((minutes) => minutes * MINUTE),
    );
  });

  it('retries at the back-off shortened by at most the jitter, never later', () => {
    const at = (attempt: number, random: number) => {
      const result = transientFailureResult(attempt, '421 4.3.2 try later', now, () => random);
      if (result.state !== 'retry') throw new Error(`attempt ${attempt} was not retried`);
      expect(result.reason).toBe('421 4.3.2 try later');
      return Date.parse(result.retryAt) - now.getTime();
    };
    expect(at(1, 0)).toBe(MINUTE);
    expect(at(1, 0.999)).toBeGreaterThanOrEqual(MINUTE * (1 - DELIVERY_RETRY.jitter));
    expect(at(3, 0.5)).toBe(4 * MINUTE * (1 - DELIVERY_RETRY.jitter / 2));
    expect(at(20, 0)).toBe(60 * MINUTE);
  });

  it('fails the reply once the attempts have waited 48 hours, saying so with the last reason', () => {
    const lastRetried = Array.from({ length: 100 }, (_, index) => index + 1).findLast(
      (attempt) => transientFailureResult(attempt, 'x', now).state === 'retry',
    );
    expect(lastRetried).toBeDefined();
    const giveUp = (lastRetried ?? 0) + 1;
    expect(nominalRetryElapsedMs(lastRetried ?? 0)).toBeLessThan(DELIVERY_RETRY.giveUpAfterMs);
    expect(nominalRetryElapsedMs(giveUp)).toBeGreaterThanOrEqual(DELIVERY_RETRY.giveUpAfterMs);
    expect(transientFailureResult(giveUp, 'connect: ECONNREFUSED', now)).toEqual({
      state: 'failed',
      reason: `Gave up after ${giveUp} attempts over 48 hours; the last one: connect: ECONNREFUSED`,
      at: now.toISOString(),
    });
  });
});

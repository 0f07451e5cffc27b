import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../lib/queue-client/backoff.js';

describe('backoffDelay', () => {
  it('doubles its ceiling each attempt up to the maximum', () => {
    const atCeiling = () => 1;
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, 500, 10_000, atCeiling))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  it('waits a random time between the base and the ceiling (full jitter), never less than the base', () => {
    expect(backoffDelay(3, 500, 10_000, () => 0)).toBe(500);
    expect(backoffDelay(3, 500, 10_000, () => 0.5)).toBe(2_250);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(4, 250, 5_000);
      expect(delay).toBeGreaterThanOrEqual(250);
      expect(delay).toBeLessThanOrEqual(4_000);
    }
  });

  it('treats a negative attempt as the first', () => {
    expect(backoffDelay(-3, 500, 10_000, () => 1)).toBe(500);
  });
});

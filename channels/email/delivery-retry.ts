import type { DeliveryResult } from '../../shared/channels/email-records.js';

/**
 * When a reply that failed transiently (an SMTP 4xx, a connection that failed or timed out) is tried again: one
 * minute after the first attempt, doubling up to one hour between attempts, each delay shortened by up to a fifth
 * at random so replies that failed together do not all come back together; after 48 hours of attempts it fails.
 */
export const DELIVERY_RETRY = {
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 48 * 60 * 60_000,
  jitter: 0.2,
} as const;

/** The delay after the `attempt`-th failed attempt (1 for the first), before jitter. */
export function nominalRetryDelayMs(attempt: number): number {
  const doublings = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(DELIVERY_RETRY.firstDelayMs * 2 ** doublings, DELIVERY_RETRY.maxDelayMs);
}

/** How long the first `attempts` attempts' waits take together, before jitter. */
export function nominalRetryElapsedMs(attempts: number): number {
  let total = 0;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    total += nominalRetryDelayMs(attempt);
    if (total >= DELIVERY_RETRY.giveUpAfterMs) break;
  }
  return total;
}

/**
 * The result of a transiently failed attempt (`attempt` counts this one, from 1): a retry after the back-off, or,
 * once the schedule has run for 48 hours, a failure that says how long it was tried.
 */
export function transientFailureResult(
  attempt: number,
  reason: string,
  now: Date,
  random: () => number = Math.random,
): DeliveryResult {
  if (nominalRetryElapsedMs(attempt) >= DELIVERY_RETRY.giveUpAfterMs)
    return {
      state: 'failed',
      reason: `Gave up after ${attempt} attempts over 48 hours; the last one: ${reason}`,
      at: now.toISOString(),
    };
  const delay = nominalRetryDelayMs(attempt) * (1 - DELIVERY_RETRY.jitter * random());
  return { state: 'retry', reason, retryAt: new Date(now.getTime() + Math.round(delay)).toISOString() };
}

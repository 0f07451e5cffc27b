import type { WebhookAttempt, WebhookDeliveryState } from '../../shared/api/webhook-contract.js';
import type { MessageDelivery } from '../../shared/domain/ticket.js';

/**
 * When a delivery is tried again: the first retry `firstRetryMs` after the first failed attempt, each next wait
 * doubled up to `maxRetryMs`; an attempt that fails once `windowMs` have passed since the event (or since a
 * redelivery) is the last, and the delivery is failed.
 */
export interface RetrySchedule {
  firstRetryMs: number;
  maxRetryMs: number;
  windowMs: number;
}

/**
 * 30 s doubling to 1 h, for 24 h: attempts at about 0, 30 s, 1.5, 3.5, 7.5, 15.5, 31.5 and 63.5 min, then hourly;
 * the 31st attempt (about 24 h 4 min after the event) is the last.
 */
export const RETRY_SCHEDULE: RetrySchedule = {
  firstRetryMs: 30_000,
  maxRetryMs: 3_600_000,
  windowMs: 24 * 3_600_000,
};

/** The latest attempts a delivery keeps (WebhookDeliverySchema's bound). */
export const KEPT_ATTEMPTS = 20;

/** The wait after the `failedAttempts`-th failed attempt in a row (1: the first). */
export function retryDelayMs(failedAttempts: number, schedule: RetrySchedule): number {
  return Math.min(schedule.firstRetryMs * 2 ** Math.min(Math.max(failedAttempts - 1, 0), 30), schedule.maxRetryMs);
}

/** What a delivery row holds of its progress. */
export interface DeliveryProgress {
  state: WebhookDeliveryState;
  attemptCount: number;
  /** The latest attempts, newest first. */
  attempts: WebhookAttempt[];
  /** Epoch ms: due from then (while pending). */
  nextAttemptAt: number;
  /** Epoch ms: the retry window starts (the event, or a redelivery); an attempt that fails after it has passed is the last. */
  windowStart: number;
  deliveredAt: string | null;
}

/**
 * The delivery after an attempt: delivered on a 2xx; failed when the target is gone for good or the retry window has
 * passed; else pending again after the schedule's wait.
 */
export function progressAfterAttempt(
  progress: DeliveryProgress,
  attempt: WebhookAttempt,
  outcome: { permanent: boolean },
  nowMs: number,
  schedule: RetrySchedule,
): DeliveryProgress {
  const attemptCount = progress.attemptCount + 1;
  const attempts = [attempt, ...progress.attempts].slice(0, KEPT_ATTEMPTS);
  const attempted = { ...progress, attemptCount, attempts };
  if (isSuccess(attempt)) return { ...attempted, state: 'delivered', deliveredAt: attempt.at };
  if (outcome.permanent || nowMs >= progress.windowStart + schedule.windowMs) return { ...attempted, state: 'failed' };
  // The schedule starts again with each window (a redelivery's too): count this window's failed attempts.
  const failedInWindow = attempts.filter((kept) => Date.parse(kept.at) >= progress.windowStart).length;
  return { ...attempted, state: 'pending', nextAttemptAt: nowMs + retryDelayMs(failedInWindow, schedule) };
}

/** Sent again now, with a new retry window (an admin's redelivery, a person's retry of a failed reply). */
export function progressRequeued(progress: DeliveryProgress, nowMs: number): DeliveryProgress {
  return { ...progress, state: 'pending', nextAttemptAt: nowMs, windowStart: nowMs };
}

export function isSuccess(attempt: WebhookAttempt): boolean {
  return attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
}

/** What an attempt says in a message's delivery: the receiver's status or the error. */
export function attemptReason(attempt: WebhookAttempt | undefined): string | null {
  if (!attempt || isSuccess(attempt)) return null;
  return attempt.error ?? `The reply URL answered HTTP ${attempt.status ?? '?'}: ${attempt.response.slice(0, 300)}`;
}

/** A generic channel reply's delivery as the console shows it (the one MessageDelivery model). */
export function replyMessageDelivery(progress: DeliveryProgress, to: string, at: string): MessageDelivery {
  return {
    state: progress.state === 'delivered' ? 'sent' : progress.state === 'failed' ? 'failed' : 'queued',
    to: to.slice(0, 320),
    attempts: progress.attemptCount,
    reason: progress.state === 'delivered' ? null : attemptReason(progress.attempts[0]),
    at,
  };
}

import type { BusinessHours } from './business-hours.js';
import { businessTimeBetween, instantAfterBusinessTime, isOutsideHours } from './business-time.js';
import { MS_PER_MINUTE } from './local-calendar.js';
import { horizonEnd } from './open-intervals.js';
import { normalizePauses, type PausedInterval } from './pauses.js';
import type { QueueSlaPolicy } from './sla-policy.js';

/** The times of a ticket the SLA reads, in epoch milliseconds. */
export interface SlaTicketTimes {
  createdAt: number;
  /** The reply that meets the first-reply target (ticketSlaTimes: a person's first public reply); null before it. */
  firstReplyAt: number | null;
  resolvedAt: number | null;
  /** Times the ticket waited on the customer (the clock stands still); the last may still run (end null). */
  pauses: readonly PausedInterval[];
}

/**
 * met: completed with at most the target's business time used; breached: more than the target used, completed
 * or not (an open ticket past its due instant is breached already); open: not completed, within the target.
 * A completion while the clock stands still after the due instant (after closing time, in a pause) still meets
 * the target: no business time was overdue.
 */
export type SlaState = 'met' | 'breached' | 'open';

/** At `now`: stopped once completed; paused while the ticket waits on the customer; closed outside hours. */
export type SlaClock = 'running' | 'closed' | 'paused' | 'stopped';

export interface SlaTargetStatus {
  state: SlaState;
  targetMs: number;
  /** When the business clock reaches the target; null when it never does (see instantAfterBusinessTime). */
  dueAt: number | null;
  completedAt: number | null;
  /** Business time used until completion or, while open, until now (counted up to the horizon at most). */
  elapsedMs: number;
  /** targetMs - elapsedMs: business time left when positive, overdue when negative. */
  remainingMs: number;
  clock: SlaClock;
}

export interface SlaStatus {
  firstReply: SlaTargetStatus;
  resolution: SlaTargetStatus;
}

/**
 * Where a ticket stands against its queue's policy for the customer's tier at `now`. Pauses stop both clocks.
 * A ticket resolved without any reply has its first-reply target completed by the resolution.
 */
export function slaStatus(
  times: SlaTicketTimes,
  policy: QueueSlaPolicy,
  tier: keyof QueueSlaPolicy['targets'],
  now: number,
): SlaStatus {
  const targets = policy.targets[tier];
  const completed = slaCompletions(times);
  const measure = (completedAt: number | null, targetMinutes: number) =>
    targetStatus(times, completedAt, targetMinutes * MS_PER_MINUTE, policy.businessHours, now);
  return {
    firstReply: measure(completed.firstReply, targets.firstReplyMinutes),
    resolution: measure(completed.resolution, targets.resolutionMinutes),
  };
}

/** When each target was completed (null: not yet): the resolution completes a first reply no one gave. */
export function slaCompletions(times: SlaTicketTimes): Record<keyof SlaStatus, number | null> {
  return { firstReply: times.firstReplyAt ?? times.resolvedAt, resolution: times.resolvedAt };
}

function targetStatus(
  times: SlaTicketTimes,
  completedAt: number | null,
  targetMs: number,
  hours: BusinessHours,
  now: number,
): SlaTargetStatus {
  const { createdAt, pauses } = times;
  const elapsedMs = businessTimeBetween(createdAt, Math.min(completedAt ?? now, horizonEnd(createdAt)), hours, pauses);
  const state: SlaState = elapsedMs > targetMs ? 'breached' : completedAt === null ? 'open' : 'met';
  return {
    state,
    targetMs,
    dueAt: instantAfterBusinessTime(createdAt, targetMs, hours, pauses),
    completedAt,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    clock: completedAt === null ? clockAt(now, hours, pauses) : 'stopped',
  };
}

function clockAt(now: number, hours: BusinessHours, pauses: readonly PausedInterval[]): SlaClock {
  if (normalizePauses(pauses).some((pause) => pause.start <= now && now < pause.end)) return 'paused';
  return isOutsideHours(now, hours) ? 'closed' : 'running';
}

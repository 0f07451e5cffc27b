import { WEEKDAYS } from './local-calendar.js';
import { QueueSlaPolicySchema, type QueueSlaPolicy } from './sla-policy.js';

/** Where the policy a ticket is counted by came from. */
export const SLA_POLICY_SOURCES = ['own', 'catch_all', 'default'] as const;
export type SlaPolicySource = (typeof SLA_POLICY_SOURCES)[number];

/**
 * The policy of the queues that have none, when the tenant's catch-all queue has none either: round the clock
 * (every day 00:00-24:00 UTC, so business time is wall-clock time) with the first-reply targets the console used
 * before policies per queue existed (standard 8 h, premium 2 h, VIP 30 min) and resolution in three, one and a
 * third of a day.
 */
export const DEFAULT_SLA_POLICY: QueueSlaPolicy = QueueSlaPolicySchema.parse({
  queueId: '*',
  businessHours: {
    timeZone: 'UTC',
    weekly: Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, [{ opens: '00:00', closes: '24:00' }]])),
  },
  targets: {
    standard: { firstReplyMinutes: 480, resolutionMinutes: 3 * 24 * 60 },
    premium: { firstReplyMinutes: 120, resolutionMinutes: 24 * 60 },
    vip: { firstReplyMinutes: 30, resolutionMinutes: 8 * 60 },
  },
});

/** The tenant's policies as the inbox looks them up: by queue, with the catch-all queue's for queues without one. */
export interface SlaPolicyBook {
  policies: ReadonlyMap<string, QueueSlaPolicy>;
  /** The owner queue of the tenant's catch-all escalation rule, when the console knows it. */
  catchAllQueue: string | null;
}

export function slaPolicyBook(policies: Iterable<QueueSlaPolicy>, catchAllQueue: string | null = null): SlaPolicyBook {
  return { policies: new Map([...policies].map((policy) => [policy.queueId, policy])), catchAllQueue };
}

/**
 * The policy a ticket of this owner queue is counted by: the queue's own, else the catch-all queue's (as the
 * dashboard measures it), else DEFAULT_SLA_POLICY.
 */
export function inboxPolicyFor(
  book: SlaPolicyBook,
  queue: string | null,
): { policy: QueueSlaPolicy; source: SlaPolicySource } {
  const own = queue === null ? undefined : book.policies.get(queue);
  if (own) return { policy: own, source: 'own' };
  const catchAll = book.catchAllQueue === null ? undefined : book.policies.get(book.catchAllQueue);
  if (catchAll) return { policy: catchAll, source: 'catch_all' };
  return { policy: DEFAULT_SLA_POLICY, source: 'default' };
}

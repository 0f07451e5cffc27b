import type { Message, TicketStatus } from '../domain/ticket.js';
import { z } from 'zod';
import { BusinessHoursSchema, type BusinessHours } from './business-hours.js';
import { businessTimeBetween, instantAfterBusinessTime } from './business-time.js';
import { MS_PER_MINUTE } from './local-calendar.js';
import { horizonEnd } from './open-intervals.js';
import type { PausedInterval } from './pauses.js';
import type { QueueSlaPolicy } from './sla-policy.js';
import type { SlaTicketTimes } from './sla-status.js';

/**
 * A ticket's SLA clock read from its thread: when a person first replied, and the times it waited on the customer.
 * The one definition the inbox's due time and the dashboard's figures share.
 */

/** What the clock reads of a message. */
export type ClockMessage = Pick<Message, 'author' | 'kind' | 'createdAt'>;

/** The two targets of a policy; the inbox counts down the first until a person replied, then the second. */
export const SLA_TARGETS = ['first_reply', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** An inbox row's countdown: the target its due time is for, and the business hours it is counted in. */
export const InboxSlaSchema = z.strictObject({ target: z.enum(SLA_TARGETS), hours: BusinessHoursSchema });
export type InboxSla = z.infer<typeof InboxSlaSchema>;

/** Statuses in which the ticket is with the team (the AI or a person): no wait on the customer runs on. */
const WITH_THE_TEAM: ReadonlySet<TicketStatus> = new Set(['new', 'escalated']);

/** The public messages with a readable time, in time order. */
function publicThread(thread: readonly ClockMessage[]): Array<{ author: Message['author']; at: number }> {
  return thread
    .filter((message) => message.kind === 'reply')
    .map((message) => ({ author: message.author, at: Date.parse(message.createdAt) }))
    .filter((message) => Number.isFinite(message.at))
    .sort((a, b) => a.at - b.at);
}

/**
 * Waiting on the customer, defined once: from a public reply to the customer (an agent's or the AI's) until the
 * customer's next message. Internal notes change nothing. A wait no customer message ended runs on (end null) while
 * the ticket is pending or closed; when the ticket is with the team again without a customer message (a reopen,
 * whose notice to the customer is the team's last public message), the wait ended with that last message.
 */
export function customerWaits(thread: readonly ClockMessage[], status: TicketStatus): PausedInterval[] {
  const waits: PausedInterval[] = [];
  let open: PausedInterval | null = null;
  let lastTeamReplyAt = 0;
  for (const message of publicThread(thread)) {
    if (message.author === 'customer') {
      if (open) open.end = message.at;
      open = null;
      continue;
    }
    lastTeamReplyAt = message.at;
    if (!open) {
      open = { start: message.at, end: null };
      waits.push(open);
    }
  }
  if (open && WITH_THE_TEAM.has(status)) open.end = lastTeamReplyAt;
  return waits;
}

/** The first public reply by a person (an agent, lead or admin at a console); the AI's answers are not one. */
export function firstHumanReplyAt(thread: readonly ClockMessage[]): number | null {
  return publicThread(thread).find((message) => message.author === 'agent')?.at ?? null;
}

/** The times slaStatus reads, from a ticket and its thread; `resolvedAt` is the caller's (null while open). */
export function ticketSlaTimes(
  ticket: { createdAt: string; status: TicketStatus },
  thread: readonly ClockMessage[],
  resolvedAt: number | null = null,
): SlaTicketTimes {
  return {
    createdAt: Date.parse(ticket.createdAt),
    firstReplyAt: firstHumanReplyAt(thread),
    resolvedAt,
    pauses: customerWaits(thread, ticket.status),
  };
}

/** The target the inbox counts down, and when it falls due by business time (null: never, see instantAfterBusinessTime). */
export interface InboxDue {
  target: SlaTarget;
  dueAt: number | null;
}

/**
 * When an open ticket is due: its first-reply target while no person replied, else its resolution target, counted
 * in business time of the policy from its creation, the waits on the customer left out. A creation time outside
 * the years 1900-9999 is a RangeError (see checkInstant).
 */
export function inboxDue(
  times: SlaTicketTimes,
  policy: QueueSlaPolicy,
  tier: keyof QueueSlaPolicy['targets'],
): InboxDue {
  const target: SlaTarget = times.firstReplyAt === null ? 'first_reply' : 'resolution';
  const targets = policy.targets[tier];
  const minutes = target === 'first_reply' ? targets.firstReplyMinutes : targets.resolutionMinutes;
  const dueAt = instantAfterBusinessTime(times.createdAt, minutes * MS_PER_MINUTE, policy.businessHours, times.pauses);
  return { target, dueAt };
}

/**
 * Business time from `now` to a due instant: what is left when positive, how much is overdue when negative (0 at
 * the due instant, and while closed hours lie between them). Measured over SLA_HORIZON_DAYS at most.
 */
export function businessTimeToDue(dueAt: number, now: number, hours: BusinessHours): number {
  if (dueAt >= now) return businessTimeBetween(now, Math.min(dueAt, horizonEnd(now)), hours);
  return -businessTimeBetween(dueAt, Math.min(now, horizonEnd(dueAt)), hours);
}

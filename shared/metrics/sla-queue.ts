import { inboxPolicyFor, slaPolicyBook, type SlaPolicyBook, type SlaPolicySource } from '../sla/inbox-policy.js';
import type { QueueSlaPolicy } from '../sla/sla-policy.js';
import type { TenantSettings } from '../settings/tenant-settings.js';
import type { TicketFacts } from './ticket-facts.js';

/** What decides a ticket's SLA on the dashboard: the tenant's policies by queue, and its channels' queues. */
export interface SlaSettings {
  /** The policies by queue and the catch-all queue, as the inbox looks them up (shared/sla/inbox-policy). */
  book: SlaPolicyBook;
  /** The queue each channel sends its new tickets to: channel setting id -> queue id. */
  channelQueues: Readonly<Record<string, string>>;
}

/** The queue a ticket's SLA figures are reported under, the policy it is measured by, and where that came from. */
export interface SlaMeasure {
  /** Null when the ticket has no owner queue, its channel none and the catch-all queue is unknown. */
  queue: string | null;
  policy: QueueSlaPolicy;
  source: SlaPolicySource;
}

/**
 * The rule, written once, for the queue a ticket's SLA figures (% within SLA, after-hours capture) belong to: its
 * owner queue once it has one (escalated, then pending or resolved by a person); before that (new, or resolved by
 * the AI alone) the queue its channel sends new tickets to; else the tenant's catch-all queue. The policy is the
 * one the inbox counts that queue's tickets by (inboxPolicyFor: the queue's own, else the catch-all queue's, else
 * the round-the-clock default), so the dashboard and the inbox's due times agree.
 */
export function slaMeasureOf(facts: Pick<TicketFacts, 'queue' | 'channel'>, settings: SlaSettings): SlaMeasure {
  const channelQueue = Object.hasOwn(settings.channelQueues, facts.channel)
    ? settings.channelQueues[facts.channel]
    : undefined;
  const queue = facts.queue ?? channelQueue ?? settings.book.catchAllQueue;
  return { queue, ...inboxPolicyFor(settings.book, queue) };
}

/** No policies, no channels: every ticket measured by the default policy. */
export const NO_SLA_SETTINGS: SlaSettings = { book: slaPolicyBook([]), channelQueues: {} };

/** The queue each channel of the tenant's settings sends its new tickets to, by channel id. */
export function channelQueuesFrom(settings: Pick<TenantSettings, 'channel'>): Record<string, string> {
  return Object.fromEntries(settings.channel.map((entry) => [entry.id, entry.value.queueId]));
}

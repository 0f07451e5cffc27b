import type { WidgetHandoff } from '../../shared/api/widget-contract.js';
import type { Customer } from '../../shared/domain/ticket.js';
import { weeklyOpenMinutes, type BusinessHours } from '../../shared/sla/business-hours.js';
import { isWithinHours } from '../../shared/sla/business-time.js';
import { MS_PER_DAY, MS_PER_MINUTE } from '../../shared/sla/local-calendar.js';
import { horizonEnd, openIntervalsBetween } from '../../shared/sla/open-intervals.js';
import type { QueueSlaPolicy } from '../../shared/sla/sla-policy.js';

const UNKNOWN_HANDOFF: WidgetHandoff = { openNow: null, opensAt: null, firstReplyMinutes: null };
const MINUTES_PER_WEEK = (7 * MS_PER_DAY) / MS_PER_MINUTE;

/** Open every minute of every day: no business hours to speak of. */
function alwaysOpen(hours: BusinessHours): boolean {
  return weeklyOpenMinutes(hours) === MINUTES_PER_WEEK && hours.holidays.length === 0;
}

/**
 * When a person will answer, from the owner queue's own SLA policy: open now or the next opening (null for a queue
 * staffed round the clock), and the customer tier's first-reply target. Everything null without a policy.
 */
export function chatHandoff(policy: QueueSlaPolicy | null, tier: Customer['tier'], now: Date): WidgetHandoff {
  if (!policy) return UNKNOWN_HANDOFF;
  const hours = policy.businessHours;
  const firstReplyMinutes = policy.targets[tier]?.firstReplyMinutes ?? null;
  if (alwaysOpen(hours)) return { openNow: null, opensAt: null, firstReplyMinutes };
  const instant = now.getTime();
  if (isWithinHours(instant, hours)) return { openNow: true, opensAt: null, firstReplyMinutes };
  const next = openIntervalsBetween(hours, instant, horizonEnd(instant)).next();
  return { openNow: false, opensAt: next.done ? null : new Date(next.value.start).toISOString(), firstReplyMinutes };
}

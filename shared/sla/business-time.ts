import { spansInMs, type BusinessHours } from './business-hours.js';
import { localDateOf, weekdayOf } from './local-calendar.js';
import { horizonEnd, openIntervalsBetween, SLA_HORIZON_DAYS } from './open-intervals.js';
import { clockStopsForGoodAt, normalizePauses, withoutPauses, type PausedInterval } from './pauses.js';
import { checkInstant, wallClockOf } from './zoned-time.js';

/**
 * Business time: the milliseconds that lie inside business hours and outside every pause. Instants are epoch
 * milliseconds; one that is not a time in the years 1900-9999 is a RangeError, as is a pause that ends before it
 * starts.
 */

/** Business milliseconds in [start, end); 0 when end is not after start. At most SLA_HORIZON_DAYS long. */
export function businessTimeBetween(
  start: number,
  end: number,
  hours: BusinessHours,
  pauses: readonly PausedInterval[] = [],
): number {
  if (end > horizonEnd(start)) throw new RangeError(`Business time is measured over at most ${SLA_HORIZON_DAYS} days.`);
  let total = 0;
  for (const open of withoutPauses(openIntervalsBetween(hours, start, end), normalizePauses(pauses)))
    total += open.end - open.start;
  return total;
}

/**
 * The instant at which `businessMs` of business time have passed since `start`: the earliest instant t with
 * businessTimeBetween(start, t) = businessMs. A zero target is due at `start` itself, open or not.
 * Null ("never") when the clock stops for good first (a pause without end), or when the time is not reached
 * within SLA_HORIZON_DAYS (business hours that are never open, or too few of them for the target).
 */
export function instantAfterBusinessTime(
  start: number,
  businessMs: number,
  hours: BusinessHours,
  pauses: readonly PausedInterval[] = [],
): number | null {
  if (!Number.isFinite(businessMs) || businessMs < 0)
    throw new RangeError(`A business-time target is a number of milliseconds, 0 or more; got ${businessMs}.`);
  checkInstant(start);
  if (businessMs === 0) return start;
  const normalized = normalizePauses(pauses);
  let left = businessMs;
  for (const open of withoutPauses(openIntervalsBetween(hours, start, clockStopsForGoodAt(normalized)), normalized)) {
    const length = open.end - open.start;
    if (length >= left) return open.start + left;
    left -= length;
  }
  return null;
}

/** Whether the zone's wall clock at this instant shows a time inside a span of its date, that date no holiday. */
export function isWithinHours(instant: number, hours: BusinessHours): boolean {
  const { day, msOfDay } = wallClockOf(instant, hours.timeZone);
  if (hours.holidays.includes(localDateOf(day))) return false;
  return spansInMs(hours.weekly[weekdayOf(day)]).some((span) => span.opens <= msOfDay && msOfDay < span.closes);
}

/** Whether an instant falls outside business hours (a closed day, a holiday, before opening or after closing). */
export function isOutsideHours(instant: number, hours: BusinessHours): boolean {
  return !isWithinHours(instant, hours);
}

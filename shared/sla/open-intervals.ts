import { hoursTable, type BusinessHours, type HoursTable } from './business-hours.js';
import { MS_PER_DAY, MS_PER_HOUR, weekdayOf, type DayNumber } from './local-calendar.js';
import { MAX_ZONE_OFFSET_HOURS, offsetPeriods, wallClockOf } from './zoned-time.js';

/** A stretch of time [start, end), in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * How far business time is ever looked for: a due instant further than this after its start is "never" (null),
 * and time is measured over at most this long. Ten years: enough for any target the policy schema admits.
 */
export const SLA_HORIZON_DAYS = 3660;

/** The last instant the arithmetic looks at for a computation that starts at `start`. */
export function horizonEnd(start: number): number {
  return start + SLA_HORIZON_DAYS * MS_PER_DAY;
}

const ZONE_MARGIN_MS = MAX_ZONE_OFFSET_HOURS * MS_PER_HOUR;

/**
 * The open intervals of one local date, in time order: the instants at which the zone's wall clock shows that
 * date and a time inside one of the day's spans. Empty on a holiday or a closed weekday.
 *
 * Clock changes, chosen deliberately: a span is open exactly while the wall clock shows a time inside it, so
 * - a span reaching into a spring-forward gap loses the wall-clock time that does not exist (Berlin, 31 March
 *   2024, 02:00 jumps to 03:00: a span 02:30-05:00 is open 03:00-05:00 CEST, 2 h; 00:00-24:00 is 23 h);
 * - a span over a fall-back overlap counts the repeated time twice, as a clock on the wall would (Berlin,
 *   27 October 2024, 03:00 goes back to 02:00: a span 02:00-02:30 is open twice, 1 h in all; 00:00-24:00 is 25 h).
 * No local time is "disambiguated" to one instant: within each stretch of constant offset the span's bounds are
 * wall time minus that offset, and the pieces that fall inside the stretch are kept.
 */
function openIntervalsOfDay(table: HoursTable, day: DayNumber): Interval[] {
  const spans = table.spans[weekdayOf(day)];
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last || table.holidays.has(day)) return [];
  const midnight = day * MS_PER_DAY;
  // An instant whose wall clock shows one of these times lies at most the largest zone offset away from it.
  const periods = offsetPeriods(
    midnight + first.opens - ZONE_MARGIN_MS,
    midnight + last.closes + ZONE_MARGIN_MS,
    table.timeZone,
  );
  const pieces: Interval[] = [];
  for (const span of spans)
    for (const period of periods) {
      const start = Math.max(midnight + span.opens - period.offset, period.start);
      const end = Math.min(midnight + span.closes - period.offset, period.end);
      if (start < end) pieces.push({ start, end });
    }
  return joinTouching(pieces.sort((a, b) => a.start - b.start));
}

/** Sorted, disjoint intervals with those that touch (one ends where the next starts) joined. */
function joinTouching(sorted: Interval[]): Interval[] {
  const joined: Interval[] = [];
  for (const interval of sorted) {
    const previous = joined[joined.length - 1];
    if (previous && previous.end === interval.start) previous.end = interval.end;
    else joined.push({ ...interval });
  }
  return joined;
}

interface DayInterval extends Interval {
  day: DayNumber;
}

/**
 * The open intervals within [from, until), cut to fit, in time order, never past horizonEnd(from).
 *
 * Days are read one after another, yet a fall-back at midnight shows some of a date's wall-clock times again
 * after the next date has begun, so an interval is handed out only once the following date is read too: a
 * date's instants all come before those of the date after next (a clock never goes back a whole day).
 */
export function* openIntervalsBetween(hours: BusinessHours, from: number, until: number): Generator<Interval> {
  const table = hoursTable(hours);
  const end = Math.min(until, horizonEnd(from));
  if (end <= from) return;
  const firstDay = wallClockOf(from, table.timeZone).day - 1;
  const lastDay = wallClockOf(end - 1, table.timeZone).day + 1;
  const pending: DayInterval[] = openIntervalsOfDay(table, firstDay).map((interval) => ({
    ...interval,
    day: firstDay,
  }));
  for (let day = firstDay; day <= lastDay; day++) {
    for (const interval of openIntervalsOfDay(table, day + 1)) pending.push({ ...interval, day: day + 1 });
    pending.sort((a, b) => a.start - b.start);
    while (pending[0] && pending[0].day <= day) {
      const { start, end: intervalEnd } = pending.shift() as DayInterval;
      if (start >= end) return;
      if (intervalEnd > from) yield { start: Math.max(start, from), end: Math.min(intervalEnd, end) };
    }
  }
}

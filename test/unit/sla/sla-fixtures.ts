import type { z } from 'zod';
import { BusinessHoursSchema, type BusinessHours, type OpeningSpan } from '../../../shared/sla/business-hours.js';
import { WEEKDAYS, type Weekday } from '../../../shared/sla/local-calendar.js';
import { openIntervalsBetween } from '../../../shared/sla/open-intervals.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** An instant from an ISO text with its offset written out (the tests write UTC, "Z"). */
export function at(iso: string): number {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`not a time: ${iso}`);
  return instant;
}

/** An instant as ISO text in UTC, whole minutes written short: 2024-01-22T10:00Z. */
export function iso(instant: number | null): string | null {
  return instant === null ? null : new Date(instant).toISOString().replace(/:00\.000Z$/, 'Z');
}

export function span(opens: string, closes: string): OpeningSpan {
  return { opens, closes };
}

export function sameSpansOn(
  weekdays: readonly Weekday[],
  spans: OpeningSpan[],
): Partial<Record<Weekday, OpeningSpan[]>> {
  return Object.fromEntries(weekdays.map((weekday) => [weekday, spans]));
}

export const MONDAY_TO_FRIDAY = WEEKDAYS.slice(0, 5);

/** Business hours through the schema, as a tenant would write them. */
export function businessHours(
  timeZone: string,
  weekly: Partial<Record<Weekday, OpeningSpan[]>>,
  holidays: string[] = [],
): BusinessHours {
  return BusinessHoursSchema.parse({ timeZone, weekly, holidays });
}

/**
 * An office in Berlin: Monday to Friday 09:00-12:00 and 13:00-17:00 (7 h a day, lunch 12-13), closed on
 * Christmas Day (Wed 2024-12-25), Boxing Day (Thu 12-26) and on Saturday 2024-12-28 (a holiday on a weekend).
 * In winter Berlin is UTC+1, so 09:00 local is 08:00Z.
 */
export const berlinOffice = businessHours(
  'Europe/Berlin',
  sameSpansOn(MONDAY_TO_FRIDAY, [span('09:00', '12:00'), span('13:00', '17:00')]),
  ['2024-12-25', '2024-12-26', '2024-12-28'],
);

/** The open intervals in [from, until) as ISO pairs. */
export function openIntervalsIso(hours: BusinessHours, from: string, until: string): [string | null, string | null][] {
  return [...openIntervalsBetween(hours, at(from), at(until))].map((open) => [iso(open.start), iso(open.end)]);
}

/** A schema's refusals of an input as "path: message" lines. */
export function refusals(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

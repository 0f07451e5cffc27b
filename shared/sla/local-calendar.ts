/**
 * Calendar dates without a time zone ("local dates"), as whole days since 1970-01-01, and the weekday of each.
 * Pure arithmetic over the proleptic Gregorian calendar (Date.UTC does the month lengths and leap years).
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** A local date as the number of days since 1970-01-01 (day 0, a Thursday); negative before it. */
export type DayNumber = number;

/** The weekdays, Monday first: the keys of a weekly schedule and the order of ISO 8601. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Four-digit years only, so a date is always written YYYY-MM-DD. */
const FIRST_LOCAL_YEAR = 1900;
const LAST_LOCAL_YEAR = 9999;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a local date written YYYY-MM-DD, or undefined when it is not a real date (2025-02-29). */
export function dayNumberOf(localDate: string): DayNumber | undefined {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_LOCAL_YEAR || year > LAST_LOCAL_YEAR) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-29 over to 03-01: a real date reads back the same.
  return localDateOf(ms / MS_PER_DAY) === localDate ? ms / MS_PER_DAY : undefined;
}

/** The YYYY-MM-DD text of a day number. */
export function localDateOf(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The weekday of a day number (1970-01-01 was a Thursday, index 3 from Monday). */
export function weekdayOf(day: DayNumber): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;
}

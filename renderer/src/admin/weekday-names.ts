import { WEEKDAYS, type Weekday } from '../../../shared/sla/local-calendar.js';

/** 2024-01-01 was a Monday: the weekdays follow it, in WEEKDAYS order. */
const A_MONDAY_UTC = Date.UTC(2024, 0, 1, 12);

/** The weekdays' names in a UI language, from Intl (no catalog entry to keep in 16 languages). */
export function weekdayNames(language: string): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  return Object.fromEntries(
    WEEKDAYS.map((day, index) => [day, format.format(new Date(A_MONDAY_UTC + index * 86_400_000))]),
  ) as Record<Weekday, string>;
}

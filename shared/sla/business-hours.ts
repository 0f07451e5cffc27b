import { z } from 'zod';
import { dayNumberOf, MS_PER_MINUTE, WEEKDAYS, type DayNumber, type Weekday } from './local-calendar.js';
import { isKnownTimeZone } from './zoned-time.js';

/**
 * A team's opening hours: for each weekday a few spans of local wall-clock time, in one IANA time zone, closed on
 * the listed holidays (local dates). A span is open from `opens` up to, not including, `closes`; 24:00 is the end
 * of the day. A span never runs past midnight: a night shift is two spans, 22:00-24:00 on one day and 00:00-06:00
 * on the next, which count as one unbroken stretch (and a holiday closes only its own date's part).
 * A holiday on a day that is closed anyway changes nothing; a substitute day off must be listed itself.
 */

const MAX_SPANS_PER_DAY = 6;
export const MAX_HOLIDAYS = 500;
const MAX_TIME_ZONE_LENGTH = 64;

/**
 * For checks across fields: run only when everything before them passed, so they never read a malformed value
 * (zod runs refinements after non-aborting issues by default) and each mistake is reported once.
 */
export const WHEN_OTHERWISE_VALID = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

const TimeOfDaySchema = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'A time of day is written HH:MM, from 00:00 to 24:00.');

const SpanSchema = z
  .strictObject({ opens: TimeOfDaySchema, closes: TimeOfDaySchema })
  .refine((span) => span.closes > span.opens, {
    message:
      'A span must close after it opens. An overnight span is written as two: 22:00-24:00 on one day and 00:00-06:00 on the next.',
    path: ['closes'],
    ...WHEN_OTHERWISE_VALID,
  });
export type OpeningSpan = z.infer<typeof SpanSchema>;

const DaySpansSchema = z
  .array(SpanSchema)
  .max(MAX_SPANS_PER_DAY, `A day has at most ${MAX_SPANS_PER_DAY} opening spans.`)
  .superRefine((spans, context) => {
    spans.forEach((span, index) => {
      const previous = spans[index - 1];
      if (previous && span.opens < previous.closes)
        context.addIssue({
          code: 'custom',
          message: `Spans are listed in order and must not overlap: ${span.opens}-${span.closes} opens before ${previous.opens}-${previous.closes} closes.`,
          path: [index, 'opens'],
        });
    });
  }, WHEN_OTHERWISE_VALID)
  .default([]);

const WeekSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, DaySpansSchema])) as Record<Weekday, typeof DaySpansSchema>,
);
/** The spans of each weekday, every weekday present (a closed one empty). */
export type WeeklyHours = z.output<typeof WeekSchema>;

const TimeZoneSchema = z
  .string()
  .max(MAX_TIME_ZONE_LENGTH, { error: 'A time zone name is at most 64 characters.', abort: true })
  .refine(isKnownTimeZone, 'Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York.');

const HolidaySchema = z
  .string()
  .refine((date) => dayNumberOf(date) !== undefined, 'A holiday is a real date written YYYY-MM-DD (years 1900-9999).');

export const BusinessHoursSchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    weekly: WeekSchema,
    holidays: z
      .array(HolidaySchema)
      .max(MAX_HOLIDAYS, `At most ${MAX_HOLIDAYS} holidays.`)
      .superRefine((dates, context) => {
        dates.forEach((date, index) => {
          if (dates.indexOf(date) < index)
            context.addIssue({ code: 'custom', message: `The holiday ${date} is listed twice.`, path: [index] });
        });
      })
      .default([]),
  })
  .refine((hours) => weeklyOpenMinutes(hours) > 0, {
    message: 'Business hours need at least one opening span in the week.',
    path: ['weekly'],
    ...WHEN_OTHERWISE_VALID,
  });
/** Business hours as parsed: every weekday present (closed days empty), holidays a list. */
export type BusinessHours = z.output<typeof BusinessHoursSchema>;
/** Business hours as written: closed weekdays and an empty holiday list may be left out. */
export type BusinessHoursInput = z.input<typeof BusinessHoursSchema>;

function minutesOf(timeOfDay: string): number {
  return Number(timeOfDay.slice(0, 2)) * 60 + Number(timeOfDay.slice(3, 5));
}

/** The open minutes of a plain week (no holiday, no clock change). */
export function weeklyOpenMinutes(hours: { weekly: WeeklyHours }): number {
  return WEEKDAYS.flatMap((weekday) => hours.weekly[weekday]).reduce(
    (sum, span) => sum + minutesOf(span.closes) - minutesOf(span.opens),
    0,
  );
}

/** A span as milliseconds since local midnight. */
export interface SpanMs {
  opens: number;
  closes: number;
}

/** Business hours in the form the arithmetic reads: spans in milliseconds per weekday, holidays as day numbers. */
export interface HoursTable {
  timeZone: string;
  spans: Record<Weekday, readonly SpanMs[]>;
  holidays: ReadonlySet<DayNumber>;
}

export function spansInMs(spans: readonly OpeningSpan[]): SpanMs[] {
  return spans.map((span) => ({
    opens: minutesOf(span.opens) * MS_PER_MINUTE,
    closes: minutesOf(span.closes) * MS_PER_MINUTE,
  }));
}

/** Tables already built, by the business hours they were built from (parsed hours are never changed in place). */
const tables = new WeakMap<BusinessHours, HoursTable>();

export function hoursTable(hours: BusinessHours): HoursTable {
  let table = tables.get(hours);
  if (!table) {
    table = buildHoursTable(hours);
    tables.set(hours, table);
  }
  return table;
}

function buildHoursTable(hours: BusinessHours): HoursTable {
  const spans = Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, spansInMs(hours.weekly[weekday])])) as Record<
    Weekday,
    SpanMs[]
  >;
  const holidays = new Set(hours.holidays.flatMap((date) => dayNumberOf(date) ?? []));
  return { timeZone: hours.timeZone, spans, holidays };
}

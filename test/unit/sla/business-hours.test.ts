import { describe, expect, it } from 'vitest';
import { BusinessHoursSchema, MAX_HOLIDAYS, weeklyOpenMinutes } from '../../../shared/sla/business-hours.js';
import { dayNumberOf, localDateOf, weekdayOf } from '../../../shared/sla/local-calendar.js';
import { berlinOffice, refusals, span } from './sla-fixtures.js';

const valid = { timeZone: 'Europe/Berlin', weekly: { monday: [span('09:00', '17:00')] } };

describe('business hours as written by a tenant', () => {
  it('fills closed weekdays and the holiday list in, and counts the open minutes of a plain week', () => {
    const parsed = BusinessHoursSchema.parse(valid);
    expect(parsed.weekly.sunday).toEqual([]);
    expect(parsed.holidays).toEqual([]);
    expect(weeklyOpenMinutes(parsed)).toBe(480); // 09:00-17:00 once
    // 5 days x (3 h + 4 h) = 35 h = 2100 minutes.
    expect(weeklyOpenMinutes(berlinOffice)).toBe(2100);
    // 24:00 closes at the end of the day: 22:00-24:00 is 120 minutes.
    expect(
      weeklyOpenMinutes(BusinessHoursSchema.parse({ ...valid, weekly: { friday: [span('22:00', '24:00')] } })),
    ).toBe(120);
  });

  const week = (spans: unknown) => ({ ...valid, weekly: { monday: spans } });
  const mustClose = 'A span must close after it opens. An overnight span is written as two: 22:00-24:00 on one day';
  const badTime = 'A time of day is written HH:MM, from 00:00 to 24:00.';
  const badDate = 'A holiday is a real date written YYYY-MM-DD (years 1900-9999).';
  it.each([
    ['a time not written HH:MM', week([span('9:00', '17:00')]), `weekly.monday.0.opens: ${badTime}`],
    ['a time past 24:00', week([span('09:00', '24:30')]), `weekly.monday.0.closes: ${badTime}`],
    ['an overnight span', week([span('22:00', '06:00')]), `weekly.monday.0.closes: ${mustClose}`],
    ['an empty span', week([span('09:00', '09:00')]), `weekly.monday.0.closes: ${mustClose}`],
    ['spans that overlap', week([span('09:00', '13:00'), span('12:00', '17:00')]), 'weekly.monday.1.opens: Spans'],
    ['seven spans in a day', week(Array(7).fill(span('01:00', '02:00'))), 'weekly.monday: A day has at most 6'],
    ['a week without any opening', { ...valid, weekly: {} }, 'weekly: Business hours need at least one opening'],
    ['an unknown weekday', { ...valid, weekly: { ...valid.weekly, funday: [] } }, 'weekly: Unrecognized key: "funday"'],
    ['an unknown time zone', { ...valid, timeZone: 'Berlin' }, 'timeZone: Unknown time zone: use an IANA name'],
    ['a time zone name too long', { ...valid, timeZone: 'A'.repeat(65) }, 'timeZone: A time zone name is at most 64'],
    ['a date that does not exist', { ...valid, holidays: ['2025-02-29'] }, `holidays.0: ${badDate}`],
    ['a date written otherwise', { ...valid, holidays: ['25.12.2024'] }, `holidays.0: ${badDate}`],
    ['a holiday twice', { ...valid, holidays: ['2024-12-25', '2024-12-24', '2024-12-25'] }, 'holidays.2: The holiday'],
  ])('refuses %s, saying where and why', (_, input, refusal) => {
    const said = refusals(BusinessHoursSchema, input);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(refusal);
  });

  it('names what is wrong in full', () => {
    expect(refusals(BusinessHoursSchema, week([span('09:00', '13:00'), span('12:00', '17:00')]))).toEqual([
      'weekly.monday.1.opens: Spans are listed in order and must not overlap: 12:00-17:00 opens before 09:00-13:00 closes.',
    ]);
    expect(refusals(BusinessHoursSchema, week([span('22:00', '06:00')]))).toEqual([
      `weekly.monday.0.closes: ${mustClose} and 00:00-06:00 on the next.`,
    ]);
    expect(refusals(BusinessHoursSchema, { ...valid, holidays: ['2024-12-25', '2024-12-25'] })).toEqual([
      'holidays.1: The holiday 2024-12-25 is listed twice.',
    ]);
  });

  it('takes up to 500 holidays and refuses more', () => {
    const days = (count: number) => Array.from({ length: count }, (_, index) => localDateOf(19_000 + index));
    expect(refusals(BusinessHoursSchema, { ...valid, holidays: days(MAX_HOLIDAYS) })).toEqual([]);
    expect(refusals(BusinessHoursSchema, { ...valid, holidays: days(MAX_HOLIDAYS + 1) })).toEqual([
      'holidays: At most 500 holidays.',
    ]);
  });

  it('reads local dates and their weekdays', () => {
    // 1970-01-01 was a Thursday (day 0); 2024-02-29 is day 19782 (54 years with 13 leap days, 54 x 365 + 13, then
    // 31 + 28 days of 2024), a Thursday.
    expect([dayNumberOf('1970-01-01'), weekdayOf(0)]).toEqual([0, 'thursday']);
    expect([dayNumberOf('2024-02-29'), weekdayOf(19_782)]).toEqual([19_782, 'thursday']);
    expect(weekdayOf(-1)).toBe('wednesday');
    expect([dayNumberOf('2023-02-29'), dayNumberOf('1899-12-31'), dayNumberOf('2024-2-1')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

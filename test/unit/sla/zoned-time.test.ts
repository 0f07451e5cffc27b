import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../shared/sla/local-calendar.js';
import { isKnownTimeZone, offsetAt, offsetPeriods, wallClockOf } from '../../../shared/sla/zoned-time.js';
import { at, HOUR, iso, MINUTE } from './sla-fixtures.js';

describe('offsets read from Intl', () => {
  // [zone, instant, offset in hours]: the tz database's rules, worked out by hand.
  const cases: [string, string, number][] = [
    ['Europe/Berlin', '2024-01-15T12:00Z', 1], // CET in winter
    ['Europe/Berlin', '2024-07-15T12:00Z', 2], // CEST in summer
    // Last Sunday of March, 02:00 CET = 01:00Z, the clock jumps to 03:00 CEST.
    ['Europe/Berlin', '2024-03-31T00:59:59Z', 1],
    ['Europe/Berlin', '2024-03-31T01:00Z', 2],
    // Last Sunday of October, 03:00 CEST = 01:00Z, the clock goes back to 02:00 CET.
    ['Europe/Berlin', '2024-10-27T00:59:59Z', 2],
    ['Europe/Berlin', '2024-10-27T01:00Z', 1],
    // Second Sunday of March, 02:00 EST = 07:00Z, to 03:00 EDT; first Sunday of November, 02:00 EDT = 06:00Z,
    // back to 01:00 EST.
    ['America/New_York', '2024-03-10T06:59:59Z', -5],
    ['America/New_York', '2024-03-10T07:00Z', -4],
    ['America/New_York', '2024-11-03T05:59:59Z', -4],
    ['America/New_York', '2024-11-03T06:00Z', -5],
    ['Asia/Tokyo', '2024-07-01T00:00Z', 9],
    ['Asia/Kolkata', '2024-07-01T00:00Z', 5.5],
    // Lord Howe moves half an hour: first Sunday of April, 02:00 +11:00 = 15:00Z the day before, back to 01:30 +10:30;
    // first Sunday of October, 02:00 +10:30 = 15:30Z the day before, on to 02:30 +11:00.
    ['Australia/Lord_Howe', '2024-04-06T14:59:59Z', 11],
    ['Australia/Lord_Howe', '2024-04-06T15:00Z', 10.5],
    ['Australia/Lord_Howe', '2024-10-05T15:29:59Z', 10.5],
    ['Australia/Lord_Howe', '2024-10-05T15:30Z', 11],
  ];
  it.each(cases)('%s at %s is UTC %s h', (zone, instant, hours) => {
    expect(offsetAt(at(instant), zone)).toBe(hours * HOUR);
  });

  it('shows the wall clock of an instant, the repeated hour of a fall-back twice', () => {
    const wall = (instant: string, zone: string) => {
      const { day, msOfDay } = wallClockOf(at(instant), zone);
      return `${localDateOf(day)} ${msOfDay / MINUTE} min`;
    };
    // 00:30Z is 02:30 CEST; 01:30Z is 02:30 CET, the same wall time an hour later.
    expect(wall('2024-10-27T00:30Z', 'Europe/Berlin')).toBe('2024-10-27 150 min');
    expect(wall('2024-10-27T01:30Z', 'Europe/Berlin')).toBe('2024-10-27 150 min');
    // 15:00Z is already the next day in Tokyo (+9): 00:00.
    expect(wall('2024-06-09T15:00Z', 'Asia/Tokyo')).toBe('2024-06-10 0 min');
    // 18:29Z in Kolkata (+5:30) is 23:59; 18:30Z is midnight of the next day.
    expect(wall('2024-08-14T18:29Z', 'Asia/Kolkata')).toBe('2024-08-14 1439 min');
    expect(wall('2024-08-14T18:30Z', 'Asia/Kolkata')).toBe('2024-08-15 0 min');
  });

  it('splits time into stretches of one offset, exactly at the change, across a year end too', () => {
    const periods = (from: string, until: string, zone: string) =>
      offsetPeriods(at(from), at(until), zone).map((period) => [
        iso(period.start),
        iso(period.end),
        period.offset / HOUR,
      ]);
    expect(periods('2024-03-30T00:00Z', '2024-04-01T00:00Z', 'Europe/Berlin')).toEqual([
      ['2024-03-30T00:00Z', '2024-03-31T01:00Z', 1],
      ['2024-03-31T01:00Z', '2024-04-01T00:00Z', 2],
    ]);
    expect(periods('2024-10-05T00:00Z', '2024-10-06T00:00Z', 'Australia/Lord_Howe')).toEqual([
      ['2024-10-05T00:00Z', '2024-10-05T15:30Z', 10.5],
      ['2024-10-05T15:30Z', '2024-10-06T00:00Z', 11],
    ]);
    // Berlin keeps CET over New Year: one stretch, though the years are learned one by one.
    expect(periods('2023-12-31T00:00Z', '2024-01-02T00:00Z', 'Europe/Berlin')).toEqual([
      ['2023-12-31T00:00Z', '2024-01-02T00:00Z', 1],
    ]);
  });

  it('knows IANA zone names and refuses others and instants outside the years 1900-9999', () => {
    expect(['Europe/Berlin', 'UTC', 'Australia/Lord_Howe'].map(isKnownTimeZone)).toEqual([true, true, true]);
    expect(['Mars/Olympus_Mons', '', 'Berlin'].map(isKnownTimeZone)).toEqual([false, false, false]);
    expect(() => offsetAt(Number.NaN, 'UTC')).toThrow(RangeError);
    expect(() => offsetAt(at('1899-12-31T23:59:59Z'), 'UTC')).toThrow(/years 1900 to 9999/);
    expect(() => offsetAt(at('+010000-01-01T00:00:00Z'), 'UTC')).toThrow(/years 1900 to 9999/);
  });
});

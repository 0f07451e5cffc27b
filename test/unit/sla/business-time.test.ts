import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../../shared/sla/business-hours.js';
import {
  businessTimeBetween,
  instantAfterBusinessTime,
  isOutsideHours,
  isWithinHours,
} from '../../../shared/sla/business-time.js';
import { WEEKDAYS } from '../../../shared/sla/local-calendar.js';
import { openIntervalsBetween } from '../../../shared/sla/open-intervals.js';
import {
  at,
  berlinOffice,
  businessHours,
  HOUR,
  iso,
  MINUTE,
  MONDAY_TO_FRIDAY,
  openIntervalsIso,
  sameSpansOn,
  span,
} from './sla-fixtures.js';

/**
 * Berlin, open every day 01:00-04:00: the business day holds the clock change (02:00 CET -> 03:00 CEST in March,
 * 03:00 CEST -> 02:00 CET in October).
 */
const berlinNight = businessHours('Europe/Berlin', sameSpansOn(WEEKDAYS, [span('01:00', '04:00')]));
const berlinAllDay = businessHours('Europe/Berlin', sameSpansOn(WEEKDAYS, [span('00:00', '24:00')]));
/**
 * New York: Monday to Friday 08:00-18:00, an early Sunday shift 00:00-06:00 (it holds the clock change), closed on
 * Thursday 4 July 2024.
 */
const newYorkSupport = businessHours(
  'America/New_York',
  { ...sameSpansOn(MONDAY_TO_FRIDAY, [span('08:00', '18:00')]), sunday: [span('00:00', '06:00')] },
  ['2024-07-04'],
);
const tokyoOffice = businessHours('Asia/Tokyo', sameSpansOn(MONDAY_TO_FRIDAY, [span('09:00', '18:00')]));
/** Kolkata: Monday to Saturday 10:00-19:00, closed on Independence Day, Thursday 15 August 2024. */
const kolkataOffice = businessHours('Asia/Kolkata', sameSpansOn(WEEKDAYS.slice(0, 6), [span('10:00', '19:00')]), [
  '2024-08-15',
]);
/** Lord Howe, every day 01:00-03:00: its clock moves half an hour at 02:00. */
const lordHoweNight = businessHours('Australia/Lord_Howe', sameSpansOn(WEEKDAYS, [span('01:00', '03:00')]));
/** A night shift in UTC, Monday 22:00 to Tuesday 06:00, written as two spans; Tuesday 16 January 2024 a holiday. */
const nightShift = businessHours('UTC', { monday: [span('22:00', '24:00')], tuesday: [span('00:00', '06:00')] }, [
  '2024-01-16',
]);

/** São Paulo (until 2019) changed its clock at midnight: open every day 00:00-01:00 and 23:00-24:00. */
const saoPauloMidnight = businessHours(
  'America/Sao_Paulo',
  sameSpansOn(WEEKDAYS, [span('00:00', '01:00'), span('23:00', '24:00')]),
);

const between = (from: string, until: string, hours: BusinessHours) => businessTimeBetween(at(from), at(until), hours);
const due = (from: string, businessMs: number, hours: BusinessHours) =>
  iso(instantAfterBusinessTime(at(from), businessMs, hours));

describe('business time between two instants', () => {
  it.each<[string, string, string, BusinessHours, number]>([
    // Mon 2024-01-15 10:00-15:00 CET: 10-12 (2 h) + 13-15 (2 h); the lunch hour does not count.
    ['a day with a lunch break', '2024-01-15T09:00Z', '2024-01-15T14:00Z', berlinOffice, 4 * HOUR],
    // Fri 2024-01-19 16:00 CET to Mon 01-22 10:00 CET: Fri 16-17 (1 h) + Mon 09-10 (1 h); the weekend is closed.
    ['over a weekend', '2024-01-19T15:00Z', '2024-01-22T09:00Z', berlinOffice, 2 * HOUR],
    // Tue 2024-12-24 09:00 CET to Fri 12-27 17:00 CET: Tue 7 h, Wed 25 and Thu 26 are holidays, Fri 7 h.
    ['over two holidays', '2024-12-24T08:00Z', '2024-12-27T16:00Z', berlinOffice, 14 * HOUR],
    // Fri 2024-12-27 09:00 to Mon 12-30 17:00 CET: Fri 7 h + Mon 7 h; the holiday on Saturday 28 changes nothing.
    ['over a holiday on a weekend', '2024-12-27T08:00Z', '2024-12-30T16:00Z', berlinOffice, 14 * HOUR],
    // The whole of Sunday 2024-03-31 in Berlin, 00:00 CET (03-30 23:00Z) to 24:00 CEST (22:00Z): 23 h.
    ['the spring-forward day round the clock', '2024-03-30T23:00Z', '2024-03-31T22:00Z', berlinAllDay, 23 * HOUR],
    // The whole of Sunday 2024-10-27, 00:00 CEST (10-26 22:00Z) to 24:00 CET (23:00Z): 25 h.
    ['the fall-back day round the clock', '2024-10-26T22:00Z', '2024-10-27T23:00Z', berlinAllDay, 25 * HOUR],
    // 01:00-04:00 on 2024-03-31: 01:00-02:00 CET (00:00Z-01:00Z), then 03:00-04:00 CEST (01:00Z-02:00Z): 2 h.
    ['a Berlin night shift on the spring-forward day', '2024-03-30T12:00Z', '2024-03-31T12:00Z', berlinNight, 2 * HOUR],
    // 01:00-04:00 on 2024-10-27: 01:00 CEST (10-26 23:00Z) to 04:00 CET (03:00Z), 02:00-03:00 twice: 4 h.
    ['a Berlin night shift on the fall-back day', '2024-10-26T12:00Z', '2024-10-27T12:00Z', berlinNight, 4 * HOUR],
    // Sunday 2024-03-10 00:00-06:00 in New York: 00:00 EST (05:00Z) to 06:00 EDT (10:00Z), 02:00-03:00 missing: 5 h.
    ['a New York Sunday shift in March', '2024-03-10T00:00Z', '2024-03-11T00:00Z', newYorkSupport, 5 * HOUR],
    // Sunday 2024-11-03 00:00-06:00: 00:00 EDT (04:00Z) to 06:00 EST (11:00Z), 01:00-02:00 twice: 7 h.
    ['a New York Sunday shift in November', '2024-11-03T00:00Z', '2024-11-04T00:00Z', newYorkSupport, 7 * HOUR],
    // Fri 2024-03-08 17:00 EST (22:00Z) to Mon 03-11 09:00 EDT (13:00Z): Fri 17-18 (1 h) + Sun 5 h + Mon 08-09 (1 h).
    ['a New York weekend holding the change', '2024-03-08T22:00Z', '2024-03-11T13:00Z', newYorkSupport, 7 * HOUR],
    // Wed 2024-07-03 17:00 EDT (21:00Z) to Fri 07-05 09:00 EDT (13:00Z): Wed 1 h, Thursday 4 July closed, Fri 1 h.
    ['over Independence Day in New York', '2024-07-03T21:00Z', '2024-07-05T13:00Z', newYorkSupport, 2 * HOUR],
    // Wed 2024-08-14 18:00 IST (12:30Z) to Fri 08-16 11:00 IST (05:30Z): Wed 18-19 (1 h), Thu 15 closed,
    // Fri 10-11 (1 h).
    ['over Independence Day in Kolkata', '2024-08-14T12:30Z', '2024-08-16T05:30Z', kolkataOffice, 2 * HOUR],
    // Fri 2024-06-07 00:00Z (09:00 JST) to Mon 06-10 00:00Z (09:00 JST): Fri 09-18 = 9 h; Monday has not opened yet.
    ['a Tokyo week end, dates ahead of UTC', '2024-06-07T00:00Z', '2024-06-10T00:00Z', tokyoOffice, 9 * HOUR],
    // Lord Howe 2024-04-07 01:00-03:00: 01:00 +11 (04-06 14:00Z) to 03:00 +10:30 (16:30Z), 01:30-02:00 twice: 2 h 30.
    ['Lord Howe going back half an hour', '2024-04-06T00:00Z', '2024-04-07T00:00Z', lordHoweNight, 150 * MINUTE],
    // Lord Howe 2024-10-06 01:00-03:00: 01:00 +10:30 (10-05 14:30Z) to 03:00 +11 (16:00Z), 02:00-02:30 missing: 1 h 30.
    ['Lord Howe going on half an hour', '2024-10-05T00:00Z', '2024-10-06T00:00Z', lordHoweNight, 90 * MINUTE],
    // Mon 2024-01-15 20:00Z to Tue 01-16 12:00Z: Monday 22-24 (2 h); Tuesday's 00-06 falls on the holiday.
    ['a night shift whose second date is a holiday', '2024-01-15T20:00Z', '2024-01-16T12:00Z', nightShift, 2 * HOUR],
    // The week after, Mon 01-22 20:00Z to Tue 01-23 12:00Z: 22-24 and 00-06, 8 h in one stretch.
    ['a night shift over midnight', '2024-01-22T20:00Z', '2024-01-23T12:00Z', nightShift, 8 * HOUR],
    // 2018-02-17 23:00-24:00 at -02 (02-18 01:00Z-02:00Z); at 02:00Z midnight goes back to 23:00 at -03, shown
    // again to 03:00Z; then 02-18 00:00-01:00 at -03 (03:00Z-04:00Z): 3 h.
    ['a midnight fall-back in São Paulo', '2018-02-17T12:00Z', '2018-02-18T12:00Z', saoPauloMidnight, 3 * HOUR],
    // 2017-10-14 23:00-24:00 at -03 (10-15 02:00Z-03:00Z); 10-15 00:00-01:00 never shows (midnight jumps to 01:00).
    ['a midnight spring-forward in São Paulo', '2017-10-14T12:00Z', '2017-10-15T12:00Z', saoPauloMidnight, HOUR],
  ])('counts %s', (_, from, until, hours, expected) => {
    expect(between(from, until, hours)).toBe(expected);
  });

  it('is zero for an empty or reversed stretch and refuses one longer than the horizon', () => {
    expect(between('2024-01-15T09:00Z', '2024-01-15T09:00Z', berlinOffice)).toBe(0);
    expect(between('2024-01-15T14:00Z', '2024-01-15T09:00Z', berlinOffice)).toBe(0);
    // Ten years from 2024-01-01, three of them leap, are 3653 days: 2034-01-01. The 3660-day horizon ends on
    // 2034-01-08 at 00:00Z; a second more is refused.
    expect(() => between('2024-01-01T00:00Z', '2034-01-08T00:00:01Z', berlinOffice)).toThrow(/at most 3660 days/);
  });
});

describe('when a target of business time falls due', () => {
  it.each<[string, string, number, BusinessHours, string]>([
    // Fri 2024-01-19 16:00 CET + 3 h: Fri 16-17 (1 h), Mon 09-11 (2 h): Mon 11:00 CET.
    ['over a weekend', '2024-01-19T15:00Z', 3 * HOUR, berlinOffice, '2024-01-22T10:00Z'],
    // Mon 2024-01-15 12:30 CET, at lunch, + 30 min: from 13:00, 13:30 CET.
    ['from inside the lunch break', '2024-01-15T11:30Z', 30 * MINUTE, berlinOffice, '2024-01-15T12:30Z'],
    // Sat 2024-01-20 08:00 CET + 1 h: Monday 09-10, 10:00 CET.
    ['from a closed day', '2024-01-20T07:00Z', HOUR, berlinOffice, '2024-01-22T09:00Z'],
    // Tue 2024-12-24 16:00 CET + 2 h: Tue 16-17, Wed and Thu holidays, Fri 09-10: Fri 10:00 CET.
    ['over two holidays', '2024-12-24T15:00Z', 2 * HOUR, berlinOffice, '2024-12-27T09:00Z'],
    // 2024-03-31 00:30 CET (03-30 23:30Z) + 90 min: opens 01:00 CET (00:00Z), 60 min to the jump at 01:00Z,
    // then 30 min: 03:30 CEST.
    ['over the spring-forward jump', '2024-03-30T23:30Z', 90 * MINUTE, berlinNight, '2024-03-31T01:30Z'],
    // 2024-10-27 01:00 CEST (10-26 23:00Z) + 3 h 30: one stretch of 4 h to 03:00Z: 02:30Z, 03:30 CET.
    ['through the repeated hour', '2024-10-26T23:00Z', 210 * MINUTE, berlinNight, '2024-10-27T02:30Z'],
    // Fri 2024-11-01 17:00 EDT (21:00Z) + 8 h: Fri 17-18 (1 h), Sunday 11-03 7 h ending at 06:00 EST (11:00Z):
    // exactly at closing.
    ['at closing on the fall-back Sunday', '2024-11-01T21:00Z', 8 * HOUR, newYorkSupport, '2024-11-03T11:00Z'],
    // Fri 2024-06-07 17:00 JST (08:00Z) + 2 h: Fri 17-18, Mon 09-10 JST: 06-10 01:00Z.
    ['in Tokyo over a weekend', '2024-06-07T08:00Z', 2 * HOUR, tokyoOffice, '2024-06-10T01:00Z'],
    // Wed 2024-08-14 18:30 IST (13:00Z) + 1 h: Wed 30 min, Thu closed, Fri 10:00-10:30 IST: 05:00Z.
    ['in Kolkata over a holiday', '2024-08-14T13:00Z', HOUR, kolkataOffice, '2024-08-16T05:00Z'],
    // 2024-04-07 01:00 +11 (04-06 14:00Z) + 2 h 15: one stretch of 2 h 30 to 16:30Z: 16:15Z, 02:45 +10:30.
    ['on Lord Howe over its repeated half hour', '2024-04-06T14:00Z', 135 * MINUTE, lordHoweNight, '2024-04-06T16:15Z'],
    // Mon 2024-01-22 23:00Z + 2 h: 23-24 Monday, 00-01 Tuesday.
    ['in a night shift over midnight', '2024-01-22T23:00Z', 2 * HOUR, nightShift, '2024-01-23T01:00Z'],
    // A zero target is due at its start, open or not (Saturday 08:00 CET).
    ['at once for a zero target, even when closed', '2024-01-20T07:00Z', 0, berlinOffice, '2024-01-20T07:00Z'],
  ])('%s', (_, from, businessMs, hours, expected) => {
    expect(due(from, businessMs, hours)).toBe(expected);
  });

  it('finds a target far away, and says never past the horizon or when nothing is ever open', () => {
    const mondayHour = businessHours('Europe/Berlin', { monday: [span('09:00', '10:00')] });
    // From Mon 2024-01-01 00:00 CET, 500 h of Monday 09-10 end at 10:00 on the 500th Monday, 499 weeks (3493 days)
    // on: 2024..2032 have 3288 days to 2033-01-01, 205 more is 25 July 2033, in summer 10:00 CEST = 08:00Z.
    expect(due('2023-12-31T23:00Z', 500 * HOUR, mondayHour)).toBe('2033-07-25T08:00Z');
    // 600 h would take 600 Mondays, 11.5 years: past the 3660-day horizon.
    expect(due('2023-12-31T23:00Z', 600 * HOUR, mondayHour)).toBeNull();
    // The schema refuses a week without opening; given one anyway, the answer is "never", not an endless loop.
    const neverOpen = { ...mondayHour, weekly: { ...mondayHour.weekly, monday: [] } };
    expect(due('2024-01-01T00:00Z', MINUTE, neverOpen)).toBeNull();
    expect(() => due('2024-01-01T00:00Z', -1, berlinOffice)).toThrow(RangeError);
  });
});

describe('inside or outside business hours', () => {
  it.each<[string, BusinessHours, boolean]>([
    ['2024-01-15T08:00Z', berlinOffice, true], // Monday 09:00 CET: opening is inside
    ['2024-01-15T15:59:59Z', berlinOffice, true], // 16:59:59
    ['2024-01-15T16:00Z', berlinOffice, false], // 17:00: closing is outside
    ['2024-01-15T11:30Z', berlinOffice, false], // 12:30, lunch
    ['2024-01-20T09:00Z', berlinOffice, false], // Saturday
    ['2024-12-25T09:00Z', berlinOffice, false], // Christmas Day, a Wednesday
    ['2024-12-27T09:00Z', berlinOffice, true], // Friday after
    ['2024-10-27T01:30Z', berlinNight, true], // 02:30 CET, the second pass of the repeated hour
    ['2024-03-31T01:30Z', berlinNight, true], // 03:30 CEST, just after the jump
    ['2024-03-31T02:00Z', berlinNight, false], // 04:00 CEST, closed
    ['2024-06-09T23:30Z', tokyoOffice, false], // Sunday in UTC, Monday 08:30 JST: not open yet
    ['2024-06-10T00:00Z', tokyoOffice, true], // Monday 09:00 JST
    ['2024-08-15T06:00Z', kolkataOffice, false], // 11:30 IST on Independence Day
    ['2024-08-16T04:30Z', kolkataOffice, true], // Friday 10:00 IST
  ])('%s', (instant, hours, inside) => {
    expect([isWithinHours(at(instant), hours), isOutsideHours(at(instant), hours)]).toEqual([inside, !inside]);
  });

  it('agrees with the open intervals every five minutes over every clock change in the tests', () => {
    const days: [BusinessHours, string][] = [
      [berlinNight, '2024-03-30T12:00Z'],
      [berlinNight, '2024-10-26T12:00Z'],
      [newYorkSupport, '2024-03-09T12:00Z'],
      [newYorkSupport, '2024-11-02T12:00Z'],
      [lordHoweNight, '2024-04-06T00:00Z'],
      [lordHoweNight, '2024-10-05T00:00Z'],
      [saoPauloMidnight, '2018-02-17T12:00Z'],
      [saoPauloMidnight, '2017-10-14T12:00Z'],
    ];
    for (const [hours, from] of days) {
      const intervals = [...openIntervalsBetween(hours, at(from), at(from) + 24 * HOUR)];
      for (let instant = at(from); instant < at(from) + 24 * HOUR; instant += 5 * MINUTE) {
        const inInterval = intervals.some((open) => open.start <= instant && instant < open.end);
        expect(isWithinHours(instant, hours), `${iso(instant)} in ${hours.timeZone}`).toBe(inInterval);
      }
    }
  });
});

describe('open intervals of a day', () => {
  it('keep what the wall clock shows of a span on both clock-change days', () => {
    const gap = businessHours('Europe/Berlin', { sunday: [span('02:30', '05:00')] });
    // 02:30 does not exist on 2024-03-31 (02:00 CET -> 03:00 CEST): open 03:00-05:00 CEST, 01:00Z-03:00Z.
    expect(openIntervalsIso(gap, '2024-03-30T12:00Z', '2024-03-31T12:00Z')).toEqual([
      ['2024-03-31T01:00Z', '2024-03-31T03:00Z'],
    ]);
    const overlap = businessHours('Europe/Berlin', { sunday: [span('02:00', '02:30')] });
    // 02:00-02:30 happens twice on 2024-10-27: 00:00Z-00:30Z (CEST) and 01:00Z-01:30Z (CET).
    expect(openIntervalsIso(overlap, '2024-10-26T12:00Z', '2024-10-27T12:00Z')).toEqual([
      ['2024-10-27T00:00Z', '2024-10-27T00:30Z'],
      ['2024-10-27T01:00Z', '2024-10-27T01:30Z'],
    ]);
    // Lunch splits a day in two; the stretch is cut to [from, until): Mon 2024-01-15 10:00 to 14:00 CET.
    expect(openIntervalsIso(berlinOffice, '2024-01-15T09:00Z', '2024-01-15T13:00Z')).toEqual([
      ['2024-01-15T09:00Z', '2024-01-15T11:00Z'],
      ['2024-01-15T12:00Z', '2024-01-15T13:00Z'],
    ]);
  });
});

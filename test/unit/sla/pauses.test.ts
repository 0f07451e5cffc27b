import { describe, expect, it } from 'vitest';
import { businessTimeBetween, instantAfterBusinessTime } from '../../../shared/sla/business-time.js';
import { normalizePauses, type PausedInterval } from '../../../shared/sla/pauses.js';
import { at, berlinOffice, HOUR, iso, MINUTE } from './sla-fixtures.js';

/** A pause between two UTC times; a missing end is a pause that still runs. */
const pause = (from: string, until?: string): PausedInterval => ({ start: at(from), end: until ? at(until) : null });

describe('pauses stop the clock', () => {
  it('are joined where they overlap or touch, dropped when empty, and an unfinished one runs for good', () => {
    expect(
      normalizePauses([
        { start: 30, end: 40 },
        { start: 10, end: 20 },
        { start: 15, end: 30 }, // overlaps 10-20, touches 30-40: one pause 10-40
        { start: 50, end: 50 }, // empty
        { start: 60, end: null },
        { start: 70, end: 80 }, // inside the unfinished one
      ]),
    ).toEqual([
      { start: 10, end: 40 },
      { start: 60, end: Infinity },
    ]);
    expect(() => normalizePauses([{ start: 20, end: 10 }])).toThrow(RangeError);
    expect(() => normalizePauses([{ start: Number.NaN, end: 10 }])).toThrow(RangeError);
  });

  it('take only business time away, once where pauses overlap each other and closed hours', () => {
    // Mon 2024-01-15 09:00-17:00 CET is 7 h of business (lunch 12-13). Pauses 11:00-14:00 and 13:30-15:00 CET
    // overlap each other and the lunch: together 11:00-15:00, of which 11-12 and 13-15 are business, 3 h.
    // Left: 09-11 and 15-17, 4 h.
    const overlapping = [
      pause('2024-01-15T10:00Z', '2024-01-15T13:00Z'),
      pause('2024-01-15T12:30Z', '2024-01-15T14:00Z'),
    ];
    expect(businessTimeBetween(at('2024-01-15T08:00Z'), at('2024-01-15T16:00Z'), berlinOffice, overlapping)).toBe(
      4 * HOUR,
    );
    // Fri 2024-01-19 09:00 to Mon 01-22 17:00 CET is 14 h of business; a pause from Friday 16:00 to Monday 10:00 CET
    // covers the closed weekend and 1 h on each side: 12 h are left.
    const overWeekend = [pause('2024-01-19T15:00Z', '2024-01-22T09:00Z')];
    expect(businessTimeBetween(at('2024-01-19T08:00Z'), at('2024-01-22T16:00Z'), berlinOffice, overWeekend)).toBe(
      12 * HOUR,
    );
    // A pause that lies wholly in closed hours (Saturday) changes nothing: Fri 09:00 to Mon 17:00 CET stays 14 h.
    const onSaturday = [pause('2024-01-20T08:00Z', '2024-01-20T18:00Z')];
    expect(businessTimeBetween(at('2024-01-19T08:00Z'), at('2024-01-22T16:00Z'), berlinOffice, onSaturday)).toBe(
      14 * HOUR,
    );
  });

  it('move the due instant on, or leave it unknown while a pause has no end', () => {
    const due = (businessMs: number, pauses: PausedInterval[]) =>
      iso(instantAfterBusinessTime(at('2024-01-15T08:00Z'), businessMs, berlinOffice, pauses));
    // From Mon 2024-01-15 09:00 CET, 3 h; paused 10:00-13:30 CET (over lunch): 09-10 (1 h), then 13:30-15:30:
    // due 15:30 CET.
    expect(due(3 * HOUR, [pause('2024-01-15T09:00Z', '2024-01-15T12:30Z')])).toBe('2024-01-15T14:30Z');
    // Paused from 10:00 CET with no end: the clock has stopped for good, so the target never falls due.
    expect(due(3 * HOUR, [pause('2024-01-15T09:00Z')])).toBeNull();
    // The same unfinished pause from 14:00 CET comes too late to matter: 3 h from 09:00 end at 12:00 CET.
    expect(due(3 * HOUR, [pause('2024-01-15T13:00Z')])).toBe('2024-01-15T11:00Z');
    // A zero target is due at its start even inside a pause.
    expect(due(0, [pause('2024-01-15T07:00Z')])).toBe('2024-01-15T08:00Z');
    // 1 minute from 09:00 with a pause 09:00-09:30 CET: 09:31 CET.
    expect(due(MINUTE, [pause('2024-01-15T08:00Z', '2024-01-15T08:30Z')])).toBe('2024-01-15T08:31Z');
  });
});

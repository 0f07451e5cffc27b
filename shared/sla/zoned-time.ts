import { MS_PER_DAY, type DayNumber } from './local-calendar.js';

/**
 * Wall-clock time in an IANA time zone, read from the platform's Intl (full ICU in Node 20, Chromium and
 * Electron): no time-zone data of our own and no dependency. An offset is what the zone's wall clock shows
 * minus the instant (wall = instant + offset), in milliseconds.
 */

/** Where an instant falls on a zone's wall clock: its local date and the milliseconds since that date's midnight. */
export interface WallClock {
  day: DayNumber;
  msOfDay: number;
}

/** A stretch of time [start, end) during which a zone keeps one offset. */
export interface OffsetPeriod {
  start: number;
  end: number;
  offset: number;
}

/** Every offset any zone has used since 1900 lies within this many hours of UTC (the extremes are -12 and +14). */
export const MAX_ZONE_OFFSET_HOURS = 15;

/**
 * A zone's offsets are learned a UTC year at a time, by reading the offset once a day and halving down to the
 * second where it changed; two changes less than a day apart that cancel out would be missed (no zone in the tz
 * database has any). Learned years are kept, at most this many (zone, year) pairs, the oldest dropped first.
 */
const OFFSET_SAMPLE_STEP_MS = MS_PER_DAY;
const MAX_LEARNED_YEARS = 1000;
const learnedYears = new Map<string, readonly OffsetPeriod[]>();

/** Instants this module accepts: years 1900 to 9999, the span of a four-digit local date. */
const FIRST_INSTANT = Date.UTC(1900, 0, 1);
const LAST_INSTANT = Date.UTC(10000, 0, 1);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Gregorian calendar and Latin digits whatever the host's locale; h23 so midnight reads 00, never 24.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the platform knows this IANA zone name (Europe/Berlin, UTC); Intl throws a RangeError otherwise. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError unless the instant is a time in the years 1900 to 9999, in epoch milliseconds. */
export function checkInstant(instant: number): void {
  if (!Number.isFinite(instant) || instant < FIRST_INSTANT || instant >= LAST_INSTANT)
    throw new RangeError(`An instant must be a time in the years 1900 to 9999, in epoch milliseconds; got ${instant}.`);
}

/** The zone's offset at an instant as Intl reads it, in milliseconds (zones change offset on whole seconds). */
function readOffset(instant: number, timeZone: string): number {
  const second = Math.floor(instant / 1000) * 1000;
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(second)) field[part.type] = Number(part.value);
  const wall = Date.UTC(
    field.year ?? 0,
    (field.month ?? 1) - 1,
    field.day ?? 1,
    field.hour,
    field.minute,
    field.second,
  );
  return wall - second;
}

/** The first whole second in (before, after] at which the offset is no longer `offset` (it is not at `after`). */
function offsetChangeBetween(before: number, after: number, offset: number, timeZone: string): number {
  let [low, high] = [Math.floor(before / 1000), Math.floor(after / 1000)];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (readOffset(middle * 1000, timeZone) === offset) low = middle;
    else high = middle;
  }
  return high * 1000;
}

/** The zone's offset periods that cover one UTC year exactly, learned once. */
function periodsOfYear(timeZone: string, year: number): readonly OffsetPeriod[] {
  const key = `${timeZone} ${year}`;
  const learned = learnedYears.get(key);
  if (learned) return learned;
  const [yearStart, yearEnd] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const lastSecond = yearEnd - 1000;
  const periods: OffsetPeriod[] = [];
  let periodStart = yearStart;
  let offset = readOffset(yearStart, timeZone);
  for (let sample = yearStart; sample < lastSecond;) {
    const probe = Math.min(sample + OFFSET_SAMPLE_STEP_MS, lastSecond);
    if (readOffset(probe, timeZone) === offset) {
      sample = probe;
      continue;
    }
    const change = offsetChangeBetween(sample, probe, offset, timeZone);
    periods.push({ start: periodStart, end: change, offset });
    [periodStart, offset, sample] = [change, readOffset(change, timeZone), change];
  }
  periods.push({ start: periodStart, end: yearEnd, offset });
  if (learnedYears.size >= MAX_LEARNED_YEARS) learnedYears.delete(learnedYears.keys().next().value as string);
  learnedYears.set(key, periods);
  return periods;
}

/** The zone's offset at an instant, in milliseconds. */
export function offsetAt(instant: number, timeZone: string): number {
  checkInstant(instant);
  const periods = periodsOfYear(timeZone, new Date(instant).getUTCFullYear());
  return (periods.find((period) => instant < period.end) ?? (periods[periods.length - 1] as OffsetPeriod)).offset;
}

/** The local date and time of day an instant shows on the zone's wall clock. */
export function wallClockOf(instant: number, timeZone: string): WallClock {
  const wall = instant + offsetAt(instant, timeZone);
  const day = Math.floor(wall / MS_PER_DAY);
  return { day, msOfDay: wall - day * MS_PER_DAY };
}

/** The zone's offsets from `start` to `end`, as consecutive periods that cover [start, end) exactly. */
export function offsetPeriods(start: number, end: number, timeZone: string): OffsetPeriod[] {
  checkInstant(start);
  checkInstant(end - 1);
  const periods: OffsetPeriod[] = [];
  const [firstYear, lastYear] = [new Date(start).getUTCFullYear(), new Date(end - 1).getUTCFullYear()];
  for (let year = firstYear; year <= lastYear; year++)
    for (const period of periodsOfYear(timeZone, year)) {
      if (period.end <= start || period.start >= end) continue;
      const clipped = { start: Math.max(period.start, start), end: Math.min(period.end, end), offset: period.offset };
      const previous = periods[periods.length - 1];
      if (previous && previous.offset === clipped.offset) previous.end = clipped.end;
      else periods.push(clipped);
    }
  return periods;
}

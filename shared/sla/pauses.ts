import type { Interval } from './open-intervals.js';

/** A time the SLA clock stood still (the ticket waited on the customer); `end` is null while it still waits. */
export interface PausedInterval {
  start: number;
  end: number | null;
}

/**
 * Pauses as sorted, disjoint intervals: overlapping or touching pauses are joined, an unfinished one runs to
 * Infinity. A pause with a start that is not a number, or that ends before it starts, is a caller's error.
 */
export function normalizePauses(pauses: readonly PausedInterval[]): Interval[] {
  const sorted = pauses
    .map(({ start, end }) => {
      const until = end ?? Infinity;
      if (!Number.isFinite(start) || Number.isNaN(until) || until < start)
        throw new RangeError(`A pause runs from a time to a later time (or to null); got ${start} to ${end}.`);
      return { start, end: until };
    })
    .sort((a, b) => a.start - b.start);
  const joined: Interval[] = [];
  for (const pause of sorted) {
    const previous = joined[joined.length - 1];
    if (previous && pause.start <= previous.end) previous.end = Math.max(previous.end, pause.end);
    else if (pause.end > pause.start) joined.push(pause);
  }
  return joined;
}

/** The instant an unfinished pause stops the clock for good, or Infinity when every pause ends. */
export function clockStopsForGoodAt(pauses: readonly Interval[]): number {
  const last = pauses[pauses.length - 1];
  return last && last.end === Infinity ? last.start : Infinity;
}

/** The parts of time-ordered, disjoint intervals that no pause covers (pauses as from normalizePauses). */
export function* withoutPauses(intervals: Iterable<Interval>, pauses: readonly Interval[]): Generator<Interval> {
  let first = 0;
  for (const interval of intervals) {
    while (pauses[first] && (pauses[first] as Interval).end <= interval.start) first++;
    let start = interval.start;
    for (let index = first; start < interval.end; index++) {
      const pause = pauses[index];
      if (!pause || pause.start >= interval.end) {
        yield { start, end: interval.end };
        break;
      }
      if (pause.start > start) yield { start, end: pause.start };
      start = Math.max(start, pause.end);
    }
  }
}

import { setTimeout as sleep } from 'node:timers/promises';

/** The wait before connecting again: half a second after a connection that worked, then 1 s doubling to a minute. */
export function reconnectDelayMs(failuresInARow: number): number {
  if (failuresInARow <= 0) return 500;
  return Math.min(1_000 * 2 ** Math.min(failuresInARow - 1, 10), 60_000);
}

/** Waits `ms`, or less when `signal` aborts (never throws). */
export async function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  await sleep(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);
}

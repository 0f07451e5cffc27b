/** Milliseconds before retry number `failures` (1, 2, ...): doubling from 1 s up to 30 s, with ±20 % jitter. */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

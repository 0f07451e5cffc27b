/** Latencies summed up: the median, the 95th percentile (nearest rank) and the worst, in ms to 0.01. */
export interface LatencyFigures {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function latencyFigures(timesMs: readonly number[]): LatencyFigures {
  const sorted = [...timesMs].sort((x, y) => x - y);
  const rank = (share: number) => {
    const value = sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
    return value === undefined ? Number.NaN : Math.round(value * 100) / 100;
  };
  return { count: sorted.length, p50Ms: rank(0.5), p95Ms: rank(0.95), maxMs: rank(1) };
}

/** "p50 12.3 ms, p95 45.6 ms, max 78.9 ms over 100" */
export function describeLatency(figures: LatencyFigures): string {
  return `p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms over ${figures.count}`;
}

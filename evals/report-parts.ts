/** Parts of a run's report written once for the terminal summary and the HTML report: the per-route table, the pricing, the skipped cases. */
import type { RouteFigures, RunPricing, SuiteRunReport } from '../shared/evals/run-report.js';

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const usd = (v: number | null) => (v === null ? '–' : `$${v.toFixed(6)}`);
const ms = (v: number | null) => (v === null ? '–' : v.toFixed(1));

export const ROUTE_COLUMNS: ReadonlyArray<{ label: string; cell: (r: RouteFigures) => string }> = [
  { label: 'route', cell: (r) => r.route },
  { label: 'cases', cell: (r) => String(r.n) },
  { label: 'share', cell: (r) => pct(r.share) },
  { label: 'pass rate', cell: (r) => pct(r.passRate) },
  { label: 'resolved', cell: (r) => String(r.resolved) },
  { label: 'wrong resolutions', cell: (r) => String(r.wrongResolutions) },
  { label: 'cost per resolution', cell: (r) => usd(r.costPerResolutionUsd) },
  { label: 'p50 ms', cell: (r) => ms(r.p50LatencyMs) },
  { label: 'p95 ms', cell: (r) => ms(r.p95LatencyMs) },
];

/** The price the run's costs were computed with, in a sentence. */
export function pricingText(p: RunPricing | null): string | null {
  if (!p) return null;
  const price = `$${p.inputPerMillion} in, $${p.outputPerMillion} out per million tokens`;
  return p.source === 'flag'
    ? `Costs at ${price} (--pricing).`
    : p.source === 'known'
      ? `Costs at the model's list price, ${price}.`
      : 'No price known for the model (give --pricing IN,OUT per million tokens): costs are 0.';
}

/** Skipped cases grouped by why, in a line: they count in no figure. */
export function skippedLine(r: SuiteRunReport): string {
  const byReason = new Map<string, string[]>();
  for (const s of r.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.id]);
  const groups = [...byReason].map(([reason, ids]) => `${ids.join(', ')} (${reason})`);
  return `${r.skipped.length} cases skipped, not counted: ${groups.join('; ')}`;
}

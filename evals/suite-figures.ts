/** The summary figures of a suite run, computed from its case results. */
import { AI_ROUTES } from '../shared/domain/ai-assist.js';
import type { CaseResult, RouteFigures, SuiteFigures } from '../shared/evals/run-report.js';

const ratio = (a: number, b: number): number | null => (b ? a / b : null);
const round = (n: number | null, digits = 6) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

export function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function suiteFigures(results: readonly CaseResult[]): SuiteFigures {
  const n = results.length;
  const passed = results.filter((r) => r.passed).length;
  const resolved = results.filter((r) => r.actual.decision === 'resolve');
  const expectedEscalate = results.filter((r) => r.expected.decision === 'escalate');
  const expectedResolve = results.filter((r) => r.expected.decision === 'resolve');
  const missed = expectedEscalate.filter((r) => r.actual.decision === 'resolve').length;
  const needless = expectedResolve.filter((r) => r.actual.decision === 'escalate').length;
  const wrong = resolved.filter((r) => !r.passed).length;
  const withLanguage = results.filter((r) => r.expected.language !== null);
  const withIntent = results.filter((r) => r.expected.intent !== null);
  const withQueue = results.filter((r) => r.expected.decision === 'escalate' && r.expected.ownerQueue !== null);
  const intentOk = (r: CaseResult) =>
    r.actual.intent !== null && r.expected.intent!.split('|').includes(r.actual.intent);
  const queueOk = (r: CaseResult) =>
    r.actual.ownerQueue !== null && r.expected.ownerQueue!.split('|').includes(r.actual.ownerQueue);
  const latencies = results.map((r) => r.latencyMs).sort((a, b) => a - b);
  const totalCostUsd = results.reduce((s, r) => s + r.costUsd, 0);
  const totalTokens = results.reduce((s, r) => s + r.tokens, 0);
  return {
    n,
    passed,
    resolved: resolved.length,
    escalated: n - resolved.length,
    wrongResolutions: wrong,
    missedEscalations: missed,
    needlessEscalations: needless,
    totalCostUsd: round(totalCostUsd, 8)!,
    totalTokens,
    passRate: round(ratio(passed, n)),
    containment: round(ratio(resolved.length, n)),
    wrongResolutionRate: resolved.length ? round(wrong / resolved.length) : 0,
    missedEscalationRate: round(ratio(missed, expectedEscalate.length)),
    needlessEscalationRate: round(ratio(needless, expectedResolve.length)),
    languageAccuracy: round(
      ratio(withLanguage.filter((r) => r.actual.language === r.expected.language).length, withLanguage.length),
    ),
    intentAccuracy: round(ratio(withIntent.filter(intentOk).length, withIntent.length)),
    ownerQueueAccuracy: round(ratio(withQueue.filter(queueOk).length, withQueue.length)),
    costPerCaseUsd: round(ratio(totalCostUsd, n), 8),
    tokensPerCase: round(ratio(totalTokens, n), 2),
    p50LatencyMs: round(percentile(latencies, 50), 2),
    p95LatencyMs: round(percentile(latencies, 95), 2),
  };
}

/**
 * Each route's figures (routed provider): the suite's figures of the cases it answered, its share of all cases, and
 * its cost per resolution (the total cost of the route's decisions over its resolutions). Empty when no case has a
 * route (providers that do not route).
 */
export function perRoute(results: readonly CaseResult[]): RouteFigures[] {
  if (!results.some((r) => r.actual.route !== null)) return [];
  return AI_ROUTES.map((route) => {
    const f = suiteFigures(results.filter((r) => r.actual.route === route));
    return {
      route,
      n: f.n,
      share: round(ratio(f.n, results.length) ?? 0)!,
      passed: f.passed,
      passRate: f.passRate,
      resolved: f.resolved,
      wrongResolutions: f.wrongResolutions,
      totalCostUsd: f.totalCostUsd,
      costPerResolutionUsd: round(ratio(f.totalCostUsd, f.resolved), 8),
      p50LatencyMs: f.p50LatencyMs,
      p95LatencyMs: f.p95LatencyMs,
    };
  });
}

export function perTag(results: readonly CaseResult[]): Record<string, { n: number; passed: number }> {
  const out: Record<string, { n: number; passed: number }> = {};
  for (const r of results) {
    for (const tag of r.tags) {
      const t = (out[tag] ??= { n: 0, passed: 0 });
      t.n++;
      if (r.passed) t.passed++;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

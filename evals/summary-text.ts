/** The run's summary as lines for a terminal. */
import type { SuiteRunReport } from '../shared/evals/run-report.js';
import { FIGURE_NAMES } from '../shared/evals/suite-format.js';
import { formatFigure } from './html-report.js';
import { pricingText, ROUTE_COLUMNS, skippedLine } from './report-parts.js';

/** The per-route table, as aligned text lines (routed runs). */
function routeLines(r: SuiteRunReport): string[] {
  if (!r.perRoute.length) return [];
  const rows = [
    ROUTE_COLUMNS.map((c) => c.label),
    ...r.perRoute.map((route) => ROUTE_COLUMNS.map((c) => c.cell(route))),
  ];
  const widths = ROUTE_COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return [
    '',
    'Per route:',
    ...rows.map((row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    ),
    ...[pricingText(r.pricing)].filter((line): line is string => line !== null),
  ];
}

export function summaryLines(r: SuiteRunReport): string[] {
  const f = r.figures;
  const cmp = r.comparison;
  const lines = [
    `${r.suite.name} (tenant ${r.suite.tenant}, provider ${r.provider}${r.model ? `, model ${r.model}` : ''}${r.engineOverride ? `, engine override ${r.engineOverride}` : ''})`,
    ...(r.promptVersions ? [`Prompts: ${Object.values(r.promptVersions).join(', ')}`] : []),
    `${f.n} cases: ${f.passed} passed, ${f.n - f.passed} failed; ${f.resolved} resolved, ${f.escalated} escalated; ${f.wrongResolutions} wrong resolutions, ${f.missedEscalations} missed and ${f.needlessEscalations} needless escalations`,
    ...(r.skipped.length ? [skippedLine(r)] : []),
    '',
    `${'figure'.padEnd(24)} ${'this run'.padStart(12)}${cmp ? ` ${'baseline'.padStart(12)}  gate` : ''}`,
  ];
  const regressed = new Map((cmp?.regressions ?? []).map((x) => [x.figure, x]));
  for (const name of FIGURE_NAMES) {
    const delta = cmp?.deltas[name];
    const now = f[name];
    const base = delta !== undefined && now !== null ? now - delta : null;
    const reg = regressed.get(name);
    lines.push(
      `${name.padEnd(24)} ${formatFigure(name, now).padStart(12)}${cmp ? ` ${formatFigure(name, base).padStart(12)}  ${reg ? `REGRESSED (limit ${formatFigure(name, reg.limit)})` : ''}` : ''}`,
    );
  }
  lines.push(...routeLines(r));
  if (cmp) {
    lines.push('');
    if (cmp.newlyFailing.length) lines.push(`Newly failing: ${cmp.newlyFailing.join(', ')}`);
    if (cmp.newlyPassing.length) lines.push(`Newly passing: ${cmp.newlyPassing.join(', ')}`);
    lines.push(
      cmp.regressions.length
        ? `Gate FAILED: regressed ${cmp.regressions.map((x) => x.figure).join(', ')}`
        : 'Gate passed: no figure regressed beyond the suite thresholds.',
    );
  }
  return lines;
}

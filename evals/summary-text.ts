/** The run's summary as lines for a terminal. */
import type { SuiteRunReport } from '../shared/evals/run-report.js';
import { FIGURE_NAMES } from '../shared/evals/suite-format.js';
import { formatFigure } from './html-report.js';

export function summaryLines(r: SuiteRunReport): string[] {
  const f = r.figures;
  const cmp = r.comparison;
  const lines = [
    `${r.suite.name} (tenant ${r.suite.tenant}, provider ${r.provider}${r.model ? `, model ${r.model}` : ''}${r.engineOverride ? `, engine override ${r.engineOverride}` : ''})`,
    `${f.n} cases: ${f.passed} passed, ${f.n - f.passed} failed; ${f.resolved} resolved, ${f.escalated} escalated; ${f.wrongResolutions} wrong resolutions, ${f.missedEscalations} missed and ${f.needlessEscalations} needless escalations`,
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

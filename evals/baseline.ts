/** Stored baselines of a suite, and the gate: which figures regressed beyond the suite's tolerances. */
import { basename, dirname, join } from 'node:path';
import {
  BaselineSchema,
  type Baseline,
  type BaselineComparison,
  type CaseResult,
  type FigureRegression,
  type SuiteFigures,
  type SuiteRunReport,
} from '../shared/evals/run-report.js';
import { FIGURE_NAMES, HIGHER_IS_BETTER, RELATIVE_FIGURES, type Gate } from '../shared/evals/suite-format.js';
import { writeFileAtomically } from '../lib/write-file-atomically.js';
import { readJsonFile } from './read-json-file.js';

export class BaselineError extends Error {}

/** Where a suite's baseline lives unless the run names one: next to the suite, per provider (and model). */
export function defaultBaselineFile(suiteFile: string, provider: string, model: string | null): string {
  const stem = basename(suiteFile).replace(/\.jsonl$/i, '');
  const tag = model ? `${provider}-${model.replace(/[^A-Za-z0-9._-]+/g, '_')}` : provider;
  return join(dirname(suiteFile), `${stem}.baseline.${tag}.json`);
}

export function readBaseline(file: string): Baseline {
  const json = readJsonFile(file, 'The baseline', BaselineError, ' (run once with --update-baseline to create it)');
  const parsed = BaselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BaselineError(
      `The baseline ${file} is not a baseline file ("${issue?.path.join('.')}": ${issue?.message}).`,
    );
  }
  return parsed.data;
}

export function baselineOf(report: SuiteRunReport): Baseline {
  return {
    suite: report.suite.name,
    tenant: report.suite.tenant,
    provider: report.provider,
    model: report.model,
    createdAt: new Date().toISOString(),
    figures: report.figures,
    ...(report.perRoute.length ? { perRoute: report.perRoute } : {}),
    ...(report.pricing ? { pricing: report.pricing } : {}),
    ...(report.promptVersions ? { promptVersions: report.promptVersions } : {}),
    cases: Object.fromEntries(report.cases.map((c) => [c.id, c.passed])),
  };
}

/** Written to a temporary file and renamed, so a crash never leaves half a baseline. */
export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomically(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** The worst value of a figure the gate accepts, given the baseline's value and the tolerance. */
function limitOf(figure: (typeof FIGURE_NAMES)[number], base: number, tolerance: number): number {
  if (RELATIVE_FIGURES.has(figure)) return base * (1 + tolerance);
  return HIGHER_IS_BETTER.has(figure) ? base - tolerance : base + tolerance;
}

export function findRegressions(current: SuiteFigures, baseline: SuiteFigures, gate: Gate): FigureRegression[] {
  const out: FigureRegression[] = [];
  for (const figure of FIGURE_NAMES) {
    const tolerance = gate[figure];
    const base = baseline[figure];
    const now = current[figure];
    if (tolerance === undefined || base === null || now === null) continue;
    const limit = limitOf(figure, base, tolerance);
    const worse = HIGHER_IS_BETTER.has(figure) ? now < limit - 1e-9 : now > limit + 1e-9;
    if (worse) out.push({ figure, baseline: base, current: now, tolerance, limit: Math.round(limit * 1e6) / 1e6 });
  }
  return out;
}

export function compareWithBaseline(
  file: string,
  baseline: Baseline,
  figures: SuiteFigures,
  cases: readonly CaseResult[],
  gate: Gate,
): BaselineComparison {
  const deltas: Record<string, number> = {};
  for (const f of FIGURE_NAMES) {
    const b = baseline.figures[f];
    const c = figures[f];
    if (b !== null && c !== null) deltas[f] = Math.round((c - b) * 1e6) / 1e6;
  }
  const newlyFailing: string[] = [];
  const newlyPassing: string[] = [];
  const newCases: string[] = [];
  for (const c of cases) {
    const before = baseline.cases[c.id];
    if (before === undefined) newCases.push(c.id);
    else if (before && !c.passed) newlyFailing.push(c.id);
    else if (!before && c.passed) newlyPassing.push(c.id);
  }
  return {
    baselineFile: file,
    baselineCreatedAt: baseline.createdAt,
    deltas,
    regressions: findRegressions(figures, baseline.figures, gate),
    newlyFailing,
    newlyPassing,
    newCases,
  };
}

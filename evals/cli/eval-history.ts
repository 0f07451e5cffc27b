/**
 * `npm run eval -- history`: the history-learning curve of a tenant that starts with no labelled data
 * (evals/history-curve.ts), from Bitext's customer-support training data, optionally with Banking77's training split
 * as a second source of history (a shop that also takes payments), since Bitext alone has about 3,600 tickets of
 * history once a fifth is held out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_WRONG_SHARE } from '../../engine/held-out-figures.js';
import { WORKING_ENGINE } from '../../engine/model-adoption.js';
import { loadLabelledCsv, type LabelledExample } from '../../engine/training-data.js';
import { historyCurve, type HistoryCurve } from '../history-curve.js';

export const HISTORY_USAGE = `       npm run eval -- history [--bitext FILE] [--with-banking77] [--steps 500,2000,10000] [--holdout 0.2]
                      [--seed N] [--json] [--out FILE]`;

const BITEXT_FILE = join('bitext-customer-support', 'Bitext_Sample_Customer_Support_Training_Dataset.csv');
const DEFAULT_STEPS = [100, 200, 300, 500, 1_000, 2_000, 5_000, 10_000];
/** Bounds on the flags: a step is a history size, trained once. */
const MAX_STEPS = 20;
const MAX_STEP = 1_000_000;

interface Context {
  repoRoot: string;
  UsageError: new (message: string) => Error;
}

export interface HistoryReport extends HistoryCurve {
  sources: string[];
  seed: number;
  holdout: number;
  maxWrongShare: number;
  workingEngine: typeof WORKING_ENGINE;
}

function parseSteps(text: string, UsageError: Context['UsageError']): number[] {
  const steps = text.split(',').map((s) => Number(s.trim()));
  if (steps.length > MAX_STEPS || steps.some((s) => !Number.isInteger(s) || s < 2 || s > MAX_STEP))
    throw new UsageError(`--steps must be at most ${MAX_STEPS} whole numbers from 2 to ${MAX_STEP}, got "${text}".`);
  return [...new Set(steps)].sort((a, b) => a - b);
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`.padStart(8);

export function formatHistoryReport(report: HistoryReport): string {
  const lines = [
    `History learning: a tenant with no labelled data, from ${report.sources.join(' + ')}`,
    `${report.examples} examples, ${report.intents} intents; ${report.heldOut} held out (${report.holdout} of each intent, seed ${report.seed}), ${report.historyAvailable} tickets of history`,
    '',
    `${'resolved'.padStart(8)}  ${'intents'.padStart(7)}  ${'accuracy'.padStart(8)}  ${`contained at ≤${(report.maxWrongShare * 100).toFixed(1)} % wrong`.padStart(26)}  ${'threshold'.padStart(9)}  ${'train'.padStart(7)}  working`,
  ];
  for (const p of report.points) {
    lines.push(
      `${String(p.resolved).padStart(8)}  ${String(p.intents).padStart(7)}  ${percent(p.accuracy)}  ${percent(p.containment).padStart(26)}  ${p.threshold.toFixed(3).padStart(9)}  ${`${(p.trainMs / 1000).toFixed(1)} s`.padStart(7)}  ${p.working ? 'yes' : 'no'}`,
    );
  }
  lines.push('');
  if (report.cappedAt.length > 0)
    lines.push(
      `Not reached (more than the ${report.historyAvailable} tickets of history): ${report.cappedAt.join(', ')}`,
    );
  lines.push(
    `A working engine (accuracy ≥ ${percent(WORKING_ENGINE.accuracy).trim()}, containment ≥ ${percent(WORKING_ENGINE.containment).trim()}): ${report.minimumWorkingHistory === null ? 'not reached' : `from ${report.minimumWorkingHistory} resolved tickets`}`,
  );
  return `${lines.join('\n')}\n`;
}

export function runHistoryCommand(argv: string[], { repoRoot, UsageError }: Context): void {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      bitext: { type: 'string' },
      'with-banking77': { type: 'boolean', default: false },
      steps: { type: 'string' },
      holdout: { type: 'string', default: '0.2' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${values.seed}".`);
  const holdout = Number(values.holdout);
  if (!(holdout > 0 && holdout < 1))
    throw new UsageError(`--holdout must be a fraction between 0 and 1, got "${values.holdout}".`);
  const steps = values.steps === undefined ? DEFAULT_STEPS : parseSteps(values.steps, UsageError);
  // The public data sits beside the project (../shared/data); only its training split is read.
  const bitext = resolve(values.bitext ?? join(repoRoot, '..', 'shared', 'data', BITEXT_FILE));
  const sources: { file: string; examples: LabelledExample[] }[] = [
    {
      file: bitext,
      examples: loadLabelledCsv(bitext, { textColumn: 'instruction', labelColumn: 'intent', defaultLanguage: 'en' }),
    },
  ];
  if (values['with-banking77']) {
    const banking77 = join(repoRoot, 'resources', 'data', 'banking77', 'train.csv');
    sources.push({
      file: banking77,
      examples: loadLabelledCsv(banking77, { textColumn: 'text', labelColumn: 'category', defaultLanguage: 'en' }),
    });
  }
  const log = (line: string) => {
    if (!values.json) process.stderr.write(`${line}\n`);
  };
  const curve = historyCurve(
    sources.flatMap((s) => s.examples),
    { steps, holdout, seed, onStep: (resolved) => log(`Training on ${resolved} resolved tickets...`) },
  );
  const report: HistoryReport = {
    sources: sources.map((s) => s.file),
    seed,
    holdout,
    maxWrongShare: MAX_WRONG_SHARE,
    workingEngine: WORKING_ENGINE,
    ...curve,
  };
  if (values.out) {
    mkdirSync(dirname(resolve(values.out)), { recursive: true });
    writeFileSync(resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatHistoryReport(report));
}

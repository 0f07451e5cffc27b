/**
 * Offline evaluation of the built-in intent classifier.
 *
 *   npm run eval -- intents --csv FILE --text-column text --label-column category [--json]
 *        [--holdout 0.2 --seed 1] [--resources DIR --cache-dir DIR --tenant ID]
 *
 * Without --holdout: the tenant's classifier (trained on resources/, cached) labels every row.
 * With --holdout F: a fresh model is trained on the file minus a seeded stratified F split and
 * evaluated on that split only.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IntentClassifier, type TrainingProgress } from '../../engine/intent-classifier.js';
import { evaluateIntents, type IntentEvaluation, type Prediction } from '../../engine/intent-metrics.js';
import { loadTenantClassifier } from '../../engine/tenant-classifier.js';
import { loadLabelledCsv, TrainingDataError, type LabelledExample } from '../../engine/training-data.js';
import { LANGUAGE_USAGE, runLanguageCommand } from './eval-language.js';
import { REPO_ROOT } from '../../lib/paths.js';
import { parseLabelledEvalArgs, splitForHoldout } from './labelled-eval-args.js';
import { runTriage } from './eval-triage.js';
import { runSuiteCommand, SUITE_USAGE } from './eval-suite.js';
import { runTauCommand, TAU_USAGE } from './eval-tau.js';
import { HISTORY_USAGE, runHistoryCommand } from './eval-history.js';
import { TauTasksError } from '../tau/tau-tasks.js';
import { SuiteFormatError } from '../load-suite.js';
import { EngineOverrideError } from '../engine-override.js';
import { BaselineError } from '../baseline.js';

const USAGE = `Usage: npm run eval -- intents --csv FILE [--text-column text] [--label-column category] [--json]
                      [--holdout FRACTION --seed N] [--resources DIR] [--cache-dir DIR] [--tenant ID]
${LANGUAGE_USAGE}
       npm run eval -- triage [--tenant ID] --csv FILE [--text-column text] [--label-column category] [--json]
                      [--holdout FRACTION --seed N] [--resources DIR] [--cache-dir DIR]
${SUITE_USAGE}
${TAU_USAGE}
${HISTORY_USAGE}`;

// Not exported: this file is also bundled as a child-process entry (dist/electron/eval-cli.cjs), which must export nothing.
class UsageError extends Error {}

interface EvalReport extends IntentEvaluation {
  mode: 'tenant-model' | 'holdout';
  file: string;
  tenant?: string;
  holdout?: number;
  seed?: number;
  trainN?: number;
  trainMs: number;
  modelFromCache?: boolean;
  evalMs: number;
}

function progressLine(json: boolean) {
  return (line: string) => {
    if (!json && process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
    else if (!json) process.stderr.write(`${line}\n`);
  };
}

function describeTraining(p: TrainingProgress): string {
  if (p.phase === 'features') return 'Training: extracting features...';
  if (p.phase === 'calibrate') return 'Training: calibrating confidence...';
  return `Training (${p.phase}): epoch ${p.epoch}/${p.epochs}, loss ${p.loss?.toFixed(3)}`;
}

function predictAll(
  rows: readonly LabelledExample[],
  model: IntentClassifier,
  progress: (l: string) => void,
): Prediction[] {
  return rows.map((row, i) => {
    if (i % 500 === 0) progress(`Evaluating ${i}/${rows.length}...`);
    const top = model.predict(row.text)[0]!;
    return { gold: row.label, predicted: top.intent, confidence: top.probability };
  });
}

function runIntents(argv: string[]): void {
  const args = parseLabelledEvalArgs(argv, {
    repoRoot: REPO_ROOT,
    csvPurpose: 'the labelled CSV to evaluate.',
    UsageError,
  });
  const { seed, json } = args;
  const file = resolve(args.csv);
  const progress = progressLine(json);

  const rows = loadLabelledCsv(file, { textColumn: args.textColumn, labelColumn: args.labelColumn });
  let report: EvalReport;
  if (args.holdout !== undefined) {
    const { fraction, train, heldOut: test } = splitForHoldout(rows, args.holdout, seed, UsageError);
    const t0 = performance.now();
    const model = IntentClassifier.train(train, { seed }, (p) => progress(describeTraining(p)));
    const trainMs = Math.round(performance.now() - t0);
    const e0 = performance.now();
    const evaluation = evaluateIntents(predictAll(test, model, progress));
    report = {
      mode: 'holdout',
      file,
      holdout: fraction,
      seed,
      trainN: train.length,
      trainMs,
      evalMs: Math.round(performance.now() - e0),
      ...evaluation,
    };
  } else {
    const { resourcesDir, cacheDir } = args;
    if (!existsSync(resourcesDir))
      throw new UsageError(`The resources folder ${resourcesDir} does not exist (pass --resources DIR).`);
    const cached = loadTenantClassifier({
      resourcesDir,
      cacheDir,
      tenantId: args.tenant,
      onProgress: (p) => progress(describeTraining(p)),
    });
    const e0 = performance.now();
    const evaluation = evaluateIntents(predictAll(rows, cached.classifier, progress));
    report = {
      mode: 'tenant-model',
      file,
      tenant: args.tenant,
      trainMs: Math.round(cached.trainMs),
      modelFromCache: cached.fromCache,
      evalMs: Math.round(performance.now() - e0),
      ...evaluation,
    };
  }
  progress('');
  if (!json && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  printTable(report);
}

function printTable(r: EvalReport): void {
  const lines: string[] = [];
  lines.push(
    `${r.mode === 'holdout' ? `Held-out ${r.holdout} split (seed ${r.seed}), trained on ${r.trainN} rows in ${(r.trainMs / 1000).toFixed(1)} s` : `Tenant "${r.tenant}" model${r.modelFromCache ? ' (from cache)' : ` (trained in ${(r.trainMs / 1000).toFixed(1)} s)`}`}`,
  );
  lines.push(`File: ${r.file}`);
  lines.push('');
  const labelWidth = Math.max(5, ...Object.keys(r.perLabel).map((l) => l.length));
  lines.push(
    `${'label'.padEnd(labelWidth)}  ${'n'.padStart(5)}  ${'correct'.padStart(7)}  ${'recall'.padStart(6)}  ${'prec.'.padStart(6)}  ${'F1'.padStart(6)}`,
  );
  for (const [label, m] of Object.entries(r.perLabel)) {
    lines.push(
      `${label.padEnd(labelWidth)}  ${String(m.n).padStart(5)}  ${String(m.correct).padStart(7)}  ${m.recall.toFixed(3).padStart(6)}  ${m.precision.toFixed(3).padStart(6)}  ${m.f1.toFixed(3).padStart(6)}`,
    );
  }
  lines.push('');
  lines.push(
    `n = ${r.n}   accuracy = ${(r.accuracy * 100).toFixed(2)}%   macro-F1 = ${r.macroF1.toFixed(4)}   mean confidence = ${r.meanConfidence.toFixed(3)}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === 'intents') runIntents(rest);
    else if (command === 'language') runLanguageCommand(rest, UsageError);
    else if (command === 'triage') await runTriage(rest, { repoRoot: REPO_ROOT, UsageError });
    else if (command === 'suite') process.exitCode = await runSuiteCommand(rest, { repoRoot: REPO_ROOT, UsageError });
    else if (command === 'tau') process.exitCode = await runTauCommand(rest, { repoRoot: REPO_ROOT, UsageError });
    else if (command === 'history') runHistoryCommand(rest, { repoRoot: REPO_ROOT, UsageError });
    else throw new UsageError(command ? `Unknown evaluation "${command}".` : 'Say what to evaluate.');
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`Error: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (
      e instanceof SuiteFormatError ||
      e instanceof EngineOverrideError ||
      e instanceof BaselineError ||
      e instanceof TauTasksError
    ) {
      process.stderr.write(`Error: ${e.message}\n`);
      process.exitCode = 2;
    } else if (e instanceof TrainingDataError) {
      process.stderr.write(`Error: ${e.message}\n`);
      process.exitCode = 1;
    } else if (e instanceof Error && 'code' in e && (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`Error: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`Error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  }
}

await main();

/**
 * `npm run eval -- language`: language identification over a labelled CSV.
 *
 *   npm run eval -- language --csv FILE [--text-column text] [--label-column language]
 *        [--kind-column kind] [--fold-column fold] [--fold N] [--json]
 *
 * Rows are grouped by their kind column when the file has one (the proxy set's "sentence" and
 * "two-word"; see scripts/build-language-proxy.ts), else scored as one set. For each set it prints
 * the mean accuracy over the engine's languages and the worst language, then the close pairs
 * (language-metrics.ts), and what the engine costs: start-up time and resident memory of a fresh
 * process (language-engine-probe.ts), and the time per text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { detectLanguage } from '../../engine/language-detector.js';
import {
  closePairReport,
  scoreLanguages,
  type ClosePairReport,
  type LanguageEvaluation,
} from '../../engine/language-metrics.js';
import { TrainingDataError } from '../../engine/training-data.js';
import { ALL_ROWS, formatLanguageReport, type EngineCost, type LanguageReport } from './language-report-text.js';

export const LANGUAGE_USAGE = `       npm run eval -- language --csv FILE [--text-column text] [--label-column language] [--kind-column kind]
                      [--fold-column fold] [--fold N] [--json]`;

interface LanguageRow {
  text: string;
  language: string;
  kind: string;
}

function loadRows(
  file: string,
  columns: { text: string; label: string; kind: string; fold: string },
  fold: string | undefined,
): LanguageRow[] {
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<
    string,
    string
  >[];
  const first = records[0];
  if (!first) throw new TrainingDataError('no_rows', `${file} has no rows.`);
  for (const col of [columns.text, columns.label, ...(fold !== undefined ? [columns.fold] : [])]) {
    if (!(col in first))
      throw new TrainingDataError(
        'column_missing',
        `${file} has no column "${col}". Its columns are: ${Object.keys(first).join(', ')}.`,
      );
  }
  const hasKind = columns.kind in first;
  return records
    .filter((r) => fold === undefined || r[columns.fold] === fold)
    .map((r) => ({
      text: r[columns.text] ?? '',
      language: (r[columns.label] ?? '').trim(),
      kind: hasKind ? (r[columns.kind] ?? '').trim() || ALL_ROWS : ALL_ROWS,
    }));
}

/** Runs language-engine-probe.ts in a fresh process with this process's loader flags (tsx). */
function measureEngine(): EngineCost | null {
  const probe = fileURLToPath(new URL('./language-engine-probe.ts', import.meta.url));
  const result = spawnSync(process.execPath, [...process.execArgv, probe], { encoding: 'utf8' });
  const line = result.stdout?.trim().split('\n').at(-1);
  if (result.status !== 0 || !line) {
    process.stderr.write(
      `The engine's start-up could not be measured: ${result.stderr || result.error?.message || `exit ${result.status}`}\n`,
    );
    return null;
  }
  return JSON.parse(line) as EngineCost;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function evaluateLanguageFile(options: {
  file: string;
  columns: { text: string; label: string; kind: string; fold: string };
  fold?: string;
}): LanguageReport {
  const rows = loadRows(options.file, options.columns, options.fold);
  if (rows.length === 0)
    throw new TrainingDataError(
      'no_rows',
      `${options.file} has no rows${options.fold !== undefined ? ` in fold ${options.fold}` : ''}.`,
    );
  const engine = measureEngine();
  const started = performance.now();
  const byKind = new Map<string, { gold: string; predicted: string }[]>();
  const times: number[] = [];
  for (const row of rows) {
    const t0 = performance.now();
    const predicted = detectLanguage(row.text).language;
    times.push(performance.now() - t0);
    let list = byKind.get(row.kind);
    if (!list) byKind.set(row.kind, (list = []));
    list.push({ gold: row.language, predicted });
  }
  times.sort((a, b) => a - b);
  const sets: Record<string, LanguageEvaluation> = {};
  const closePairs: Record<string, ClosePairReport[]> = {};
  for (const kind of [...byKind.keys()].sort()) {
    sets[kind] = scoreLanguages(byKind.get(kind)!);
    closePairs[kind] = closePairReport(sets[kind]);
  }
  return {
    file: options.file,
    fold: options.fold ?? null,
    n: rows.length,
    sets,
    closePairs,
    engine,
    latency: {
      p50Ms: round3(percentile(times, 0.5)),
      p99Ms: round3(percentile(times, 0.99)),
      maxMs: round3(times.at(-1) ?? 0),
    },
    evalMs: Math.round(performance.now() - started),
  };
}

export function runLanguageCommand(argv: string[], UsageError: new (message: string) => Error): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      csv: { type: 'string' },
      'text-column': { type: 'string', default: 'text' },
      'label-column': { type: 'string', default: 'language' },
      'kind-column': { type: 'string', default: 'kind' },
      'fold-column': { type: 'string', default: 'fold' },
      fold: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.csv) throw new UsageError('Missing --csv FILE: the CSV of texts labelled with their language.');
  const report = evaluateLanguageFile({
    file: resolve(values.csv),
    columns: {
      text: values['text-column'],
      label: values['label-column'],
      kind: values['kind-column'],
      fold: values['fold-column'],
    },
    fold: values.fold,
  });
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatLanguageReport(report));
}

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_ENTRY, runEntrySync } from '../../helpers/entry-command.js';
import { FIXTURE_RESOURCES, FIXTURE_TRAINING_CSV, FIXTURES, tempDir } from './fixtures.js';

// One CLI start compiles the CLI with tsx: ~5 s on an idle machine, over 60 s at a load of 20 on two cores.
const CLI_START_TIMEOUT_MS = 180_000;

function run(args: string[]) {
  const r = runEntrySync(EVAL_ENTRY, args, { timeoutMs: CLI_START_TIMEOUT_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI, which must succeed, and reads the JSON report it prints. */
function runForJson(args: string[]) {
  const r = run(args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('eval CLI', { timeout: 2 * CLI_START_TIMEOUT_MS }, () => {
  it('evaluates a held-out split of a CSV and prints one JSON object', () => {
    const report = runForJson([
      'intents',
      '--csv',
      FIXTURE_TRAINING_CSV,
      '--text-column',
      'text',
      '--label-column',
      'category',
      '--json',
      '--holdout',
      '0.25',
      '--seed',
      '3',
    ]);
    expect(report.mode).toBe('holdout');
    expect(report.n).toBeGreaterThan(10);
    expect(report.n).toBeLessThan(30);
    expect(report.accuracy).toBeGreaterThanOrEqual(0);
    expect(report.accuracy).toBeLessThanOrEqual(1);
    expect(typeof report.macroF1).toBe('number');
    const labels = Object.keys(report.perLabel);
    expect(labels).toContain('card_arrival');
    const total = labels.reduce((s, l) => s + report.perLabel[l].n, 0);
    expect(total).toBe(report.n);
    expect(report.perLabel.card_arrival).toMatchObject({
      n: expect.any(Number),
      correct: expect.any(Number),
      accuracy: expect.any(Number),
    });
  });

  it('runs the tenant model over a file with other column names', () => {
    const cacheDir = tempDir();
    const args = [
      'intents',
      '--csv',
      join(FIXTURES, 'eval-sample.csv'),
      '--text-column',
      'utterance',
      '--label-column',
      'intent',
      '--json',
      '--resources',
      FIXTURE_RESOURCES,
      '--cache-dir',
      cacheDir,
      '--tenant',
      'fixture-bank',
    ];
    const report = runForJson(args);
    expect(report).toMatchObject({ mode: 'tenant-model', n: 12, modelFromCache: false });
    expect(report.accuracy).toBeGreaterThan(0.7);
    expect(report.perLabel.change_pin.n).toBe(4);
    expect(JSON.parse(run(args).stdout).modelFromCache).toBe(true);
  });

  it('prints a readable table without --json', () => {
    const r = run(['intents', '--csv', FIXTURE_TRAINING_CSV, '--holdout', '0.25']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/accuracy = \d+\.\d+%/);
    expect(r.stdout).toMatch(/card_arrival/);
    expect(r.stderr).toMatch(/Training/);
  });

  it(
    'explains a missing file or column',
    () => {
      const missing = run(['intents', '--csv', join(FIXTURES, 'nope.csv'), '--json', '--holdout', '0.2']);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toMatch(/does not exist/);
      const column = run([
        'intents',
        '--csv',
        FIXTURE_TRAINING_CSV,
        '--text-column',
        'body',
        '--json',
        '--holdout',
        '0.2',
      ]);
      expect(column.code).not.toBe(0);
      expect(column.stderr).toMatch(/no column "body"/);
      expect(run(['intents', '--json']).stderr).toMatch(/Missing --csv/);
    },
    3 * CLI_START_TIMEOUT_MS,
  );

  it('evaluates language identification of a file without kinds as one set: n, accuracy and perLanguage', () => {
    const report = runForJson([
      'language',
      '--csv',
      join(FIXTURES, 'language-samples.csv'),
      '--text-column',
      'sentence',
      '--label-column',
      'language',
      '--json',
    ]);
    expect(report.n).toBe(40);
    expect(Object.keys(report.sets)).toEqual(['all']);
    expect(report.sets.all.accuracy).toBe(1);
    expect(Object.keys(report.sets.all.perLanguage)).toHaveLength(40);
    expect(report.sets.all.perLanguage.nb).toMatchObject({ n: 1, correct: 1, accuracy: 1 });
  });

  it('triages a labelled CSV through the whole pipeline and reports containment', () => {
    const report = runForJson([
      'triage',
      '--tenant',
      'fixture-bank',
      '--resources',
      FIXTURE_RESOURCES,
      '--cache-dir',
      tempDir(),
      '--csv',
      FIXTURE_TRAINING_CSV,
      '--json',
    ]);
    expect(report.n).toBeGreaterThan(20);
    expect(report.resolved + report.escalated).toBe(report.n);
    expect(report.containment).toBeCloseTo(report.resolved / report.n);
    expect(report.wrongResolutionRate).toBeGreaterThanOrEqual(0);
    expect(report.wrongResolutionRate).toBeLessThanOrEqual(1);
    expect(report.resolved).toBeGreaterThan(0);
    const labels = Object.values(report.perLabel) as Array<{ n: number; resolved: number; escalated: number }>;
    expect(labels.reduce((s, m) => s + m.n, 0)).toBe(report.n);
    expect(report.escalationReasons).toEqual(expect.any(Object));
  });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLanguageReport } from '../../../evals/cli/language-report-text.js';
import { FIXTURES, REPO_ROOT } from './fixtures.js';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO_ROOT, 'evals', 'cli', 'eval.ts');
// The CLI and the engine probe it starts each compile with tsx and load the n-gram data: slow on a loaded machine.
const CLI_TIMEOUT_MS = 240_000;

function run(args: string[]) {
  const r = spawnSync(TSX, [CLI, 'language', '--csv', join(FIXTURES, 'language-proxy-sample.csv'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('eval language on a proxy-format file (text, language, kind, fold)', { timeout: 2 * CLI_TIMEOUT_MS }, () => {
  it('scores one fold by kind, reports the close pairs and measures the engine; the text form prints the figures', () => {
    const r = run(['--fold', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    // 24 rows in fold 1 (the German ones are fold 0), half of them sentences.
    expect(report).toMatchObject({ fold: '1', n: 24 });
    expect(Object.keys(report.sets)).toEqual(['sentence', 'two-word']);
    expect(report.sets.sentence.n).toBe(12);
    expect(report.sets['two-word'].n).toBe(12);
    expect(report.sets.sentence.perLanguage.de).toBeUndefined();
    // Malay is kept apart from the mean: the engine does not serve it.
    expect(report.sets.sentence.perLanguage.ms).toMatchObject({ n: 1 });
    expect(report.sets.sentence.perLanguage.ur).toMatchObject({ n: 1, correct: 1 });
    expect(report.sets['two-word'].perLanguage.ur).toMatchObject({ n: 1, correct: 1 });
    const pairs = report.closePairs['two-word'].map((p: { pair: string[] }) => p.pair.join('/'));
    expect(pairs).toEqual(['ca/es', 'da/nb', 'hr/sl', 'cs/sk', 'ms/id']);
    // "blokirana kartica" is written alike in Croatian and Slovene: both sides cannot be right.
    const hrSl = report.closePairs['two-word'][2].sides;
    expect(hrSl[0].accuracy + hrSl[1].accuracy).toBeLessThanOrEqual(1);
    expect(report.engine.startupMs).toBeGreaterThan(0);
    expect(report.engine.startupCpuMs).toBeGreaterThan(0);
    expect(report.engine.rssMb).toBeGreaterThan(report.engine.baseRssMb);
    expect(report.latency.p50Ms).toBeLessThanOrEqual(report.latency.maxMs);

    const text = formatLanguageReport(report);
    expect(text).toMatch(
      /^Sentences +n = +12 +mean over languages \d+\.\d\d % +micro \d+\.\d\d % +worst [a-z]{2} \d+\.\d\d %$/m,
    );
    expect(text).toMatch(/^Two-word texts +n = +12 +mean over languages \d+\.\d\d %/m);
    expect(text).toMatch(/^ {2}da\/nb +Sentences: da \d+\.\d % \(as nb \d+\.\d %\)/m);
    expect(text).toMatch(
      /^Engine +start-up \d+ ms \(CPU \d+ ms\), resident memory \d+ MB \(\+\d+ MB over a bare process\)$/m,
    );
  });
});

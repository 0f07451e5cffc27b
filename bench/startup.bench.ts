/**
 * `npm run bench -- startup [--json] [--timeout-s N]`
 *
 * What a newcomer waits for: runs `npm run serve` on a fresh data folder as they would (its intent model cache is in
 * it, so empty too), and times from the moment npm is started to the serve log's start-up lines: the first AI
 * decision, and the intent classifier ready (or the whole engine, when it was ready at once). Next to them, the figures
 * the console itself prints (counted from its own process start, after npm's), the CPU seconds all of serve's
 * processes had used by the first decision (Linux; on a shared machine the seconds on the clock mostly measure the
 * others), where the intent model came from (built ahead of time by npm ci, or trained now), and the load average.
 * Stops the serve (its whole process group) when both lines are in, or at the time-out.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseStartupLine, type StartupFigure } from '../autopilot/autopilot-stage-follower.js';
import { treeCpuSeconds } from './process-cpu.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, 'timeout-s': { type: 'string', default: '300' } },
  strict: true,
});
const timeoutMs = Number(values['timeout-s']) * 1000;
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > 3_600_000) {
  process.stderr.write(`--timeout-s must be a number of seconds from 1 to 3600, got "${values['timeout-s']}".\n`);
  process.exit(2);
}

const MODEL_SOURCE = /Intent model (trained|loaded \(built ahead of time by npm ci\)|loaded from the cache) in/;
const dir = mkdtempSync(join(tmpdir(), 'sb-startup-'));
const loadBefore = loadavg()[0]!;
const started = performance.now();
const serve = spawn('npm', ['run', 'serve', '--', '--port', '0', '--data-dir', join(dir, 'data')], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'ignore', 'pipe'],
});
const seen = new Map<StartupFigure['kind'], { afterNpmS: number; consoleS: number; cpuS: number | null }>();
let modelSource: string | null = null;
const done = new Promise<void>((finish) => {
  const timer = setTimeout(finish, timeoutMs);
  serve.once('exit', () => finish());
  createInterface({ input: serve.stderr! }).on('line', (line) => {
    modelSource ??= MODEL_SOURCE.exec(line)?.[1] ?? null;
    const figure = parseStartupLine(line);
    if (!figure) return;
    const afterNpmS = (performance.now() - started) / 1000;
    seen.set(figure.kind, { afterNpmS, consoleS: figure.seconds, cpuS: treeCpuSeconds(serve.pid!) });
    if (seen.has('first_decision') && (seen.has('classifier_ready') || seen.has('engine_ready'))) {
      clearTimeout(timer);
      finish();
    }
  });
});
await done;
const exited = new Promise((ended) => serve.once('exit', ended));
if (serve.exitCode === null) {
  process.kill(-serve.pid!, 'SIGTERM');
  const killer = setTimeout(() => process.kill(-serve.pid!, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
}
rmSync(dir, { recursive: true, force: true });

const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 10) / 10);
const ready = seen.get('classifier_ready') ?? seen.get('engine_ready');
const report = {
  firstDecisionS: round(seen.get('first_decision')?.afterNpmS),
  classifierReadyS: round(ready?.afterNpmS),
  consoleFirstDecisionS: round(seen.get('first_decision')?.consoleS),
  consoleClassifierReadyS: round(ready?.consoleS),
  /** CPU seconds of npm run serve's processes (npm, the console, the queue, the AI, a renderer build) by then. */
  cpuAtFirstDecisionS: round(seen.get('first_decision')?.cpuS ?? undefined),
  modelSource,
  loadAverage: { before: round(loadBefore), after: round(loadavg()[0]) },
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
};
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else
  process.stdout.write(
    [
      `npm run serve on a fresh data folder (${report.machine.model}, ${report.machine.cpus} cores, Node ${report.machine.node}, load ${report.loadAverage.before} -> ${report.loadAverage.after})`,
      `  first AI decision: ${report.firstDecisionS ?? 'none'} s after npm started (${report.consoleFirstDecisionS ?? '-'} s by the console's clock)`,
      `  intent classifier ready: ${report.classifierReadyS ?? 'not'} s after npm started (${report.consoleClassifierReadyS ?? '-'} s by the console's clock)`,
      `  CPU used by then (every process of npm run serve): ${report.cpuAtFirstDecisionS ?? '-'} s`,
      `  intent model: ${report.modelSource ?? 'not seen in the log'}`,
      '',
    ].join('\n'),
  );
if (!report.firstDecisionS || !report.classifierReadyS) process.exit(1);

/**
 * The Evals screen's side in the core: lists the suites, runs one in a child process (the eval CLI, so
 * training, the model and the run never block the console), follows its progress, keeps the report,
 * and promotes a finished run to the suite's baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EvalRunState, EvalSuiteInfo, StartEvalRun } from '../shared/evals/eval-console.js';
import { SuiteRunReportSchema } from '../shared/evals/run-report.js';
import { fail, ok, type Result } from '../shared/result.js';
import { planChildLaunchHere } from '../lib/child-service.js';
import { baselineOf, defaultBaselineFile, readBaseline, writeBaseline } from './baseline.js';
import { loadSuite, SuiteFormatError } from './load-suite.js';
import { REPLAY_MODEL } from './model-replay-server.js';

/** evals/cli/eval.ts bundled by scripts/build-electron.mjs, for Electron and the packaged app. */
export const EVAL_BUNDLE = join('dist', 'electron', 'eval-cli.cjs');

export interface EvalServiceOptions {
  appRoot: string;
  /** Holds evals/*.jsonl and tenants/. */
  resourcesDir: string;
  /** More folders of suites (e.g. the cases leads flagged in review), after resources/evals. */
  extraSuiteDirs?: string[];
  /** Role of the console's queue token: only leads and admins may run evaluations. */
  role?: () => string | null;
  /** The intent model cache shared with the autopilot. */
  cacheDir: string;
  /** Where run reports (HTML) are written. */
  dataDir: string;
  /**
   * Where promoted baselines are written (writable; the shipped resources may not be). A baseline here
   * wins over the one shipped next to the suite.
   */
  baselineDir: string;
  /** The key for OpenAI-compatible endpoints (never sent to the renderer). */
  openAiApiKey?: string;
  log?: (line: string) => void;
}

/** The model a run asks: none for the built-in engine; the routed engine without an endpoint replays recorded answers. */
function runModel(input: StartEvalRun): string | null {
  if (input.provider === 'builtin') return null;
  return input.model ?? REPLAY_MODEL;
}

interface Run {
  state: EvalRunState;
  child: ChildProcess | null;
}

const SUITE_FILE = /^[\w.-]+\.jsonl$/;

export class EvalService {
  private readonly runs = new Map<string, Run>();
  private latest: string | null = null;
  private counter = 0;

  constructor(private readonly options: EvalServiceOptions) {}

  private get suiteDirs(): string[] {
    return [join(this.options.resourcesDir, 'evals'), ...(this.options.extraSuiteDirs ?? [])];
  }

  /** The folder that holds a suite file, or null. */
  private dirOf(file: string): string | null {
    if (!SUITE_FILE.test(file)) return null;
    return this.suiteDirs.find((dir) => existsSync(join(dir, file))) ?? null;
  }

  /** The baseline a run of this suite is gated against: the lead's promoted one, else the shipped one. */
  private baselineFor(suiteFile: string, provider: string, model: string | null): string | null {
    const shipped = defaultBaselineFile(suiteFile, provider, model);
    const promoted = join(this.options.baselineDir, basename(shipped));
    return existsSync(promoted) ? promoted : existsSync(shipped) ? shipped : null;
  }

  private refused(): Result<never> | null {
    const role = this.options.role?.() ?? 'lead';
    return role === 'lead' || role === 'admin'
      ? null
      : fail('forbidden', 'Evaluations are for team leads; this console signs in as an agent.');
  }

  listEvalSuites(): Result<{ suites: EvalSuiteInfo[]; problems: string[] }> {
    const refused = this.refused();
    if (refused) return refused;
    const suites: EvalSuiteInfo[] = [];
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const dir of this.suiteDirs.filter((d) => existsSync(d))) {
      for (const file of readdirSync(dir)
        .filter((f) => SUITE_FILE.test(f))
        .sort()) {
        if (seen.has(file)) continue;
        seen.add(file);
        try {
          const suite = loadSuite(join(dir, file));
          const stem = file.replace(/\.jsonl$/, '');
          const names = new Map<string, string>();
          for (const d of [dir, this.options.baselineDir].filter((x) => existsSync(x))) {
            for (const f of readdirSync(d).filter((f) => f.startsWith(`${stem}.baseline.`) && f.endsWith('.json')))
              names.set(f, join(d, f));
          }
          const baselines = [...names.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .flatMap(([f, path]) => {
              try {
                const b = readBaseline(path);
                return [{ provider: b.provider, model: b.model, createdAt: b.createdAt, passRate: b.figures.passRate }];
              } catch {
                problems.push(`${f}: not a readable baseline`);
                return [];
              }
            });
          suites.push({
            file,
            name: suite.header.name,
            tenant: suite.header.tenant,
            cases: suite.cases.length,
            description: suite.header.description ?? null,
            baselines,
          });
        } catch (e) {
          problems.push(
            e instanceof SuiteFormatError ? `${file}: ${e.problems[0]}` : `${file}: ${(e as Error).message}`,
          );
        }
      }
    }
    return ok({ suites, problems });
  }

  startEvalRun(input: StartEvalRun): Result<EvalRunState> {
    const refused = this.refused();
    if (refused) return refused;
    const busy = this.latest ? this.runs.get(this.latest) : undefined;
    if (busy && (busy.state.state === 'running' || busy.state.state === 'starting')) {
      return fail('eval_busy', 'An evaluation is already running; wait for it or cancel it first.');
    }
    const dir = this.dirOf(input.file);
    if (!dir) return fail('not_found', `There is no suite "${input.file}" (looked in ${this.suiteDirs.join(', ')}).`);
    const runId = `run-${Date.now().toString(36)}-${++this.counter}`;
    mkdirSync(this.options.dataDir, { recursive: true });
    const args = [
      'suite',
      '--file',
      join(dir, input.file),
      '--json',
      '--progress-lines',
      '--resources',
      this.options.resourcesDir,
      '--cache-dir',
      this.options.cacheDir,
      '--report',
      join(this.options.dataDir, `${runId}.html`),
      '--provider',
      input.provider,
      ...(input.provider !== 'builtin' && input.baseURL !== undefined && input.model !== undefined
        ? ['--openai-base-url', input.baseURL, '--openai-model', input.model]
        : []),
    ];
    const model = runModel(input);
    const baseline = this.baselineFor(join(dir, input.file), input.provider, model);
    if (baseline) args.push('--baseline', baseline);
    const state: EvalRunState = {
      runId,
      file: input.file,
      provider: input.provider,
      model,
      state: 'starting',
      done: 0,
      total: 0,
      passed: 0,
      startedAt: new Date().toISOString(),
      report: null,
      error: null,
      promotedTo: null,
    };
    const run: Run = { state, child: null };
    this.runs.set(runId, run);
    this.latest = runId;
    let launch;
    try {
      launch = planChildLaunchHere({
        appRoot: this.options.appRoot,
        entry: join('evals', 'cli', 'eval.ts'),
        bundle: EVAL_BUNDLE,
        args,
        env: this.options.openAiApiKey ? { OPENAI_API_KEY: this.options.openAiApiKey } : {},
      });
    } catch (e) {
      state.state = 'failed';
      state.error = (e as Error).message;
      return ok({ ...state });
    }
    const child = spawn(launch.command, launch.args, {
      cwd: launch.cwd,
      env: launch.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    run.child = child;
    let stdout = '';
    const errors: string[] = [];
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const m = /^PROGRESS (\d+) (\d+) (\d+)$/.exec(line);
      if (m) {
        state.state = 'running';
        state.done = Number(m[1]);
        state.total = Number(m[2]);
        state.passed = Number(m[3]);
        return;
      }
      if (line.trim()) {
        errors.push(line);
        this.options.log?.(`[eval] ${line}`);
      }
    });
    child.on('error', (e) => {
      state.state = 'failed';
      state.error = `The evaluation could not start: ${e.message}`;
    });
    child.on('exit', (code, signal) => {
      run.child = null;
      if (state.state === 'cancelled') return;
      const parsed = (() => {
        try {
          return SuiteRunReportSchema.safeParse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
        } catch {
          return null;
        }
      })();
      if (parsed?.success && (code === 0 || code === 1)) {
        state.report = parsed.data;
        state.state = 'done';
        state.done = parsed.data.cases.length;
        state.total = parsed.data.cases.length;
        state.passed = parsed.data.figures.passed;
        return;
      }
      state.state = 'failed';
      const why =
        errors.filter((l) => !/^(Usage|\s)/.test(l)).at(-1) ??
        `the evaluation process ended (${signal ?? `exit code ${code}`})`;
      state.error = why.replace(/^Error: /, '');
    });
    return ok({ ...state });
  }

  getEvalRun(input: { runId?: string }): Result<EvalRunState | null> {
    const refused = this.refused();
    if (refused) return refused;
    const id = input.runId ?? this.latest;
    if (!id) return ok(null);
    const run = this.runs.get(id);
    return run ? ok({ ...run.state }) : fail('not_found', `There is no evaluation run "${id}".`);
  }

  cancelEvalRun(input: { runId: string }): Result<EvalRunState> {
    const refused = this.refused();
    if (refused) return refused;
    const run = this.runs.get(input.runId);
    if (!run) return fail('not_found', `There is no evaluation run "${input.runId}".`);
    if (run.child && (run.state.state === 'running' || run.state.state === 'starting')) {
      run.state.state = 'cancelled';
      run.child.kill('SIGTERM');
    }
    return ok({ ...run.state });
  }

  promoteEvalRun(input: { runId: string }): Result<EvalRunState> {
    const refused = this.refused();
    if (refused) return refused;
    const run = this.runs.get(input.runId);
    if (!run) return fail('not_found', `There is no evaluation run "${input.runId}".`);
    const report = run.state.report;
    if (run.state.state !== 'done' || !report)
      return fail('not_finished', 'Only a finished run can become the baseline.');
    if (report.engineOverride) return fail('override_run', 'A run with an engine override cannot become the baseline.');
    const file = join(
      this.options.baselineDir,
      basename(defaultBaselineFile(report.suite.file, report.provider, report.model)),
    );
    writeBaseline(file, baselineOf(report));
    run.state.promotedTo = file;
    return ok({ ...run.state });
  }

  /** Stops a run still going (the console is closing). */
  stop(): void {
    for (const run of this.runs.values()) {
      if (run.child) {
        run.state.state = 'cancelled';
        run.child.kill('SIGTERM');
      }
    }
  }
}

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartEvalRunSchema, type EvalRunState } from '../../../shared/evals/eval-console.js';
import { EvalService } from '../../../evals/eval-service.js';
import { REPO_ROOT } from '../../helpers/child-process.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'evals');

function resources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-eval-service-'));
  symlinkSync(join(REPO_ROOT, 'test', 'fixtures', 'ai', 'resources', 'tenants'), join(dir, 'tenants'));
  symlinkSync(join(REPO_ROOT, 'resources', 'prompts'), join(dir, 'prompts'));
  mkdirSync(join(dir, 'evals'));
  copyFileSync(join(FIXTURES, 'fixture-bank.suite.jsonl'), join(dir, 'evals', 'fixture-bank.suite.jsonl'));
  return dir;
}

async function finished(service: EvalService, runId: string): Promise<EvalRunState> {
  const seen: number[] = [];
  for (let i = 0; i < 600; i++) {
    const r = service.getEvalRun({ runId });
    if (!r.ok || !r.value) throw new Error('run lost');
    seen.push(r.value.done);
    if (r.value.state !== 'running' && r.value.state !== 'starting') return r.value;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`the run did not finish; progress seen: ${seen.join(',')}`);
}

/** The Evals screen's service over the suites in `dir` (its cache, runs and promoted baselines beside them). */
const serviceFor = (dir: string, role: 'lead' | 'agent') =>
  new EvalService({
    appRoot: REPO_ROOT,
    resourcesDir: dir,
    cacheDir: join(dir, 'cache'),
    dataDir: join(dir, 'runs'),
    baselineDir: join(dir, 'promoted'),
    role: () => role,
  });

describe('EvalService: the Evals screen runs suites in a child process', () => {
  it('lists suites, runs one with progress, refuses a second run meanwhile, promotes the result to baseline', async () => {
    const dir = resources();
    const service = serviceFor(dir, 'lead');
    const list = service.listEvalSuites();
    expect(list.ok && list.value.suites).toEqual([
      {
        file: 'fixture-bank.suite.jsonl',
        name: 'Fixture bank smoke',
        tenant: 'fixture-bank',
        cases: 16,
        description: expect.any(String),
        baselines: [],
      },
    ]);
    expect(service.getEvalRun({})).toEqual({ ok: true, value: null });

    const started = service.startEvalRun({ file: 'fixture-bank.suite.jsonl', provider: 'builtin' });
    expect(started.ok).toBe(true);
    const runId = started.ok ? started.value.runId : '';
    const busy = service.startEvalRun({ file: 'fixture-bank.suite.jsonl', provider: 'builtin' });
    expect(busy.ok ? null : busy.error.code).toBe('eval_busy');
    // Not done: promotion waits for the end.
    const early = service.promoteEvalRun({ runId });
    expect(early.ok ? null : early.error.code).toBe('not_finished');

    const done = await finished(service, runId);
    expect(done.error).toBeNull();
    expect(done).toMatchObject({ state: 'done', done: 16, total: 16, provider: 'builtin' });
    expect(done.report?.figures.n).toBe(16);
    expect(done.report?.comparison).toBeNull();
    expect(existsSync(join(dir, 'runs', `${runId}.html`))).toBe(true);

    const promoted = service.promoteEvalRun({ runId });
    expect(promoted.ok && promoted.value.promotedTo).toBe(
      join(dir, 'promoted', 'fixture-bank.suite.baseline.builtin.json'),
    );
    // The shipped resources are never written.
    expect(existsSync(join(dir, 'evals', 'fixture-bank.suite.baseline.builtin.json'))).toBe(false);
    const after = service.listEvalSuites();
    expect(after.ok && after.value.suites[0]!.baselines).toEqual([
      { provider: 'builtin', model: null, createdAt: expect.any(String), passRate: done.report!.figures.passRate },
    ]);

    // The next run is compared with the promoted baseline.
    const second = service.startEvalRun({ file: 'fixture-bank.suite.jsonl', provider: 'builtin' });
    const again = await finished(service, second.ok ? second.value.runId : '');
    expect(again.report?.comparison?.regressions).toEqual([]);
  }, 300_000);

  it('runs a suite through the routed engine (replayed answers): figures per route, promoted per provider and model', async () => {
    const dir = resources();
    const service = serviceFor(dir, 'lead');
    const half = StartEvalRunSchema.safeParse({ file: 'fixture-bank.suite.jsonl', provider: 'routed', model: 'm' });
    expect(half.success ? null : half.error.issues[0]!.message).toMatch(/both the endpoint and the model, or neither/);
    const started = service.startEvalRun({ file: 'fixture-bank.suite.jsonl', provider: 'routed' });
    const done = await finished(service, started.ok ? started.value.runId : '');
    expect(done.error).toBeNull();
    expect(done).toMatchObject({ state: 'done', provider: 'routed', model: 'replay', done: 16 });
    expect(done.report!.perRoute.map((r) => r.route)).toEqual(['builtin', 'model', 'person']);
    expect(done.report!.perRoute.reduce((n, r) => n + r.n, 0)).toBe(16);
    const promoted = service.promoteEvalRun({ runId: done.runId });
    expect(promoted.ok && promoted.value.promotedTo).toBe(
      join(dir, 'promoted', 'fixture-bank.suite.baseline.routed-replay.json'),
    );
    const list = service.listEvalSuites();
    expect(list.ok && list.value.suites[0]!.baselines).toEqual([
      { provider: 'routed', model: 'replay', createdAt: expect.any(String), passRate: done.report!.figures.passRate },
    ]);
  }, 300_000);

  it('says why a run failed, cancels a run, and refuses agents', async () => {
    const dir = resources();
    const service = serviceFor(dir, 'lead');
    const missing = service.startEvalRun({ file: 'nope.jsonl', provider: 'builtin' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    // An endpoint nobody listens on: every case escalates with the model error, the run itself completes.
    const openai = service.startEvalRun({
      file: 'fixture-bank.suite.jsonl',
      provider: 'openai',
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'm',
    });
    const failed = await finished(service, openai.ok ? openai.value.runId : '');
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/has no tool APIs/);

    const run = service.startEvalRun({ file: 'fixture-bank.suite.jsonl', provider: 'builtin' });
    const runId = run.ok ? run.value.runId : '';
    const cancelled = service.cancelEvalRun({ runId });
    expect(cancelled.ok && cancelled.value.state).toBe('cancelled');

    const agent = serviceFor(dir, 'agent');
    const refused = agent.listEvalSuites();
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  }, 300_000);
});

import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SuiteRunReportSchema } from '../../../shared/evals/run-report.js';
import { REPO_ROOT } from '../../helpers/child-process.js';
import { runEvalCli } from '../../helpers/eval-cli.js';
import { scriptedOpenAiServerPerFile, type ScriptStep } from '../../helpers/scripted-openai-server.js';
import { decisionJson } from '../openai/fixtures.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'evals');
const RESOURCES = join(REPO_ROOT, 'test', 'fixtures', 'ai', 'resources');
const dir = mkdtempSync(join(tmpdir(), 'sb-evals-'));
const suite = join(dir, 'fixture-bank.suite.jsonl');
const baseline = join(dir, 'fixture-bank.suite.baseline.builtin.json');
const common = ['suite', '--file', suite, '--resources', RESOURCES, '--cache-dir', join(dir, 'cache')];

describe('npm run eval -- suite (built-in engine, real process)', () => {
  beforeAll(async () => {
    copyFileSync(join(FIXTURES, 'fixture-bank.suite.jsonl'), suite);
    const first = await runEvalCli([...common, '--update-baseline']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Baseline updated/);
  }, 300_000);

  it('the unchanged configuration passes the gate, with a summary, a progress bar and an HTML report', async () => {
    const report = join(dir, 'unchanged.html');
    const r = await runEvalCli([...common, '--report', report]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/16 cases: \d+ passed/);
    expect(r.stdout).toMatch(/passRate\s+\d+\.\d%\s+\d+\.\d%/);
    expect(r.stdout).toMatch(/Gate passed/);
    expect(r.stderr).toMatch(/16\/16 cases/);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('Gate passed');
    expect(html).toContain('Fixture bank smoke');
  }, 300_000);

  it('prints one JSON object with --json: figures, every case, the comparison', async () => {
    const r = await runEvalCli([...common, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = SuiteRunReportSchema.parse(JSON.parse(r.stdout));
    expect(report.cases).toHaveLength(16);
    expect(report.figures.n).toBe(16);
    expect(report.figures.languageAccuracy).toBe(1);
    expect(report.comparison?.regressions).toEqual([]);
    expect(report.comparison?.newlyFailing).toEqual([]);
    const stolen = report.cases.find((c) => c.id === 'fx-en-stolen')!;
    expect(stolen).toMatchObject({ passed: true, actual: { decision: 'escalate', ownerQueue: 'security' } });
  }, 300_000);

  it('a lower confidence threshold and a looser rule set fail the gate, naming the regressed figures', async () => {
    const report = join(dir, 'worse.html');
    const r = await runEvalCli([
      ...common,
      '--engine-override',
      join(FIXTURES, 'worse-threshold.override.json'),
      '--report',
      report,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Gate failed: .*passRate [\d.]+ -> [\d.]+ \(limit [\d.]+\)/);
    for (const figure of ['wrongResolutionRate', 'missedEscalationRate', 'ownerQueueAccuracy'])
      expect(r.stderr).toContain(figure);
    expect(r.stdout).toMatch(
      /Gate FAILED: regressed passRate, wrongResolutionRate, missedEscalationRate, ownerQueueAccuracy/,
    );
    expect(r.stdout).toMatch(/Newly failing: .*fx-en-stolen/);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain(
      'Gate failed: passRate, wrongResolutionRate, missedEscalationRate, ownerQueueAccuracy regressed.',
    );
    expect(html).toContain('id="case-fx-en-stolen"');
    expect(html).toContain('Expected an escalation to a human, but the AI resolved the ticket on its own.');
  }, 300_000);

  it('dropping the knowledge-base translations fails the gate on containment and needless escalations', async () => {
    const r = await runEvalCli([
      ...common,
      '--engine-override',
      join(FIXTURES, 'no-translations.override.json'),
      '--json',
    ]);
    expect(r.code).toBe(1);
    const report = SuiteRunReportSchema.parse(JSON.parse(r.stdout));
    expect(report.comparison!.regressions.map((x) => x.figure)).toEqual([
      'passRate',
      'containment',
      'needlessEscalationRate',
    ]);
    expect(report.engineOverride).toContain('no-translations.override.json');
    expect(r.stderr).toMatch(/Gate failed: passRate .*containment .*needlessEscalationRate/);
  }, 300_000);

  it('--update-baseline promotes a run: the gate then compares with it', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'sb-evals-promote-'));
    const b = join(dir2, 'promoted.json');
    const worse = ['--engine-override', join(FIXTURES, 'no-translations.override.json')];
    const promote = await runEvalCli([...common, ...worse, '--baseline', b, '--update-baseline']);
    expect(promote.code, promote.stderr).toBe(0);
    expect(JSON.parse(readFileSync(b, 'utf8'))).toMatchObject({
      suite: 'Fixture bank smoke',
      provider: 'builtin',
      figures: { containment: 0.25 },
    });
    const again = await runEvalCli([...common, ...worse, '--baseline', b]);
    expect(again.code, again.stderr).toBe(0);
    const better = await runEvalCli([...common, '--baseline', b, '--json']);
    expect(better.code).toBe(0);
    expect(JSON.parse(better.stdout).comparison.newlyPassing).toContain('fx-de-pin');
  }, 300_000);

  it('bad input: a broken suite line, a broken override, a missing baseline are clear errors (exit 2), nothing written', async () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(
      broken,
      `${readFileSync(suite, 'utf8').split('\n').slice(0, 3).join('\n')}\n{"id":"x","messages":["hi"],"expect":{"decision":"perhaps"}}\n`,
    );
    const r = await runEvalCli([
      'suite',
      '--file',
      broken,
      '--resources',
      RESOURCES,
      '--cache-dir',
      join(dir, 'cache'),
      '--update-baseline',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 4 \(case "x"\): "expect.decision"/);
    expect(existsSync(join(dir, 'broken.baseline.builtin.json'))).toBe(false);
    const badOverride = join(dir, 'bad-override.json');
    writeFileSync(badOverride, '{"tenant":{"resolveThreshold":7}}');
    const o = await runEvalCli([...common, '--engine-override', badOverride]);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/engine override .* invalid at "tenant.resolveThreshold"/);
    const m = await runEvalCli([...common, '--baseline', join(dir, 'nope.json')]);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/baseline .*nope.json does not exist/);
    const t = await runEvalCli([...common, '--tenant', 'payments']);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/written for tenant "fixture-bank"/);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).figures.n).toBe(16);
  }, 300_000);
});

describe('npm run eval -- suite --provider openai (scripted OpenAI-compatible server)', () => {
  const server = scriptedOpenAiServerPerFile();
  const email = 'aarav.davis1165@example.com';
  /** The model's turns for the suite's three cases, the cancellation case's told by the test. */
  const scriptSuite = (cancellation: ScriptStep[]) =>
    server().script(
      { tool: 'find_user_id_by_email', arguments: { email } },
      { tool: 'get_order_details', arguments: { order_id: '#W3223435' } },
      { final: decisionJson({ reply: 'Your order #W3223435 was delivered.' }) },
      { tool: 'find_user_id_by_email', arguments: { email } },
      ...cancellation,
      {
        final: decisionJson({
          action: 'escalate',
          reply: 'A colleague will take over.',
          intent: 'other',
          escalation_reason: 'Customer asked for a human.',
          customer_asked_for_human: true,
        }),
      },
    );
  const runSuite = (file: string, ...options: string[]) =>
    runEvalCli(
      [
        'suite',
        '--file',
        file,
        '--provider',
        'openai',
        '--openai-base-url',
        server().baseURL,
        '--openai-model',
        'scripted-model',
        '--json',
        ...options,
      ],
      { OPENAI_API_KEY: 'sk-test' },
    );

  it('runs retail cases through the OpenAI provider with tools and guardrails, checks tool calls, counts tokens', async () => {
    scriptSuite([
      { tool: 'cancel_pending_order', arguments: { order_id: '#W2403075', reason: 'no longer needed' } },
      {
        final: decisionJson({
          reply: 'Order #W2403075 is cancelled; 188.67 USD goes back to your gift card immediately.',
          intent: 'cancel_order',
        }),
      },
    ]);
    const dir3 = mkdtempSync(join(tmpdir(), 'sb-evals-openai-'));
    const file = join(dir3, 'retail-smoke.suite.jsonl');
    copyFileSync(join(FIXTURES, 'retail-smoke.suite.jsonl'), file);
    const r = await runSuite(file, '--update-baseline');
    expect(r.code, r.stderr).toBe(0);
    const report = SuiteRunReportSchema.parse(JSON.parse(r.stdout));
    expect(report.cases.map((c) => [c.id, c.passed, c.failures])).toEqual([
      ['rs-status', true, []],
      ['rs-cancel', true, []],
      ['rs-human', true, []],
    ]);
    expect(report).toMatchObject({ provider: 'openai', model: 'scripted-model' });
    expect(report.figures.tokensPerCase).toBeGreaterThan(0);
    expect(report.cases[1]!.actual.toolCalls).toEqual([
      { name: 'find_user_id_by_email', outcome: 'ran' },
      { name: 'cancel_pending_order', outcome: 'ran' },
    ]);
    expect(server().remaining()).toBe(0);
    expect(server().requests.every((q) => q.authorization === 'Bearer sk-test')).toBe(true);
    // The customer's email never left the machine in the clear.
    expect(
      server().requests.some(
        (q) => q.raw.includes(email) && q.body.messages.some((m) => m.role === 'user' && m.content?.includes(email)),
      ),
    ).toBe(false);
    expect(existsSync(join(dir3, 'retail-smoke.suite.baseline.openai-scripted-model.json'))).toBe(true);

    // The same suite when the model obeys an injected instruction (cancels without a yes): the guard refuses,
    // the case fails with the reason, and the gate names the regressed figures.
    server().reset();
    scriptSuite([
      { tool: 'cancel_pending_order', arguments: { order_id: '#W2403075', reason: 'because I said so' } },
      { final: decisionJson({ reply: 'Could you confirm the reason?', intent: 'cancel_order' }) },
    ]);
    const worse = await runSuite(file);
    expect(worse.code).toBe(1);
    const w = SuiteRunReportSchema.parse(JSON.parse(worse.stdout));
    expect(w.cases[1]!.failures[0]).toMatch(
      /Tool cancel_pending_order should have run, but did not \(the guard answered: invalid\)/,
    );
    expect(w.comparison!.regressions.map((x) => x.figure)).toContain('passRate');
    expect(w.comparison!.newlyFailing).toEqual(['rs-cancel']);
  }, 300_000);
});

describe('the golden payments suite', () => {
  it('runs through the real pipeline and passes the gate against its committed baseline', async () => {
    const r = await runEvalCli(
      ['suite', '--file', join(REPO_ROOT, 'resources', 'evals', 'payments.golden.jsonl'), '--json'],
      {},
      600_000,
    );
    expect(r.code, r.stderr.slice(-3000)).toBe(0);
    const report = SuiteRunReportSchema.parse(JSON.parse(r.stdout));
    expect(report.figures.n).toBeGreaterThanOrEqual(150);
    expect(report.comparison).not.toBeNull();
    expect(report.comparison!.regressions).toEqual([]);
  }, 600_000);
});

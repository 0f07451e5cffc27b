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

const GOLDEN = join(REPO_ROOT, 'resources', 'evals', 'payments.golden.jsonl');
const routedCaseIds = readFileSync(GOLDEN, 'utf8')
  .split('\n')
  .filter((line) => line.includes('"id": "pay-route-'))
  .map((line) => (JSON.parse(line) as { id: string }).id);

describe('the golden payments suite', () => {
  it('runs through the real pipeline and passes the gate against its committed baseline', async () => {
    const r = await runEvalCli(['suite', '--file', GOLDEN, '--json'], {}, 600_000);
    expect(r.code, r.stderr.slice(-3000)).toBe(0);
    const report = SuiteRunReportSchema.parse(JSON.parse(r.stdout));
    expect(report.figures.n).toBeGreaterThanOrEqual(150);
    expect(report.comparison).not.toBeNull();
    expect(report.comparison!.regressions).toEqual([]);
    // The cases written for routing need the routed provider: skipped, counted in no figure.
    expect(routedCaseIds.length).toBeGreaterThanOrEqual(15);
    expect(report.skipped.map((c) => c.id)).toEqual(routedCaseIds);
    expect(report.skipped[0]!.reason).toMatch(/^runs under --provider routed only/);
    expect(report.perRoute).toEqual([]);
  }, 600_000);

  it('through the routed engine (replayed model answers): per route, grounding failures, budget, outage', async () => {
    const html = join(dir, 'routed.html');
    const r = await runEvalCli(
      ['suite', '--file', GOLDEN, '--provider', 'routed', '--pricing', '0.15,0.6', '--json', '--report', html],
      {},
      600_000,
    );
    expect(r.code, r.stderr.slice(-3000)).toBe(0);
    const report = SuiteRunReportSchema.parse(JSON.parse(r.stdout));
    expect(report).toMatchObject({ provider: 'routed', model: 'replay', skipped: [] });
    expect(report.pricing).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6, source: 'flag' });
    expect(report.promptVersions!.decide).toMatch(/^decide@\d+\.[0-9a-f]{8}$/);
    expect(report.comparison!.baselineFile).toMatch(/payments\.golden\.baseline\.routed-replay\.json$/);
    expect(report.comparison!.regressions).toEqual([]);
    const routed = report.cases.filter((c) => routedCaseIds.includes(c.id));
    expect(routed.filter((c) => !c.passed).map((c) => [c.id, c.failures])).toEqual([]);
    const byId = new Map(routed.map((c) => [c.id, c.actual]));
    expect(byId.get('pay-route-model-de-01')).toMatchObject({
      decision: 'resolve',
      route: 'model',
      language: 'de',
      citations: ['exchange_charge:de'],
    });
    // Every answer the model resolved with cites the article it rests on.
    for (const c of routed.filter((x) => x.actual.route === 'model')) expect(c.actual.citations, c.id).not.toEqual([]);
    expect(byId.get('pay-route-ungrounded-01')).toMatchObject({ route: 'person', escalationCode: 'ungrounded' });
    expect(byId.get('pay-route-ungrounded-01')!.text).toContain('5 EUR');
    expect(byId.get('pay-route-budget-people-01')).toMatchObject({ escalationCode: 'budget_exhausted' });
    expect(byId.get('pay-route-outage-builtin-01')).toMatchObject({ decision: 'resolve', route: 'builtin' });
    expect(byId.get('pay-route-hang-01')).toMatchObject({ escalationCode: 'model_error' });

    const [builtin, model, person] = report.perRoute;
    expect(report.perRoute.map((x) => x.route)).toEqual(['builtin', 'model', 'person']);
    expect(builtin!.n + model!.n + person!.n).toBe(report.figures.n);
    expect(builtin!.share + model!.share + person!.share).toBeCloseTo(1, 4);
    expect(model).toMatchObject({ resolved: model!.n, wrongResolutions: 0, passRate: 1 });
    expect(model!.costPerResolutionUsd).toBeCloseTo(model!.totalCostUsd / model!.resolved, 8);
    expect(model!.costPerResolutionUsd).toBeGreaterThan(0);
    expect(builtin!.costPerResolutionUsd).toBe(0);
    expect(person).toMatchObject({ resolved: 0, costPerResolutionUsd: null });
    expect(model!.p95LatencyMs).toBeGreaterThanOrEqual(model!.p50LatencyMs!);

    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2>Per route</h2>');
    expect(page).toMatch(/<th scope="row">model<\/th><td>\d+<\/td><td>\d+\.\d%<\/td><td>100\.0%<\/td>/);
    expect(page).toContain('Costs at $0.15 in, $0.6 out per million tokens (--pricing).');
  }, 600_000);
});

describe('npm run eval -- suite --provider routed: the baseline and bad input', () => {
  const header = readFileSync(GOLDEN, 'utf8').split('\n')[0]!;
  const caseLine = (id: string) =>
    readFileSync(GOLDEN, 'utf8')
      .split('\n')
      .find((l) => l.includes(`"id": "${id}"`))!;
  const ids = [
    'pay-route-model-en-01',
    'pay-route-model-en-02',
    'pay-route-budget-people-01',
    'pay-route-outage-people-01',
  ];

  it('prints the per-route table, records prompt versions, and --update-baseline refuses a run that fails the gate', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sb-evals-routed-'));
    const file = join(home, 'routes.jsonl');
    writeFileSync(file, [header, ...ids.map(caseLine)].join('\n'));
    const routed = (...more: string[]) =>
      runEvalCli(['suite', '--file', file, '--provider', 'routed', ...more], {}, 300_000);
    const first = await routed('--update-baseline');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Prompts: decide@\d+\.[0-9a-f]{8}$/m);
    expect(first.stdout).toMatch(/^Per route:$/m);
    expect(first.stdout).toMatch(/^model +2 +50\.0% +100\.0% +2 +0 +\$0\.000000 /m);
    expect(first.stdout).toMatch(/^person +2 +50\.0% +100\.0% +0 +0 +– /m);
    expect(first.stdout).toContain(
      'No price known for the model (give --pricing IN,OUT per million tokens): costs are 0.',
    );
    const baselineFile = join(home, 'routes.baseline.routed-replay.json');
    const recorded = readFileSync(baselineFile, 'utf8');
    expect(JSON.parse(recorded)).toMatchObject({
      provider: 'routed',
      model: 'replay',
      promptVersions: { decide: expect.stringMatching(/^decide@/) },
      perRoute: [
        { route: 'builtin', n: 0 },
        { route: 'model', n: 2 },
        { route: 'person', n: 2 },
      ],
    });

    // The recorded answer now invents a fee: the grounding check escalates it, the pass rate falls, the gate fails,
    // and the baseline stays as it was.
    writeFileSync(
      file,
      [header, ...ids.map(caseLine)].join('\n').replace('we charge 0.5% of the amount', 'we charge 1.5% of the amount'),
    );
    const worse = await routed('--update-baseline');
    expect(worse.code).toBe(1);
    expect(worse.stderr).toMatch(/Gate failed: passRate 1 -> 0\.75 .*the baseline .* was not updated/);
    expect(worse.stdout).toMatch(/Newly failing: pay-route-model-en-01/);
    expect(readFileSync(baselineFile, 'utf8')).toBe(recorded);
  }, 300_000);

  it('bad usage: half an endpoint, a malformed price (exit 2)', async () => {
    const args = ['suite', '--file', GOLDEN];
    const half = await runEvalCli([...args, '--provider', 'routed', '--openai-model', 'gpt-4o-mini']);
    expect(half.code).toBe(2);
    expect(half.stderr).toMatch(/--provider routed takes both --openai-base-url and --openai-model .*or neither/);
    const price = await runEvalCli([...args, '--provider', 'routed', '--pricing', '0.15']);
    expect(price.code).toBe(2);
    expect(price.stderr).toMatch(/--pricing takes two prices .* not "0\.15"/);
  });
});

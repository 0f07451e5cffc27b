import { describe, expect, it } from 'vitest';
import type { AiDecision } from '../../../shared/domain/decision.js';
import type { CaseResult } from '../../../shared/evals/run-report.js';
import { compareWithBaseline, findRegressions } from '../../../evals/baseline.js';
import { checkCase } from '../../../evals/check-case.js';
import { perRoute, suiteFigures } from '../../../evals/suite-figures.js';

const resolved = (over: Partial<Extract<AiDecision, { action: 'resolve' }>> = {}): AiDecision => ({
  action: 'resolve',
  language: 'en',
  intent: 'change_pin',
  confidence: 0.99,
  reply: 'Change your PIN in the app under Card > PIN.',
  summary: null,
  engine: 'builtin',
  latencyMs: 1,
  ...over,
});
const escalated = (over: Partial<Extract<AiDecision, { action: 'escalate' }>> = {}): AiDecision => ({
  action: 'escalate',
  language: 'de',
  intent: null,
  confidence: null,
  ownerQueue: 'general',
  escalation: { code: 'human_requested', ruleId: 'catch-all', detail: 'asked' },
  draft: null,
  summary: null,
  engine: 'builtin',
  latencyMs: 2,
  ...over,
});

function result(
  id: string,
  expected: CaseResult['expected'],
  actual: Partial<CaseResult['actual']>,
  passed: boolean,
  latencyMs = 1,
): CaseResult {
  return {
    id,
    tags: [],
    passed,
    failures: passed ? [] : ['x'],
    customerText: 'x',
    expected,
    actual: {
      decision: 'resolve',
      intent: null,
      confidence: null,
      language: null,
      ownerQueue: null,
      escalationCode: null,
      escalationDetail: null,
      text: null,
      toolCalls: [],
      route: null,
      citations: [],
      ...actual,
    },
    latencyMs,
    tokens: 10,
    costUsd: 0.001,
  };
}

describe('checking one case', () => {
  it('checks the route the decision records', () => {
    const routing = {
      route: 'person' as const,
      reason: 'The model endpoint is down.',
      model: null,
      promptVersion: null,
    };
    const assist = { routing, citations: [], suggestedMacros: [], suggestedArticles: [] };
    expect(checkCase({ decision: 'escalate', route: ['person', 'builtin'] }, escalated({ assist }), [])).toEqual([]);
    expect(checkCase({ decision: 'escalate', route: 'model' }, escalated({ assist }), [])).toEqual([
      'Route: expected "model", got "person" (The model endpoint is down.).',
    ]);
    expect(checkCase({ decision: 'escalate', route: 'model' }, escalated(), [])).toEqual([
      'Route: expected "model", got none.',
    ]);
  });

  it('passes a decision that meets every expectation (accents and case ignored in phrases)', () => {
    expect(
      checkCase(
        {
          decision: 'resolve',
          intent: ['change_pin', 'pin_blocked'],
          language: 'en',
          replyContains: ['card > pin'],
          replyExcludes: ['voucher'],
        },
        resolved(),
        [],
      ),
    ).toEqual([]);
    expect(
      checkCase(
        { decision: 'escalate', ownerQueue: 'general', escalationReason: ['human_requested', 'complaint'] },
        escalated(),
        [],
      ),
    ).toEqual([]);
  });

  it('says what is wrong, one sentence per broken expectation', () => {
    const f = checkCase(
      { decision: 'escalate', intent: 'card_arrival', language: 'de', replyExcludes: ['PIN'] },
      resolved(),
      [],
    );
    expect(f).toHaveLength(4);
    expect(f[0]).toMatch(/Expected an escalation to a human, but the AI resolved/);
    expect(f[1]).toMatch(/Intent: expected "card_arrival", got "change_pin" \(99%\)/);
    expect(f[2]).toMatch(/Language: expected "de", got "en"/);
    expect(f[3]).toMatch(/contains "PIN", which it must not/);
    const g = checkCase(
      { decision: 'escalate', ownerQueue: 'security', escalationReason: 'rule', replyContains: ['hello'] },
      escalated(),
      [],
    );
    expect(g).toEqual([
      'Owner queue: expected "security", got "general" (rule catch-all).',
      'Escalation reason: expected "rule", got "human_requested".',
      'The draft should contain "hello", but there is none.',
    ]);
  });

  it('checks tool calls that must and must not run, with their arguments', () => {
    const calls = [
      { name: 'get_order_details', arguments: '{"order_id":"#W1"}', outcome: 'ran' },
      { name: 'cancel_pending_order', arguments: '{"order_id":"#W1","reason":"no longer needed"}', outcome: 'invalid' },
    ];
    expect(
      checkCase(
        {
          decision: 'resolve',
          toolCalls: [{ name: 'get_order_details', arguments: { order_id: '#W1' } }],
          noToolCalls: ['cancel_pending_order'],
        },
        resolved(),
        calls,
      ),
    ).toEqual([]);
    const f = checkCase(
      {
        decision: 'resolve',
        toolCalls: ['cancel_pending_order', { name: 'get_order_details', arguments: { order_id: '#W2' } }],
        noToolCalls: ['get_order_details'],
      },
      resolved(),
      calls,
    );
    expect(f).toEqual([
      'Tool cancel_pending_order should have run, but did not (the guard answered: invalid).',
      'Tool get_order_details ran, but not with {"order_id":"#W2"} (sent {"order_id":"#W1"}).',
      'Tool get_order_details ran, which it must not.',
    ]);
  });
});

describe('suite figures and the gate', () => {
  const E = (
    decision: 'resolve' | 'escalate',
    intent: string | null = null,
    ownerQueue: string | null = null,
    language: string | null = null,
  ) => ({ decision, intent, ownerQueue, language });
  const cases = [
    result('a', E('resolve', 'x', null, 'en'), { decision: 'resolve', intent: 'x', language: 'en' }, true, 10),
    result('b', E('resolve', 'x|y', null, 'de'), { decision: 'resolve', intent: 'y', language: 'fr' }, false, 20),
    result('c', E('escalate', null, 'security'), { decision: 'resolve' }, false, 30),
    result('d', E('escalate', null, 'security|general'), { decision: 'escalate', ownerQueue: 'general' }, true, 40),
    result('e', E('resolve'), { decision: 'escalate', ownerQueue: 'general' }, false, 50),
  ];

  it('computes every figure from the case results', () => {
    const f = suiteFigures(cases);
    expect(f).toMatchObject({
      n: 5,
      passed: 2,
      resolved: 3,
      escalated: 2,
      wrongResolutions: 2,
      missedEscalations: 1,
      needlessEscalations: 1,
      totalTokens: 50,
    });
    expect(f.passRate).toBe(0.4);
    expect(f.containment).toBe(0.6);
    expect(f.wrongResolutionRate).toBeCloseTo(2 / 3, 5);
    expect(f.missedEscalationRate).toBe(0.5);
    expect(f.needlessEscalationRate).toBeCloseTo(1 / 3, 5);
    expect(f.languageAccuracy).toBe(0.5);
    expect(f.intentAccuracy).toBe(1);
    expect(f.ownerQueueAccuracy).toBe(0.5);
    expect(f.costPerCaseUsd).toBeCloseTo(0.001, 8);
    expect(f.p50LatencyMs).toBe(30);
    expect(f.p95LatencyMs).toBe(50);
  });

  it('figures per route: share of all cases, pass rate, wrong resolutions, cost per resolution, latency', () => {
    expect(perRoute(cases)).toEqual([]);
    const routed = [
      { ...result('m1', E('resolve'), { decision: 'resolve', route: 'model' }, true, 100), costUsd: 0.002 },
      { ...result('m2', E('escalate'), { decision: 'resolve', route: 'model' }, false, 300), costUsd: 0.004 },
      { ...result('m3', E('escalate'), { decision: 'escalate', route: 'model' }, true, 200), costUsd: 0.003 },
      { ...result('b1', E('resolve'), { decision: 'resolve', route: 'builtin' }, true, 5), costUsd: 0 },
    ];
    const [builtin, model, person] = perRoute(routed);
    expect(model).toEqual({
      route: 'model',
      n: 3,
      share: 0.75,
      passed: 2,
      passRate: 0.666667,
      resolved: 2,
      wrongResolutions: 1,
      totalCostUsd: 0.009,
      // Every decision's cost over the route's resolutions: the escalation's cost counts too.
      costPerResolutionUsd: 0.0045,
      p50LatencyMs: 200,
      p95LatencyMs: 300,
    });
    expect(builtin).toMatchObject({ n: 1, share: 0.25, passRate: 1, costPerResolutionUsd: 0 });
    expect(person).toMatchObject({ n: 0, share: 0, passRate: null, costPerResolutionUsd: null, p50LatencyMs: null });
  });

  it('flags only figures that moved the wrong way beyond their tolerance; relative tolerances for cost and latency', () => {
    const base = suiteFigures(cases);
    const same = findRegressions(base, base, { passRate: 0, wrongResolutionRate: 0, p95LatencyMs: 0 });
    expect(same).toEqual([]);
    const worse = {
      ...base,
      passRate: 0.37,
      containment: 0.9,
      wrongResolutionRate: 0.7,
      p95LatencyMs: 74,
      costPerCaseUsd: 0.0016,
    };
    const r = findRegressions(worse, base, {
      passRate: 0.02,
      containment: 0.02,
      wrongResolutionRate: 0.05,
      p95LatencyMs: 0.5,
      costPerCaseUsd: 0.5,
    });
    expect(r.map((x) => x.figure)).toEqual(['passRate', 'costPerCaseUsd']);
    expect(r[0]).toMatchObject({ baseline: 0.4, current: 0.37, tolerance: 0.02, limit: 0.38 });
    expect(findRegressions({ ...worse, p95LatencyMs: 76 }, base, { p95LatencyMs: 0.5 }).map((x) => x.figure)).toEqual([
      'p95LatencyMs',
    ]);
    // Ungated figures never fail the gate, however far they move.
    expect(findRegressions({ ...base, passRate: 0 }, base, {})).toEqual([]);
  });

  it('lists cases that started or stopped failing since the baseline', () => {
    const figures = suiteFigures(cases);
    const cmp = compareWithBaseline(
      'b.json',
      {
        suite: 's',
        tenant: 't',
        provider: 'builtin',
        model: null,
        createdAt: '2026-01-01',
        figures,
        cases: { a: false, b: true, c: false, d: true },
      },
      figures,
      cases,
      {},
    );
    expect(cmp).toMatchObject({ newlyFailing: ['b'], newlyPassing: ['a'], newCases: ['e'], regressions: [] });
    expect(cmp.deltas.passRate).toBe(0);
  });
});

/** Runs every case of a suite through an engine, checks it, and sums the run up. */
import type { CaseResult, SuiteRunReport } from '../shared/evals/run-report.js';
import type { EvalCase } from '../shared/evals/suite-format.js';
import { caseTicket, customerText } from './case-ticket.js';
import { checkCase } from './check-case.js';
import type { Suite } from './load-suite.js';
import type { CaseEngine } from './suite-engines.js';
import { perRoute, perTag, suiteFigures } from './suite-figures.js';

const joined = (v: string | string[] | null | undefined) =>
  v === undefined || v === null ? null : Array.isArray(v) ? v.join('|') : v;
const clip = (s: string | null, n = 2000) => (s === null ? null : s.length > n ? `${s.slice(0, n)}…` : s);

export async function runCase(engine: CaseEngine, c: EvalCase, tenantId: string): Promise<CaseResult> {
  const input = caseTicket(c, tenantId);
  const started = performance.now();
  const { decision, toolCalls, problems = [] } = await engine.decide(input, c);
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  const failures = [...checkCase(c.expect, decision, toolCalls), ...problems];
  const escalated = decision.action === 'escalate' ? decision : null;
  return {
    id: c.id,
    tags: c.tags,
    passed: failures.length === 0,
    failures,
    customerText: clip(customerText(c))!,
    expected: {
      decision: c.expect.decision,
      intent: joined(c.expect.intent),
      ownerQueue: joined(c.expect.ownerQueue),
      language: c.expect.language ?? null,
    },
    actual: {
      decision: decision.action,
      intent: decision.intent,
      confidence: decision.confidence,
      language: decision.language,
      ownerQueue: escalated?.ownerQueue ?? null,
      escalationCode: escalated?.escalation.code ?? null,
      escalationDetail: escalated ? clip(escalated.escalation.detail) : null,
      text: clip(decision.action === 'resolve' ? decision.reply : decision.draft),
      toolCalls: toolCalls.map((t) => ({ name: t.name, outcome: t.outcome })),
      route: decision.assist?.routing.route ?? null,
      citations: (decision.assist?.citations ?? []).map((c) => `${c.articleId}:${c.language}`),
    },
    latencyMs,
    tokens: (decision.usage?.promptTokens ?? 0) + (decision.usage?.completionTokens ?? 0),
    costUsd: decision.usage?.costUsd ?? 0,
  };
}

export interface RunSuiteOptions {
  engineOverride?: string | null;
  onProgress?: (done: number, total: number, last: CaseResult) => void;
  /** Stops between cases when it returns true (the console's Cancel). */
  shouldStop?: () => boolean;
}

export async function runSuite(
  suite: Suite,
  engine: CaseEngine,
  options: RunSuiteOptions = {},
): Promise<SuiteRunReport> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const cases: CaseResult[] = [];
  const skipped = suite.cases.flatMap((c) => {
    const reason = engine.skips(c);
    return reason === null ? [] : [{ id: c.id, reason }];
  });
  const skippedIds = new Set(skipped.map((s) => s.id));
  const runnable = suite.cases.filter((c) => !skippedIds.has(c.id));
  for (const c of runnable) {
    if (options.shouldStop?.()) break;
    const result = await runCase(engine, c, suite.header.tenant);
    cases.push(result);
    options.onProgress?.(cases.length, runnable.length, result);
  }
  return {
    suite: { name: suite.header.name, tenant: suite.header.tenant, file: suite.file },
    provider: engine.provider,
    model: engine.model,
    pricing: engine.pricing,
    promptVersions: engine.promptVersions,
    startedAt,
    durationMs: Math.round(performance.now() - t0),
    engineOverride: options.engineOverride ?? null,
    figures: suiteFigures(cases),
    perRoute: perRoute(cases),
    perTag: perTag(cases),
    cases,
    skipped,
    comparison: null,
  };
}

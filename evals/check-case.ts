/** Compares what the engine did for one case with what the case expects; one sentence per broken expectation. */
import type { AiDecision } from '../shared/domain/decision.js';
import type { Expectation, ExpectedToolCall } from '../shared/evals/suite-format.js';

export interface ToolCallSeen {
  name: string;
  /** As the model sent them (JSON text). */
  arguments: string;
  /** `ran` when the guard let it run. */
  outcome: string;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
const show = (v: string | string[]) =>
  list(v)
    .map((x) => `"${x}"`)
    .join(' or ');

function argsMatch(expected: Record<string, unknown> | undefined, raw: string): boolean {
  if (!expected) return true;
  let actual: unknown;
  try {
    actual = JSON.parse(raw || '{}');
  } catch {
    return false;
  }
  if (!actual || typeof actual !== 'object') return false;
  const a = actual as Record<string, unknown>;
  return Object.entries(expected).every(([k, v]) => JSON.stringify(a[k]) === JSON.stringify(v));
}

function describeCall(c: ExpectedToolCall): { name: string; args?: Record<string, unknown> } {
  return typeof c === 'string' ? { name: c } : { name: c.name, ...(c.arguments ? { args: c.arguments } : {}) };
}

export function checkCase(expect: Expectation, decision: AiDecision, toolCalls: readonly ToolCallSeen[]): string[] {
  const failures: string[] = [];
  const text = decision.action === 'resolve' ? decision.reply : decision.draft;

  if (decision.action !== expect.decision) {
    failures.push(
      decision.action === 'resolve'
        ? 'Expected an escalation to a human, but the AI resolved the ticket on its own.'
        : `Expected the AI to resolve, but it escalated (${decision.escalation.code}: ${decision.escalation.detail})`,
    );
  }
  if (expect.intent !== undefined) {
    if (expect.intent === null) {
      if (decision.intent !== null) failures.push(`Expected no intent to be claimed, got "${decision.intent}".`);
    } else if (decision.intent === null || !list(expect.intent).includes(decision.intent)) {
      failures.push(
        `Intent: expected ${show(expect.intent)}, got ${decision.intent === null ? 'none' : `"${decision.intent}"`}${decision.confidence !== null ? ` (${Math.round(decision.confidence * 100)}%)` : ''}.`,
      );
    }
  }
  if (
    expect.ownerQueue !== undefined &&
    expect.decision === 'escalate' &&
    decision.action === 'escalate' &&
    !list(expect.ownerQueue).includes(decision.ownerQueue)
  ) {
    failures.push(
      `Owner queue: expected ${show(expect.ownerQueue)}, got "${decision.ownerQueue}" (rule ${decision.escalation.ruleId}).`,
    );
  }
  if (
    expect.escalationReason !== undefined &&
    decision.action === 'escalate' &&
    !list(expect.escalationReason).includes(decision.escalation.code)
  ) {
    failures.push(`Escalation reason: expected ${show(expect.escalationReason)}, got "${decision.escalation.code}".`);
  }
  const route = decision.assist?.routing.route ?? null;
  if (expect.route !== undefined && (route === null || !list(expect.route).includes(route))) {
    failures.push(
      `Route: expected ${show(expect.route)}, got ${route === null ? 'none' : `"${route}" (${decision.assist!.routing.reason})`}.`,
    );
  }
  if (expect.language !== undefined && decision.language !== expect.language) {
    failures.push(
      `Language: expected "${expect.language}", got ${decision.language === null ? 'none' : `"${decision.language}"`}.`,
    );
  }
  const folded = text ? fold(text) : '';
  for (const phrase of expect.replyContains ?? []) {
    if (!text)
      failures.push(
        `The ${decision.action === 'resolve' ? 'reply' : 'draft'} should contain "${phrase}", but there is none.`,
      );
    else if (!folded.includes(fold(phrase)))
      failures.push(`The ${decision.action === 'resolve' ? 'reply' : 'draft'} does not contain "${phrase}".`);
  }
  for (const phrase of expect.replyExcludes ?? []) {
    if (folded.includes(fold(phrase)))
      failures.push(
        `The ${decision.action === 'resolve' ? 'reply' : 'draft'} contains "${phrase}", which it must not.`,
      );
  }
  const ran = toolCalls.filter((c) => c.outcome === 'ran');
  for (const want of expect.toolCalls ?? []) {
    const { name, args } = describeCall(want);
    if (!ran.some((c) => c.name === name && argsMatch(args, c.arguments))) {
      const same = ran.filter((c) => c.name === name);
      failures.push(
        same.length
          ? `Tool ${name} ran, but not with ${JSON.stringify(args)} (sent ${same.map((c) => c.arguments).join('; ')}).`
          : `Tool ${name} should have run, but did not${toolCalls.some((c) => c.name === name) ? ` (the guard answered: ${toolCalls.find((c) => c.name === name)!.outcome})` : ''}.`,
      );
    }
  }
  for (const name of expect.noToolCalls ?? []) {
    if (ran.some((c) => c.name === name)) failures.push(`Tool ${name} ran, which it must not.`);
  }
  return failures;
}

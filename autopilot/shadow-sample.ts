import { MAX_SHADOW_DISAGREEMENTS, type AiHealthEvent } from '../shared/api/ai-health-contract.js';
import type { AiDecision } from '../shared/domain/decision.js';
import { newTicket, type EscalationReasonCode, type Message, type Ticket } from '../shared/domain/ticket.js';
import type { RoutingPolicy } from '../shared/settings/routing-policy.js';
import type { AiEngineInput } from '../engine/engine.js';

/**
 * What a shadow run compares (issue 17): a recently handled ticket's outcome, the same ticket re-decided as new by the
 * current engine (prompt and model), and the run's figures against the tenant's tolerance.
 */

export interface ShadowOutcome {
  action: 'resolve' | 'escalate';
  /** The owner queue of an escalation; null for a resolution. */
  ownerQueue: string | null;
}

/** One sampled ticket: what happened to it, and what the engine decides now (null: it failed or took too long). */
export interface ShadowCase {
  ticketId: string;
  was: ShadowOutcome;
  now: AiDecision | null;
}

/**
 * What happened to a handled ticket, or null when it is no sample: resolved by the AI and no person touched it
 * (not reopened, not answered) -> resolve; resolved by a person -> escalate to its owner queue. Open tickets are not
 * decided yet.
 */
export function handledOutcome(ticket: Ticket): ShadowOutcome | null {
  if (ticket.status === 'ai_resolved' && !ticket.humanTouched) return { action: 'resolve', ownerQueue: null };
  if (ticket.status === 'resolved' && ticket.ownerQueue !== null)
    return { action: 'escalate', ownerQueue: ticket.ownerQueue };
  return null;
}

/** The ticket as it arrived (nothing decided) with the customer's messages before anyone answered, for the engine. */
export function replayInput(ticket: Ticket, messages: readonly Message[]): AiEngineInput {
  const asNew = newTicket({
    id: ticket.id,
    tenantId: ticket.tenantId,
    subject: ticket.subject,
    customer: ticket.customer,
    channel: ticket.channel,
    at: ticket.createdAt,
    seq: ticket.seq,
  });
  const byTime = [...messages].sort((a, b) => a.seq - b.seq);
  const firstAnswer = byTime.findIndex((message) => message.author !== 'customer');
  const asked = firstAnswer === -1 ? byTime : byTime.slice(0, firstAnswer);
  return { ticket: asNew, messages: asked, mode: 'shadow' };
}

/** Escalations whose cause is a guard refusing the model's answer or tool call. */
const GUARD_CODES: ReadonlySet<EscalationReasonCode> = new Set(['ungrounded', 'integration_drift']);

/**
 * Whether a guard refused the decision's answer: ungrounded, integration drift, or a model_error that carries the
 * model's draft (a reply check held it; an outage has no draft).
 */
export function isGuardRefusal(decision: AiDecision): boolean {
  if (decision.action !== 'escalate') return false;
  return GUARD_CODES.has(decision.escalation.code) || (decision.escalation.code === 'model_error' && !!decision.draft);
}

export function outcomeOf(decision: AiDecision): ShadowOutcome {
  return decision.action === 'resolve'
    ? { action: 'resolve', ownerQueue: null }
    : { action: 'escalate', ownerQueue: decision.ownerQueue };
}

function agrees(was: ShadowOutcome, now: ShadowOutcome): boolean {
  return was.action === now.action && (was.action === 'resolve' || was.ownerQueue === now.ownerQueue);
}

/** A run's figures; `event` is null when no decision asked a model (there is no prompt version to judge). */
export interface ShadowRunSummary {
  sampled: number;
  agreement: number;
  guardRefusalRate: number;
  event: Extract<AiHealthEvent, { kind: 'shadow_run' }> | null;
}

/**
 * The run's agreement (re-decisions that match what happened, of all sampled; one that failed does not agree), guard
 * refusal rate, the first disagreements, and the prompt version and model most of the decisions were made with.
 */
export function summarizeShadowRun(cases: readonly ShadowCase[], tolerance: RoutingPolicy['shadow']): ShadowRunSummary {
  const sampled = cases.length;
  const share = (count: number) => (sampled === 0 ? 1 : count / sampled);
  const disagreeing = cases.filter((sample) => !sample.now || !agrees(sample.was, outcomeOf(sample.now)));
  const refused = cases.filter((sample) => sample.now && isGuardRefusal(sample.now)).length;
  const agreement = share(sampled - disagreeing.length);
  const guardRefusalRate = sampled === 0 ? 0 : refused / sampled;
  const promptVersion = mostCommon(cases.map((sample) => sample.now?.assist?.routing.promptVersion ?? null));
  const model = mostCommon(cases.map((sample) => sample.now?.assist?.routing.model ?? null));
  if (promptVersion === null || model === null) return { sampled, agreement, guardRefusalRate, event: null };
  return {
    sampled,
    agreement,
    guardRefusalRate,
    event: {
      kind: 'shadow_run',
      promptVersion,
      model,
      sampled,
      agreement,
      guardRefusalRate,
      minAgreement: tolerance.minAgreement,
      maxGuardRefusalRate: tolerance.maxGuardRefusalRate,
      disagreements: disagreeing
        .filter((sample): sample is ShadowCase & { now: AiDecision } => sample.now !== null)
        .slice(0, MAX_SHADOW_DISAGREEMENTS)
        .map((sample) => ({ ticketId: sample.ticketId, was: sample.was, now: outcomeOf(sample.now) })),
    },
  };
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

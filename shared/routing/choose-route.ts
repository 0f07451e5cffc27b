/**
 * Who answers a ticket, defined once (issue 17): the routed engine (engine/routing) asks it for every ticket and the
 * routing policy's preview (the lead's editor) asks it for the recent tickets, so both say the same.
 *
 * The built-in engine has decided first (it costs nothing). Its resolution stands. What the rules or the customer's
 * own words send to people goes to people (the model may still write the summary and draft: `assist`). The rest (the
 * built-in engine unsure, or without an answer) goes to the model when the policy lets it through; when the model cannot
 * be asked (budget used up, endpoint down), the policy says whether people get it or the built-in engine answers at its
 * fallback threshold.
 */
import type { EscalationReasonCode } from '../domain/ticket.js';
import type { RoutingPolicy } from '../settings/routing-policy.js';

/** Escalations the rules, the customer's signals or a person's involvement decide: the model does not overrule them. */
export const PEOPLE_FIRST_CODES: ReadonlySet<EscalationReasonCode> = new Set([
  'human_requested',
  'complaint',
  'rule',
  'human_owned',
  'reopened',
]);

/** What the built-in engine made of the ticket. */
export interface BuiltinOutcome {
  action: 'resolve' | 'escalate';
  /** The escalation's code; null for a resolution. */
  code: EscalationReasonCode | null;
  intent: string | null;
  confidence: number | null;
  /** The owner queue its rules named; null for a resolution. */
  ownerQueue: string | null;
  /** Whether it had an answer from a published article (the reply, or the draft of its escalation). */
  hasAnswer: boolean;
}

/** Whether the model can be asked right now. */
export interface ModelAvailability {
  /** A provider (endpoint and model) is configured for this tenant's AI. */
  configured: boolean;
  /** The month's budget (shared/routing/model-budget.ts budgetState). */
  budget: 'ok' | 'warning' | 'exhausted';
  /** False after the endpoint failed (the routed engine asks again with it false when a call fails). */
  up: boolean;
}

export type RouteChoice =
  /** The built-in engine's decision stands (its resolution, or `fallback`: its answer sent at the fallback threshold). */
  | { route: 'builtin'; fallback: boolean; reason: string }
  /** The model decides: it may resolve, or escalate with its summary and draft. `alert`: over budget, leads told. */
  | { route: 'model'; alert: boolean; reason: string }
  /**
   * People answer. `assist`: the model writes the summary and draft. `code`: the escalation's code when the route
   * changes it (budget_exhausted, model_error), else the built-in engine's stands.
   */
  | { route: 'person'; assist: boolean; code: EscalationReasonCode | null; reason: string };

const pct = (p: number | null) => (p === null ? 'no confidence' : `${Math.round(p * 100)}%`);

/** The route of one ticket under the policy. */
export function chooseRoute(policy: RoutingPolicy, builtin: BuiltinOutcome, model: ModelAvailability): RouteChoice {
  if (builtin.action === 'resolve')
    return { route: 'builtin', fallback: false, reason: `The built-in engine was sure (${pct(builtin.confidence)}).` };
  const modelOn = policy.model.enabled && model.configured;
  const askable =
    modelOn && model.up && (model.budget !== 'exhausted' || policy.budget.whenExhausted === 'model_with_alert');
  if (builtin.code !== null && PEOPLE_FIRST_CODES.has(builtin.code))
    return {
      route: 'person',
      assist: askable && policy.model.assistEscalations,
      code: null,
      reason: `The built-in engine escalated (${builtin.code}); that goes to people.`,
    };
  if (!modelOn)
    return {
      route: 'person',
      assist: false,
      code: null,
      reason: policy.model.enabled ? 'No model is configured.' : 'The routing policy has the model off.',
    };
  const intentAllowed =
    policy.model.intents.length === 0 || (builtin.intent !== null && policy.model.intents.includes(builtin.intent));
  const queueAllowed =
    policy.model.queues.length === 0 ||
    (builtin.ownerQueue !== null && policy.model.queues.includes(builtin.ownerQueue));
  if (!intentAllowed || !queueAllowed)
    return {
      route: 'person',
      assist: false,
      code: null,
      reason: !intentAllowed
        ? `The routing policy does not send intent ${builtin.intent ?? 'unknown'} to the model.`
        : `The routing policy does not send queue ${builtin.ownerQueue ?? 'unknown'} to the model.`,
    };
  if (!model.up) return unavailable(policy, policy.whenModelDown, builtin, 'model_error', 'The model endpoint is down');
  if (model.budget === 'exhausted') {
    if (policy.budget.whenExhausted === 'model_with_alert')
      return {
        route: 'model',
        alert: true,
        reason: "The month's model budget is used up; the policy keeps the model on.",
      };
    return unavailable(
      policy,
      policy.budget.whenExhausted,
      builtin,
      'budget_exhausted',
      "The month's model budget is used up",
    );
  }
  return {
    route: 'model',
    alert: false,
    reason: `The built-in engine was unsure (${builtin.code ?? 'escalated'}, ${pct(builtin.confidence)}); the policy sends it to the model.`,
  };
}

function unavailable(
  policy: RoutingPolicy,
  action: RoutingPolicy['whenModelDown'],
  builtin: BuiltinOutcome,
  code: EscalationReasonCode,
  why: string,
): RouteChoice {
  if (action !== 'builtin')
    return { route: 'person', assist: false, code, reason: `${why}; the policy sends it to people.` };
  const sure =
    builtin.hasAnswer && builtin.confidence !== null && builtin.confidence >= policy.fallbackResolveThreshold;
  return sure
    ? {
        route: 'builtin',
        fallback: true,
        reason: `${why}; the built-in engine answers at its fallback threshold (${pct(builtin.confidence)}).`,
      }
    : {
        route: 'person',
        assist: false,
        code,
        reason: `${why}; the built-in engine is below its fallback threshold (${pct(builtin.confidence)}).`,
      };
}

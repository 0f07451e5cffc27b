/**
 * The eval suite file format (JSON Lines). Line 1 is the suite header; every other non-blank line is one
 * case. Shared so the console can show suites and a lead's flagged tickets can be written as cases.
 *
 *   {"suite":{"name":"Golden","tenant":"<tenant id>","gate":{"passRate":0.02,"wrongResolutionRate":0.005}}}
 *   {"id":"en-001","messages":["My card has not arrived"],"expect":{"decision":"resolve","intent":"card_arrival","language":"en"}}
 */
import { z } from 'zod';
import { AiRouteSchema } from '../domain/ai-assist.js';
import { CustomerTierSchema, EscalationReasonCodeSchema } from '../domain/ticket.js';
import { RoutingPolicySchema } from '../settings/routing-policy.js';
import { ModelReplaySchema } from './model-replay.js';

/** Figures a suite run reports; the gate compares them with the baseline. */
export const FIGURE_NAMES = [
  'passRate',
  'containment',
  'wrongResolutionRate',
  'missedEscalationRate',
  'needlessEscalationRate',
  'languageAccuracy',
  'intentAccuracy',
  'ownerQueueAccuracy',
  'costPerCaseUsd',
  'tokensPerCase',
  'p50LatencyMs',
  'p95LatencyMs',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** Higher is better for these; lower is better for the rest. */
export const HIGHER_IS_BETTER: ReadonlySet<FigureName> = new Set([
  'passRate',
  'containment',
  'languageAccuracy',
  'intentAccuracy',
  'ownerQueueAccuracy',
]);
/** Tolerances for these are relative (0.5 = up to 50% worse than the baseline); for the rest, absolute (0.02 = two points). */
export const RELATIVE_FIGURES: ReadonlySet<FigureName> = new Set([
  'costPerCaseUsd',
  'tokensPerCase',
  'p50LatencyMs',
  'p95LatencyMs',
]);

/** Shares of the cases (0 to 1, gated in points, shown as percentages): every figure not gated relatively. */
export const RATIO_FIGURES: ReadonlySet<FigureName> = new Set(FIGURE_NAMES.filter((f) => !RELATIVE_FIGURES.has(f)));

const Tolerance = z.number().min(0).max(1000);

/** How far each figure may move the wrong way from the baseline before the gate fails; figures left out are not gated. */
export const GateSchema = z.strictObject(
  Object.fromEntries(FIGURE_NAMES.map((f) => [f, Tolerance.optional()])) as Record<
    FigureName,
    z.ZodOptional<typeof Tolerance>
  >,
);
export type Gate = z.infer<typeof GateSchema>;

export const SuiteHeaderSchema = z.strictObject({
  suite: z.strictObject({
    name: z.string().min(1).max(200),
    /** The tenant whose configuration the cases are written for (a seed tenant's id). */
    tenant: z.string().min(1).max(100),
    description: z.string().max(4000).optional(),
    gate: GateSchema.default({}),
  }),
});
export type SuiteHeader = z.infer<typeof SuiteHeaderSchema>;

export const CaseMessageSchema = z.union([
  z.string().min(1).max(20_000),
  z.strictObject({ author: z.enum(['customer', 'agent', 'ai']), text: z.string().min(1).max(20_000) }),
]);

const ToolName = z.string().min(1).max(64);
/** Phrases a reply must or must not hold: a few, each short. */
const Phrases = z.array(z.string().min(1).max(500)).max(50);

/** One expected tool call: its name, and optionally argument values that must match exactly. */
export const ExpectedToolCallSchema = z.union([
  ToolName,
  z.strictObject({
    name: ToolName,
    arguments: z
      .record(z.string().max(200), z.unknown())
      .refine((a) => JSON.stringify(a).length <= 20_000, 'The expected arguments are longer than 20000 characters.')
      .optional(),
  }),
]);
export type ExpectedToolCall = z.infer<typeof ExpectedToolCallSchema>;

const OneOrMany = z.union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).min(1).max(50)]);

export const ExpectationSchema = z.strictObject({
  decision: z.enum(['resolve', 'escalate']),
  /** The intent (or any of several, for ambiguous and multi-intent messages); null: no intent should be claimed. */
  intent: z.union([OneOrMany, z.null()]).optional(),
  ownerQueue: OneOrMany.optional(),
  /** Escalation reason code(s) accepted, e.g. human_requested. */
  escalationReason: z
    .union([EscalationReasonCodeSchema, z.array(EscalationReasonCodeSchema).min(1).max(20)])
    .optional(),
  /** Who answered (the routed provider only): the built-in engine, the model, or a person. */
  route: z.union([AiRouteSchema, z.array(AiRouteSchema).min(1).max(3)]).optional(),
  /** ISO 639-1 code of the customer's language the decision must report. */
  language: z.string().min(2).max(10).optional(),
  /** Phrases the reply (or, when escalated, the draft) must contain; case and accents ignored. */
  replyContains: Phrases.optional(),
  /** Phrases neither the reply nor the draft may contain (leaked data, injected text, forbidden promises). */
  replyExcludes: Phrases.optional(),
  /** Tool calls that must run (OpenAI provider). */
  toolCalls: z.array(ExpectedToolCallSchema).max(50).optional(),
  /** Tools that must not run. */
  noToolCalls: z.array(ToolName).max(50).optional(),
});
export type Expectation = z.infer<typeof ExpectationSchema>;

/**
 * The routing policy a case runs under: the tenant's seed policy with these fields replaced (the routed provider
 * only). E.g. `{"budget":{"whenExhausted":"builtin"}}`, `{"whenModelDown":"people"}`.
 */
export const PolicyOverrideSchema = z.strictObject({
  model: RoutingPolicySchema.shape.model.partial().optional(),
  budget: RoutingPolicySchema.shape.budget.partial().optional(),
  whenModelDown: RoutingPolicySchema.shape.whenModelDown.optional(),
  fallbackResolveThreshold: RoutingPolicySchema.shape.fallbackResolveThreshold.optional(),
  forbiddenPromises: RoutingPolicySchema.shape.forbiddenPromises.optional(),
});
export type PolicyOverride = z.infer<typeof PolicyOverrideSchema>;

/** The state of the tenant a case is decided in (the routed provider only). */
export const CaseConditionsSchema = z.strictObject({
  /** What is left of the month's model budget, in US dollars: 0 is used up. Left out: the seed policy's, unspent. */
  budgetUsd: z.number().min(0).max(1_000_000).optional(),
  policy: PolicyOverrideSchema.optional(),
});
export type CaseConditions = z.infer<typeof CaseConditionsSchema>;

export const EvalCaseSchema = z.strictObject({
  id: z.string().min(1).max(200),
  /** Free labels for slicing the report: human_request, angry, injection, pii, ambiguous, multi_intent... */
  tags: z.array(z.string().min(1).max(50)).max(20).default([]),
  /** The thread, oldest first: plain strings are the customer's messages. */
  messages: z.array(CaseMessageSchema).min(1).max(50),
  customer: z
    .strictObject({
      id: z.string().min(1).max(200).optional(),
      name: z.string().min(1).max(200).optional(),
      email: z.string().max(320).optional(),
      tier: CustomerTierSchema.optional(),
    })
    .optional(),
  /** The order the ticket is about (shown in the subject), when the channel knows it. */
  order: z.strictObject({ id: z.string().min(1).max(100) }).optional(),
  subject: z.string().max(300).optional(),
  /** Where the case came from (e.g. a flagged ticket id) and why the expectation is what it is. */
  note: z.string().max(2000).optional(),
  /** The tenant's state for this case: the budget left, the routing policy's overrides (routed provider only). */
  conditions: CaseConditionsSchema.optional(),
  /**
   * The model's recorded answers, replayed when the routed run has no endpoint of its own, or `outage` (the endpoint
   * answers 500 to everything). Left out: the model is not expected to be asked.
   */
  model: ModelReplaySchema.optional(),
  expect: ExpectationSchema,
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

/** Why a case runs only under the routed provider (its route, conditions or model answers), or null when it runs under any. */
export function routedOnlyReason(c: EvalCase): string | null {
  if (c.model !== undefined) return 'it carries the model’s recorded answers';
  if (c.conditions !== undefined) return 'it sets routing conditions (budget, policy)';
  if (c.expect.route !== undefined) return 'it expects a route';
  return null;
}
export type EvalCaseInput = z.input<typeof EvalCaseSchema>;

import { z } from 'zod';
import { IntentNameSchema } from './setting-values.js';

/**
 * The tenant's routing policy (issue 17): who answers each ticket. The built-in engine answers what it is sure of at no
 * cost; the model gets the rest that the policy lets through (intents, owner queues) while the month's budget lasts;
 * people get what the rules, the customer's signals or the model's own doubt send them. One item, ROUTING_POLICY_ID,
 * edited by leads and admins and previewed like the escalation rules. A tenant without one uses DEFAULT_ROUTING_POLICY
 * (the model is off until a lead turns it on).
 */
export const ROUTING_POLICY_ID = 'routing';

/** What happens to a ticket the model would have had when the model cannot be asked (budget used up, or down). */
export const MODEL_UNAVAILABLE_ACTIONS = [
  /** Escalated to the owner the rules name, with the reason (budget_exhausted, model_error). */
  'people',
  /** The built-in engine resolves it at or above `fallbackResolveThreshold`, else it goes to people. */
  'builtin',
] as const;
export const ModelUnavailableActionSchema = z.enum(MODEL_UNAVAILABLE_ACTIONS);

/** When the month's budget is used up: as when the model is unavailable, or keep asking it and alert the leads. */
export const BudgetExhaustedActionSchema = z.enum([...MODEL_UNAVAILABLE_ACTIONS, 'model_with_alert']);
export type BudgetExhaustedAction = z.infer<typeof BudgetExhaustedActionSchema>;

const share = (what: string) => z.number().min(0, `${what} is at least 0.`).max(1, `${what} is at most 1 (100%).`);

export const MAX_MONTHLY_BUDGET_USD = 1_000_000;

export const RoutingPolicySchema = z.strictObject({
  model: z.strictObject({
    /** Off: no ticket reaches the model (the built-in engine and people only). */
    enabled: z.boolean(),
    /** The intents (the built-in engine's best guess) whose tickets may go to the model; empty: any, unknown included. */
    intents: z.array(IntentNameSchema).max(500, 'At most 500 intents.'),
    /** The owner queues (as the rules name them) whose tickets may go to the model; empty: any. */
    queues: z.array(z.string().min(1).max(100)).max(200, 'At most 200 queues.'),
    /** The model's own confidence below which its answer is a draft for a person, not a reply. */
    minConfidence: share('The model confidence'),
    /** The model writes the summary and draft (with citations) of escalations that rules or signals send to people. */
    assistEscalations: z.boolean(),
  }),
  budget: z.strictObject({
    /** US dollars per calendar month (UTC) of model use; null: no limit. */
    monthlyUsd: z
      .number()
      .min(0, 'The budget is at least 0.')
      .max(MAX_MONTHLY_BUDGET_USD, `The budget is at most ${MAX_MONTHLY_BUDGET_USD} US dollars a month.`)
      .nullable(),
    /** Share of the budget at which leads are warned. */
    warnAt: share('The warning level'),
    whenExhausted: BudgetExhaustedActionSchema,
  }),
  whenModelDown: ModelUnavailableActionSchema,
  /** The built-in engine's resolve threshold while the model cannot be asked (the `builtin` actions above). */
  fallbackResolveThreshold: share('The fallback threshold'),
  /** Phrases the AI never offers a customer (e.g. "lifetime warranty"); a reply that holds one becomes a draft. */
  forbiddenPromises: z.array(z.string().trim().min(1).max(200)).max(100, 'At most 100 phrases.'),
  /** Re-deciding a sample of recently resolved tickets with the current prompt and model, to catch prompt rot. */
  shadow: z.strictObject({
    enabled: z.boolean(),
    everyHours: z.number().int().min(1, 'At least every hour.').max(168, 'At most every 168 hours (a week).'),
    sampleSize: z.number().int().min(5, 'At least 5 tickets.').max(200, 'At most 200 tickets.'),
    /** Leads are alerted when the share of re-decisions that agree with what happened falls below this. */
    minAgreement: share('The agreement tolerance'),
    /** ... or when the share of re-decisions the guards refused rises above this. */
    maxGuardRefusalRate: share('The refusal tolerance'),
  }),
});
export type RoutingPolicy = z.infer<typeof RoutingPolicySchema>;

/** A tenant's policy until a lead saves one: the model off, everything else at its most cautious. */
export const DEFAULT_ROUTING_POLICY: RoutingPolicy = {
  model: { enabled: false, intents: [], queues: [], minConfidence: 0.7, assistEscalations: true },
  budget: { monthlyUsd: 0, warnAt: 0.8, whenExhausted: 'people' },
  whenModelDown: 'people',
  fallbackResolveThreshold: 0.9,
  forbiddenPromises: [],
  shadow: { enabled: false, everyHours: 24, sampleSize: 50, minAgreement: 0.85, maxGuardRefusalRate: 0.1 },
};

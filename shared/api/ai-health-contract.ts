import { z } from 'zod';
import { AiRouteSchema, PromptVersionSchema } from '../domain/ai-assist.js';

/**
 * What the AI's own checks report to the queue and leads read (issue 17): integration drift (a tenant tool answered
 * outside its declared schema), shadow runs (recent resolved tickets re-decided with the current prompt and model:
 * agreement and guard refusals against the tenant's tolerance) and the month's model budget. Autopilots post them
 * (POST /v1/ai/health); leads and admins read them (GET /v1/ai/health) and the month's spend (GET /v1/ai/spend).
 */

export const MAX_HEALTH_PROBLEM_LENGTH = 1_000;
export const MAX_SHADOW_DISAGREEMENTS = 20;

const outcome = z.strictObject({
  action: z.enum(['resolve', 'escalate']),
  ownerQueue: z.string().max(100).nullable(),
});

export const AiHealthEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('integration_drift'),
    /** The tool_api setting's id. */
    toolApiId: z.string().min(1).max(100),
    operationId: z.string().min(1).max(200),
    ticketId: z.string().min(1).max(100),
    /** What differed, e.g. "$.total: expected number, got string". */
    problem: z.string().min(1).max(MAX_HEALTH_PROBLEM_LENGTH),
  }),
  z.strictObject({
    kind: z.literal('shadow_run'),
    promptVersion: PromptVersionSchema,
    model: z.string().min(1).max(200),
    sampled: z.number().int().min(0).max(1_000),
    /** Share of re-decisions that match what happened to the ticket. */
    agreement: z.number().min(0).max(1),
    /** Share of re-decisions whose reply or tool call a guard refused. */
    guardRefusalRate: z.number().min(0).max(1),
    /** The tenant's tolerance at the time of the run. */
    minAgreement: z.number().min(0).max(1),
    maxGuardRefusalRate: z.number().min(0).max(1),
    disagreements: z
      .array(z.strictObject({ ticketId: z.string().min(1).max(100), was: outcome, now: outcome }))
      .max(MAX_SHADOW_DISAGREEMENTS),
  }),
  z.strictObject({
    kind: z.literal('budget'),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    monthlyUsd: z.number().min(0),
    spentUsd: z.number().min(0),
    state: z.enum(['warning', 'exhausted']),
  }),
]);
export type AiHealthEvent = z.infer<typeof AiHealthEventSchema>;
export type AiHealthEventKind = AiHealthEvent['kind'];

/** An event as the queue keeps it: `alert` when leads must act (drift, a shadow run past tolerance, the budget). */
export const StoredAiHealthEventSchema = z.strictObject({
  id: z.string(),
  at: z.string(),
  alert: z.boolean(),
  event: AiHealthEventSchema,
  /** Times reported (drift of one tool operation within a UTC hour is one event, counted); absent: once. */
  count: z.number().int().min(1).optional(),
});
export type StoredAiHealthEvent = z.infer<typeof StoredAiHealthEventSchema>;

export const MAX_HEALTH_EVENTS_PAGE = 200;

export const AiHealthQuerySchema = z.strictObject({
  /** Only events after this time (ISO). */
  since: z.string().datetime({ offset: true }).optional(),
  kind: z.enum(['integration_drift', 'shadow_run', 'budget']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_HEALTH_EVENTS_PAGE).default(50),
});
export type AiHealthQuery = Partial<z.output<typeof AiHealthQuerySchema>>;

/** Newest first. */
export const AiHealthEventsSchema = z.strictObject({ events: z.array(StoredAiHealthEventSchema) });
export type AiHealthEvents = z.infer<typeof AiHealthEventsSchema>;

/** Model use of one calendar month (UTC), summed over the AI decisions the queue applied, by route. */
export const AiSpendSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  spentUsd: z.number().min(0),
  decisions: z.number().int().min(0),
  byRoute: z.record(
    AiRouteSchema,
    z.strictObject({ decisions: z.number().int().min(0), costUsd: z.number().min(0), tokens: z.number().int().min(0) }),
  ),
});
export type AiSpend = z.infer<typeof AiSpendSchema>;

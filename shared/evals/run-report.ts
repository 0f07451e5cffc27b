/** What one run of an eval suite produced, and how it compares with the stored baseline. */
import { z } from 'zod';
import { AiRouteSchema, PromptVersionSchema } from '../domain/ai-assist.js';
import { FIGURE_NAMES, type FigureName } from './suite-format.js';

/**
 * What answers a suite's cases: the built-in engine alone, the OpenAI-compatible engine with the tenant's tools, or
 * the routed engine (built-in engine, model and people by the tenant's routing policy; issue 17).
 */
export const EVAL_PROVIDERS = ['builtin', 'openai', 'routed'] as const;
export const EvalProviderNameSchema = z.enum(EVAL_PROVIDERS);
export type EvalProviderName = z.infer<typeof EvalProviderNameSchema>;

const Figure = z.number().nullable();

export const SuiteFiguresSchema = z.strictObject({
  n: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  resolved: z.number().int().nonnegative(),
  escalated: z.number().int().nonnegative(),
  /** Resolved cases that fail any expectation (missed escalations included). */
  wrongResolutions: z.number().int().nonnegative(),
  /** Expected to escalate, resolved by the AI. */
  missedEscalations: z.number().int().nonnegative(),
  /** Expected to be resolved, escalated by the AI. */
  needlessEscalations: z.number().int().nonnegative(),
  totalCostUsd: z.number().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
  ...(Object.fromEntries(FIGURE_NAMES.map((f) => [f, Figure])) as Record<FigureName, typeof Figure>),
});
export type SuiteFigures = z.infer<typeof SuiteFiguresSchema>;

/** The figures of the cases one route answered (the routed provider): the suite's figures of that slice, and its share. */
export const RouteFiguresSchema = z.strictObject({
  route: AiRouteSchema,
  n: z.number().int().nonnegative(),
  /** Of all the run's cases. */
  share: z.number().min(0).max(1),
  passed: z.number().int().nonnegative(),
  passRate: Figure,
  resolved: z.number().int().nonnegative(),
  wrongResolutions: z.number().int().nonnegative(),
  totalCostUsd: z.number().nonnegative(),
  /** The route's total cost over its resolutions; null when it resolved none. */
  costPerResolutionUsd: Figure,
  p50LatencyMs: Figure,
  p95LatencyMs: Figure,
});
export type RouteFigures = z.infer<typeof RouteFiguresSchema>;

/** The price the run's costs were computed with, in US dollars per million tokens, and where it came from. */
export const RunPricingSchema = z.strictObject({
  inputPerMillion: z.number().nonnegative(),
  outputPerMillion: z.number().nonnegative(),
  /** `flag`: --pricing; `known`: the model's list price; `none`: no price known, costs are 0. */
  source: z.enum(['flag', 'known', 'none']),
});
export type RunPricing = z.infer<typeof RunPricingSchema>;

/** Prompt file name (e.g. `decide`) -> the version a run asked the model with. */
export const PromptVersionsSchema = z.record(z.string().min(1).max(41), PromptVersionSchema);
export type PromptVersions = z.infer<typeof PromptVersionsSchema>;

/** A case the provider does not run, and why (e.g. it needs the routed provider's model). */
export const SkippedCaseSchema = z.strictObject({ id: z.string(), reason: z.string() });

export const CaseResultSchema = z.strictObject({
  id: z.string(),
  tags: z.array(z.string()),
  passed: z.boolean(),
  /** Why the case failed, one sentence per broken expectation. */
  failures: z.array(z.string()),
  customerText: z.string(),
  expected: z.strictObject({
    decision: z.enum(['resolve', 'escalate']),
    intent: z.string().nullable(),
    ownerQueue: z.string().nullable(),
    language: z.string().nullable(),
  }),
  actual: z.strictObject({
    decision: z.enum(['resolve', 'escalate']),
    intent: z.string().nullable(),
    confidence: z.number().nullable(),
    language: z.string().nullable(),
    ownerQueue: z.string().nullable(),
    escalationCode: z.string().nullable(),
    escalationDetail: z.string().nullable(),
    /** The reply when resolved, the draft when escalated. */
    text: z.string().nullable(),
    toolCalls: z.array(z.strictObject({ name: z.string(), outcome: z.string() })),
    /** Who answered (decision.assist.routing.route); null for providers that do not route. */
    route: AiRouteSchema.nullable(),
    /** The article versions the reply or draft cites (`articleId:language`), routed provider. */
    citations: z.array(z.string()),
  }),
  latencyMs: z.number().nonnegative(),
  tokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
});
export type CaseResult = z.infer<typeof CaseResultSchema>;

export const FigureRegressionSchema = z.strictObject({
  figure: z.enum(FIGURE_NAMES),
  baseline: z.number(),
  current: z.number(),
  tolerance: z.number(),
  /** The worst value the gate accepts. */
  limit: z.number(),
});
export type FigureRegression = z.infer<typeof FigureRegressionSchema>;

export const BaselineComparisonSchema = z.strictObject({
  baselineFile: z.string(),
  baselineCreatedAt: z.string(),
  /** Current minus baseline, for every figure both have. */
  deltas: z.record(z.string(), z.number()),
  regressions: z.array(FigureRegressionSchema),
  /** Passed in the baseline, fail now / failed in the baseline, pass now. */
  newlyFailing: z.array(z.string()),
  newlyPassing: z.array(z.string()),
  /** Case ids the baseline did not have. */
  newCases: z.array(z.string()),
});
export type BaselineComparison = z.infer<typeof BaselineComparisonSchema>;

export const SuiteRunReportSchema = z.strictObject({
  suite: z.strictObject({ name: z.string(), tenant: z.string(), file: z.string() }),
  provider: EvalProviderNameSchema,
  model: z.string().nullable(),
  /** The routed provider: the price costs were computed with; null for the others (their engines price alone). */
  pricing: RunPricingSchema.nullable(),
  /** The routed provider: the prompt versions the model was asked with; null for the others. */
  promptVersions: PromptVersionsSchema.nullable(),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  /** Set when the engine ran with a worsened or experimental configuration (--engine-override). */
  engineOverride: z.string().nullable(),
  figures: SuiteFiguresSchema,
  /** One entry per route (routed provider); empty for providers that do not route. */
  perRoute: z.array(RouteFiguresSchema),
  perTag: z.record(z.string(), z.strictObject({ n: z.number().int(), passed: z.number().int() })),
  cases: z.array(CaseResultSchema),
  /** Cases this provider does not run (they count in no figure). */
  skipped: z.array(SkippedCaseSchema),
  comparison: BaselineComparisonSchema.nullable(),
});
export type SuiteRunReport = z.infer<typeof SuiteRunReportSchema>;

export const BaselineSchema = z.strictObject({
  suite: z.string(),
  tenant: z.string(),
  provider: EvalProviderNameSchema,
  model: z.string().nullable(),
  createdAt: z.string(),
  figures: SuiteFiguresSchema,
  /** The routed provider's per-route figures when the baseline was recorded. */
  perRoute: z.array(RouteFiguresSchema).optional(),
  pricing: RunPricingSchema.optional(),
  /**
   * The prompt versions the baseline was measured with (routed provider): a prompt file whose version differs has not
   * been through the suite (test/unit/evals/prompt-gate.test.ts).
   */
  promptVersions: PromptVersionsSchema.optional(),
  /** Case id -> passed. */
  cases: z.record(z.string(), z.boolean()),
});
export type Baseline = z.infer<typeof BaselineSchema>;

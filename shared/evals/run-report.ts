/** What one run of an eval suite produced, and how it compares with the stored baseline. */
import { z } from 'zod';
import { FIGURE_NAMES, type FigureName } from './suite-format.js';

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
  provider: z.enum(['builtin', 'openai']),
  model: z.string().nullable(),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  /** Set when the engine ran with a worsened or experimental configuration (--engine-override). */
  engineOverride: z.string().nullable(),
  figures: SuiteFiguresSchema,
  perTag: z.record(z.string(), z.strictObject({ n: z.number().int(), passed: z.number().int() })),
  cases: z.array(CaseResultSchema),
  comparison: BaselineComparisonSchema.nullable(),
});
export type SuiteRunReport = z.infer<typeof SuiteRunReportSchema>;

export const BaselineSchema = z.strictObject({
  suite: z.string(),
  tenant: z.string(),
  provider: z.enum(['builtin', 'openai']),
  model: z.string().nullable(),
  createdAt: z.string(),
  figures: SuiteFiguresSchema,
  /** Case id -> passed. */
  cases: z.record(z.string(), z.boolean()),
});
export type Baseline = z.infer<typeof BaselineSchema>;

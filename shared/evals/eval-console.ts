/** The console methods of the Evals screen (team leads): list suites, run one in the core, read it, promote it. */
import { z } from 'zod';
import { EvalProviderNameSchema, SuiteRunReportSchema } from './run-report.js';

export const EvalSuiteInfoSchema = z.strictObject({
  /** File name under the tenant resources' evals folder, e.g. payments.golden.jsonl. */
  file: z.string(),
  name: z.string(),
  tenant: z.string(),
  cases: z.number().int().nonnegative(),
  description: z.string().nullable(),
  /** Stored baselines of this suite, one per provider (and model). */
  baselines: z.array(
    z.strictObject({
      provider: EvalProviderNameSchema,
      model: z.string().nullable(),
      createdAt: z.string(),
      passRate: z.number().nullable(),
    }),
  ),
});
export type EvalSuiteInfo = z.infer<typeof EvalSuiteInfoSchema>;

export const EvalSuitesSchema = z.strictObject({
  suites: z.array(EvalSuiteInfoSchema),
  /** Problems with suite files that could not be read (named, so a lead can fix them). */
  problems: z.array(z.string()),
});

const EndpointFields = {
  baseURL: z.string().trim().url('Give the endpoint as a URL, e.g. http://127.0.0.1:11434/v1.').max(500),
  model: z.string().trim().min(1, 'Name the model.').max(200),
};

export const EvalProviderSchema = z.discriminatedUnion('provider', [
  z.strictObject({ provider: z.literal('builtin') }),
  z.strictObject({ provider: z.literal('openai'), ...EndpointFields }),
  /** The routed engine: with an endpoint, the live model; without one, the cases' recorded model answers replayed. */
  z
    .strictObject({
      provider: z.literal('routed'),
      baseURL: EndpointFields.baseURL.optional(),
      model: EndpointFields.model.optional(),
    })
    .refine((r) => (r.baseURL === undefined) === (r.model === undefined), {
      message: 'Give both the endpoint and the model, or neither (the recorded answers are replayed).',
      path: ['model'],
    }),
]);

export const StartEvalRunSchema = z.intersection(
  z.strictObject({ file: z.string().min(1).max(300) }),
  EvalProviderSchema,
);
export type StartEvalRun = z.infer<typeof StartEvalRunSchema>;

export const EvalRunStateSchema = z.strictObject({
  runId: z.string(),
  file: z.string(),
  provider: EvalProviderNameSchema,
  model: z.string().nullable(),
  state: z.enum(['starting', 'running', 'done', 'failed', 'cancelled']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  startedAt: z.string(),
  /** Set once the run finished: figures, cases and the comparison with the stored baseline. */
  report: SuiteRunReportSchema.nullable(),
  /** Why the run failed, in a sentence. */
  error: z.string().nullable(),
  /** Set once this run was promoted to the suite's baseline. */
  promotedTo: z.string().nullable(),
});
export type EvalRunState = z.infer<typeof EvalRunStateSchema>;

const RunRef = z.strictObject({ runId: z.string().min(1).max(100) });

export const evalConsoleMethods = {
  /**
   * The suites shipped with the tenant resources, with their baselines.
   * Required: a console started without eval suites answers not_supported.
   */
  listEvalSuites: { input: z.strictObject({}), output: EvalSuitesSchema },
  /**
   * Starts a run in a child process (one at a time); `eval_busy` while another runs.
   * Required: a console started without eval suites answers not_supported.
   */
  startEvalRun: { input: StartEvalRunSchema, output: EvalRunStateSchema },
  /**
   * The latest run (or the named one): progress while it runs, the report when done. Null before any run.
   * Required: a console started without eval suites answers not_supported.
   */
  getEvalRun: {
    input: z.strictObject({ runId: z.string().min(1).max(100).optional() }),
    output: EvalRunStateSchema.nullable(),
  },
  /** Required: a console started without eval suites answers not_supported. */
  cancelEvalRun: { input: RunRef, output: EvalRunStateSchema },
  /**
   * Stores a finished run as the suite's baseline for its provider; later runs are gated against it.
   * Required: a console started without eval suites answers not_supported.
   */
  promoteEvalRun: { input: RunRef, output: EvalRunStateSchema },
} as const;

import { z } from 'zod';
import { TicketSchema } from '../domain/ticket.js';
import { DashboardQuerySchema, DashboardSchema } from '../metrics/dashboard.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31.');

export const MAX_REVIEW_SAMPLE = 200;
export const DEFAULT_REVIEW_SAMPLE = 10;
/** AI resolutions below this intent confidence are always shown for review. */
export const DEFAULT_LOW_CONFIDENCE = 0.7;
/** Ratings at or below this are low CSAT and always shown for review. */
export const LOW_CSAT_MAX = 2;

export const ReviewSampleQuerySchema = z.strictObject({
  /** The UTC day whose AI resolutions are sampled (tickets created that day); default today. */
  day: Day.optional(),
  /** How many to draw at random; remembered as the lead's setting when given. */
  size: z.number().int().min(1).max(MAX_REVIEW_SAMPLE).optional(),
  lowConfidenceBelow: z.number().min(0).max(1).default(DEFAULT_LOW_CONFIDENCE),
});
export type ReviewSampleQuery = z.input<typeof ReviewSampleQuerySchema>;

export const ReviewReasonSchema = z.enum(['sample', 'low_confidence', 'low_csat']);
export type ReviewReason = z.infer<typeof ReviewReasonSchema>;

export const ReviewSampleSchema = z.strictObject({
  day: z.string(),
  size: z.number().int(),
  /** Tickets the AI resolved among those created that day: the population of the sample. */
  aiResolved: z.number().int().nonnegative(),
  items: z.array(z.strictObject({ ticket: TicketSchema, reasons: z.array(ReviewReasonSchema).min(1) })),
});
export type ReviewSample = z.infer<typeof ReviewSampleSchema>;

export const AddEvalCaseInputSchema = z.strictObject({
  ticketId: z.string().min(1).max(100),
  /** What the AI should have done; a flagged resolution usually should have been escalated. */
  expectDecision: z.enum(['resolve', 'escalate']).default('escalate'),
});
export type AddEvalCaseInput = z.input<typeof AddEvalCaseInputSchema>;

export const AddEvalCaseResultSchema = z.strictObject({
  /** The JSON Lines suite file the case was appended to. */
  file: z.string(),
  caseId: z.string(),
  /** Cases in the file now. */
  cases: z.number().int().positive(),
});
export type AddEvalCaseResult = z.infer<typeof AddEvalCaseResultSchema>;

/** The team lead's console methods: each refuses a console whose queue token is not a lead's or an admin's. */
export const leadConsoleMethods = {
  /** Every DESIGN.md metric from the local cache (works offline), totals and one breakdown. Required: every console has the cache. */
  getDashboard: { input: DashboardQuerySchema, output: DashboardSchema },
  /** The day's random sample of AI resolutions plus those with low confidence or low CSAT. Required: read from the cache. */
  getReviewSample: { input: ReviewSampleQuerySchema, output: ReviewSampleSchema },
  /** Append a reviewed ticket to the flagged-tickets eval suite (JSON Lines). Required: without a suite file it answers not_supported. */
  addEvalCase: { input: AddEvalCaseInputSchema, output: AddEvalCaseResultSchema },
} as const;

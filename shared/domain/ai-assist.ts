import { z } from 'zod';

/**
 * What the routing layer records with every AI decision and keeps on the ticket: which route answered (the built-in
 * engine, the model, or a person), with which model and prompt version, the passages the answer cites, and the
 * macros and articles suggested to the agent. Tokens, cost and latency are the decision's `usage` and `latencyMs`.
 */

/** Who answers a ticket: the built-in engine (no cost), the model, or a person (the rules, a signal or the model's doubt). */
export const AI_ROUTES = ['builtin', 'model', 'person'] as const;
export const AiRouteSchema = z.enum(AI_ROUTES);
export type AiRoute = z.infer<typeof AiRouteSchema>;

/** A prompt version: the prompt file's name, `@`, its number and a short hash of its text (e.g. `decide@3.1a2b3c4d`). */
export const PromptVersionSchema = z.string().regex(/^[a-z][a-z0-9-]{0,40}@\d{1,4}\.[0-9a-f]{8}$/);

export const MAX_ROUTE_REASON_LENGTH = 500;
export const MAX_CITATIONS = 8;
export const MAX_CITED_PASSAGE_LENGTH = 1_200;
export const MAX_SUGGESTIONS = 5;
/** Most one decision may cost, in US dollars (decision.ts' usage is bounded by it too). */
export const MAX_COST_USD_PER_DECISION = 1_000;
/** One day: a decision that took longer was not waited for (a claim's lease is at most 10 minutes). */
export const MAX_DECISION_LATENCY_MS = 86_400_000;

/** The route of one decision and why it was taken. */
export const RouteRecordSchema = z.strictObject({
  route: AiRouteSchema,
  /** One sentence, in English, e.g. "built-in engine unsure (41%); model allowed for card_arrival". */
  reason: z.string().max(MAX_ROUTE_REASON_LENGTH),
  /** The model asked, or null when none was (the built-in route, or the model skipped: budget, outage, policy). */
  model: z.string().max(200).nullable(),
  /** The prompt version the model was asked with; null when no model was asked. */
  promptVersion: PromptVersionSchema.nullable(),
});
export type RouteRecord = z.infer<typeof RouteRecordSchema>;

/** A passage of a published article that an answer or draft rests on. */
export const CitationSchema = z.strictObject({
  /** The article setting's id. */
  articleId: z.string().min(1).max(100),
  /** The language version the passage is from. */
  language: z.string().min(2).max(35),
  title: z.string().max(300),
  /** The passage's text (plain text, clipped to MAX_CITED_PASSAGE_LENGTH). */
  passage: z.string().max(MAX_CITED_PASSAGE_LENGTH),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Setting ids, most relevant first. */
const SuggestionIdsSchema = z.array(z.string().min(1).max(100)).max(MAX_SUGGESTIONS);

/** Kept on the ticket (Ticket.aiAssist) from the latest AI decision. */
export const AiAssistSchema = z.strictObject({
  routing: RouteRecordSchema,
  citations: z.array(CitationSchema).max(MAX_CITATIONS),
  suggestedMacros: SuggestionIdsSchema,
  suggestedArticles: SuggestionIdsSchema,
  /** What the decision took and cost: the ai_decision mutation copies its latencyMs and usage.costUsd here. */
  latencyMs: z.number().nonnegative().max(MAX_DECISION_LATENCY_MS).optional(),
  costUsd: z.number().nonnegative().max(MAX_COST_USD_PER_DECISION).optional(),
});
export type AiAssist = z.infer<typeof AiAssistSchema>;

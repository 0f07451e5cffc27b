import { z } from 'zod';
import { AiAssistSchema, MAX_COST_USD_PER_DECISION, MAX_DECISION_LATENCY_MS } from './ai-assist.js';
import { AiToolResultsSchema } from './ai-tool-results.js';
import { EscalationSchema } from './ticket.js';

/**
 * Most a decision may report. Far above what the engine produces (8 tool rounds of 3 attempts each, a few
 * hundred thousand tokens, a few dollars) yet small enough that sums over many decisions stay exact and
 * finite: 1.7e308 dollars twice added up to Infinity, which JSON sends as null and no console could read.
 */
export const MAX_MODEL_CALLS_PER_DECISION = 1_000;
export const MAX_TOKENS_PER_DECISION = 100_000_000;
export { MAX_COST_USD_PER_DECISION, MAX_DECISION_LATENCY_MS };
/** Most model cost one ticket adds up to (a thousand decisions at the most each may cost): its sum stops there. */
export const MAX_MODEL_COST_USD_PER_TICKET = 1_000 * MAX_COST_USD_PER_DECISION;

/** Model use behind one decision (the OpenAI-compatible provider; the built-in engine leaves it out). */
export const AiUsageSchema = z.strictObject({
  model: z.string(),
  /** Model calls made for this ticket, retries included. */
  calls: z.number().int().nonnegative().max(MAX_MODEL_CALLS_PER_DECISION),
  promptTokens: z.number().int().nonnegative().max(MAX_TOKENS_PER_DECISION),
  completionTokens: z.number().int().nonnegative().max(MAX_TOKENS_PER_DECISION),
  /** In US dollars; 0 when the model's price is unknown (local models). */
  costUsd: z.number().nonnegative().max(MAX_COST_USD_PER_DECISION),
});
export type AiUsage = z.infer<typeof AiUsageSchema>;

/** What the AI engine decided for one ticket; becomes an `ai_decision` mutation. */
export const AiDecisionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('resolve'),
    language: z.string().nullable(),
    intent: z.string().nullable(),
    confidence: z.number().min(0).max(1).nullable(),
    /** The public reply sent to the customer, in the customer's language. */
    reply: z.string().min(1),
    summary: z.string().nullable(),
    engine: z.enum(['builtin', 'openai']),
    latencyMs: z.number().nonnegative().max(MAX_DECISION_LATENCY_MS),
    usage: AiUsageSchema.optional(),
    /** The tool calls the AI made and what they answered (the OpenAI provider; the built-in engine leaves it out). */
    toolResults: AiToolResultsSchema.optional(),
    /** The route, model, prompt version, citations and suggestions (the routing layer; older autopilots leave it out). */
    assist: AiAssistSchema.optional(),
  }),
  z.strictObject({
    action: z.literal('escalate'),
    language: z.string().nullable(),
    intent: z.string().nullable(),
    confidence: z.number().min(0).max(1).nullable(),
    ownerQueue: z.string().min(1),
    escalation: EscalationSchema,
    /** A reply for the agent to edit, in the customer's language, or null when the AI has none. */
    draft: z.string().nullable(),
    summary: z.string().nullable(),
    engine: z.enum(['builtin', 'openai']),
    latencyMs: z.number().nonnegative().max(MAX_DECISION_LATENCY_MS),
    usage: AiUsageSchema.optional(),
    /** The tool calls the AI made and what they answered (the OpenAI provider; the built-in engine leaves it out). */
    toolResults: AiToolResultsSchema.optional(),
    /** The route, model, prompt version, citations and suggestions (the routing layer; older autopilots leave it out). */
    assist: AiAssistSchema.optional(),
  }),
]);
export type AiDecision = z.infer<typeof AiDecisionSchema>;

import { z } from 'zod';
import { AiToolResultsSchema } from './ai-tool-results.js';
import { EscalationSchema } from './ticket.js';

/** Model use behind one decision (the OpenAI-compatible provider; the built-in engine leaves it out). */
export const AiUsageSchema = z.strictObject({
  model: z.string(),
  /** Model calls made for this ticket, retries included. */
  calls: z.number().int().nonnegative(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  /** In US dollars; 0 when the model's price is unknown (local models). */
  costUsd: z.number().nonnegative(),
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
    latencyMs: z.number().nonnegative(),
    usage: AiUsageSchema.optional(),
    /** The tool calls the AI made and what they answered (the OpenAI provider; the built-in engine leaves it out). */
    toolResults: AiToolResultsSchema.optional(),
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
    latencyMs: z.number().nonnegative(),
    usage: AiUsageSchema.optional(),
    /** The tool calls the AI made and what they answered (the OpenAI provider; the built-in engine leaves it out). */
    toolResults: AiToolResultsSchema.optional(),
  }),
]);
export type AiDecision = z.infer<typeof AiDecisionSchema>;

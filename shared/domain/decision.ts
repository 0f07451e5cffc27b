import { z } from 'zod';
import { EscalationSchema } from './ticket.js';

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
  }),
]);
export type AiDecision = z.infer<typeof AiDecisionSchema>;

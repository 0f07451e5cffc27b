import { z } from 'zod';
import { EscalationReasonCodeSchema, MAX_TICKET_TAGS, TagIdSchema } from './ticket.js';

export const SentimentSchema = z.enum(['negative', 'neutral']);
export type Sentiment = z.infer<typeof SentimentSchema>;

/**
 * A rule sends an escalation to an owner queue. Rules are tried in order; the first whose
 * conditions all hold wins. A rule with no conditions is a catch-all, and a rule set must end in one.
 * Conditions on a fact the engine does not know (no confidence, no amount in the text) do not hold.
 */
export const EscalationRuleSchema = z.strictObject({
  id: z.string().min(1),
  ownerQueue: z.string().min(1),
  /**
   * When true, a ticket matching this rule's conditions is escalated (reason "rule") even when the AI
   * could have answered it; a rule that forces escalation must have at least one condition.
   */
  escalate: z.boolean().optional(),
  when: z
    .strictObject({
      reasons: z.array(EscalationReasonCodeSchema).optional(),
      intents: z.array(z.string()).optional(),
      languages: z.array(z.string()).optional(),
      tiers: z.array(z.string()).optional(),
      /** Holds when the intent confidence is at least / below this (0..1). */
      minConfidence: z.number().min(0).max(1).optional(),
      maxConfidence: z.number().min(0).max(1).optional(),
      /** negative = the customer complains or is angry. */
      sentiments: z.array(SentimentSchema).optional(),
      /** Holds when the largest money amount in the customer's text is at least / at most this. */
      minAmount: z.number().min(0).optional(),
      maxAmount: z.number().min(0).optional(),
      /** Holds when the customer's text contains one of these words or phrases (case and accents ignored). */
      keywords: z.array(z.string().min(1)).optional(),
      /** Holds when the ticket carries one of these tags (ids of the tenant's `tag` settings; issue 19). */
      tags: z.array(TagIdSchema).max(MAX_TICKET_TAGS).optional(),
    })
    .default({}),
});
export type EscalationRule = z.infer<typeof EscalationRuleSchema>;

export const TenantConfigSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  queues: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1) })).min(1),
  /** The AI resolves on its own only at or above this classifier confidence. */
  resolveThreshold: z.number().min(0).max(1),
  /** Intents the AI may answer from the knowledge base; every other intent is escalated. */
  answerableIntents: z.array(z.string()),
  /** Per-intent resolve thresholds that replace `resolveThreshold` for those intents. */
  intentThresholds: z.record(z.string(), z.number().min(0).max(1)).optional(),
  escalationRules: z.array(EscalationRuleSchema).min(1),
  /** Service level: minutes from creation until an escalated ticket is due, per customer tier. */
  sla: z
    .strictObject({
      dueMinutes: z.strictObject({
        standard: z.number().int().positive(),
        premium: z.number().int().positive(),
        vip: z.number().int().positive(),
      }),
    })
    .optional(),
  /** Canned replies agents insert by name; {{customer.name}}, {{ticket.id}}, {{agent.name}} ... are filled in. */
  macros: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        name: z.string().min(1).max(200),
        text: z.string().min(1).max(20_000),
      }),
    )
    .optional(),
});
export type TenantConfig = z.infer<typeof TenantConfigSchema>;

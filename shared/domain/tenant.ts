import { z } from 'zod';
import { EscalationReasonCodeSchema } from './ticket.js';

/**
 * A rule sends an escalation to an owner queue. Rules are tried in order; the first whose
 * conditions all hold wins. A rule with no conditions is a catch-all, and a rule set must end in one.
 */
export const EscalationRuleSchema = z.strictObject({
  id: z.string().min(1),
  ownerQueue: z.string().min(1),
  when: z
    .strictObject({
      reasons: z.array(EscalationReasonCodeSchema).optional(),
      intents: z.array(z.string()).optional(),
      languages: z.array(z.string()).optional(),
      tiers: z.array(z.string()).optional(),
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
  escalationRules: z.array(EscalationRuleSchema).min(1),
});
export type TenantConfig = z.infer<typeof TenantConfigSchema>;

/** The structured output the model ends every ticket with (response_format json_schema, strict). */
import { z } from 'zod';
import { parseModelJson } from './model-json.js';

export const RETAIL_INTENTS = [
  'order_status',
  'cancel_order',
  'modify_order',
  'return_items',
  'exchange_items',
  'update_address',
  'product_info',
  'other',
] as const;

export const ModelDecisionSchema = z.strictObject({
  action: z.enum(['resolve', 'escalate']),
  /** To the customer, in the customer's language (may contain the placeholders it was given). */
  reply: z.string().min(1),
  summary: z.string(),
  intent: z.enum(RETAIL_INTENTS),
  /** ISO 639-1 code of the customer's language. */
  language: z.string().min(2).max(8),
  escalation_reason: z.string().nullable(),
  customer_asked_for_human: z.boolean(),
});
export type ModelDecision = z.infer<typeof ModelDecisionSchema>;

export const DECISION_RESPONSE_FORMAT = {
  type: 'json_schema' as const,
  json_schema: {
    name: 'ticket_decision',
    strict: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['action', 'reply', 'summary', 'intent', 'language', 'escalation_reason', 'customer_asked_for_human'],
      properties: {
        action: {
          type: 'string',
          enum: ['resolve', 'escalate'],
          description: 'resolve: the reply answers the customer; escalate: a human must take over.',
        },
        reply: { type: 'string', description: "The message to the customer, in the customer's language." },
        summary: { type: 'string', description: 'One or two sentences for the support agent, in English.' },
        intent: { type: 'string', enum: [...RETAIL_INTENTS] },
        language: { type: 'string', description: "ISO 639-1 code of the customer's language, e.g. en, de." },
        escalation_reason: {
          type: ['string', 'null'],
          description: 'Why a human must take over, when action is escalate.',
        },
        customer_asked_for_human: { type: 'boolean' },
      },
    },
  },
};

export function parseModelDecision(
  content: string | null | undefined,
): { ok: true; value: ModelDecision } | { ok: false; error: string } {
  if (!content) return { ok: false, error: 'the model returned no content' };
  let json: unknown;
  try {
    json = parseModelJson(content);
  } catch {
    return { ok: false, error: 'the final answer was not valid JSON' };
  }
  const r = ModelDecisionSchema.safeParse(json);
  return r.success
    ? { ok: true, value: r.data }
    : {
        ok: false,
        error: `the final answer did not match the decision schema (${r.error.issues.map((i) => i.path.join('.')).join(', ')})`,
      };
}

/** The structured output the model ends every ticket with (response_format json_schema, strict). */
import { z } from 'zod';
import { MAX_CITATIONS } from '../../shared/domain/ai-assist.js';
import { parseModelJson } from './model-json.js';

/** What a person taking the ticket over needs: what the customer wants, what was tried, what is missing. */
const SummarySchema = z.strictObject({
  wants: z.string().max(1_000),
  tried: z.string().max(1_000),
  missing: z.string().max(1_000),
});

export const ModelDecisionSchema = z.strictObject({
  action: z.enum(['resolve', 'escalate']),
  /** To the customer, in the customer's language (may contain the placeholders it was given). */
  reply: z.string().min(1).max(10_000),
  summary: SummarySchema,
  /** A short snake_case name of what the customer wants, or null. */
  intent: z.string().max(100).nullable(),
  /** ISO 639-1 code of the customer's language. */
  language: z.string().min(2).max(8),
  /** Ids of the article passages the reply rests on. */
  citations: z.array(z.string().max(200)).max(MAX_CITATIONS * 2),
  /** How sure the model is that the reply fully and correctly answers the customer. */
  confidence: z.number().min(0).max(1),
  escalation_reason: z.string().max(2_000).nullable(),
  customer_asked_for_human: z.boolean(),
});
export type ModelDecision = z.infer<typeof ModelDecisionSchema>;

/** The summary as an agent reads it: three short lines. */
export function summaryText(s: ModelDecision['summary']): string {
  return [
    `Wants: ${s.wants.trim()}`,
    `Tried: ${s.tried.trim() || 'nothing yet'}`,
    `Missing: ${s.missing.trim() || 'nothing'}`,
  ]
    .join('\n')
    .slice(0, 2_000);
}

const text = (description: string) => ({ type: 'string', description });

export const DECISION_RESPONSE_FORMAT = {
  type: 'json_schema' as const,
  json_schema: {
    name: 'ticket_decision',
    strict: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: [
        'action',
        'reply',
        'summary',
        'intent',
        'language',
        'citations',
        'confidence',
        'escalation_reason',
        'customer_asked_for_human',
      ],
      properties: {
        action: {
          type: 'string',
          enum: ['resolve', 'escalate'],
          description: 'resolve: the reply answers the customer; escalate: a person must take over.',
        },
        reply: text("The message to the customer, in the customer's language."),
        summary: {
          type: 'object',
          additionalProperties: false,
          required: ['wants', 'tried', 'missing'],
          properties: {
            wants: text('What the customer wants, in English.'),
            tried: text('What was tried: lookups, actions, answers given.'),
            missing: text('What is still missing to finish, or empty.'),
          },
        },
        intent: { type: ['string', 'null'], description: 'A short snake_case name of the request, or null.' },
        language: text("ISO 639-1 code of the customer's language, e.g. en, de."),
        citations: { type: 'array', items: { type: 'string' }, description: 'Ids of the passages the reply rests on.' },
        confidence: { type: 'number', description: 'How sure you are (0 to 1) that the reply is complete and right.' },
        escalation_reason: { type: ['string', 'null'], description: 'Why a person must take over, when escalating.' },
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

import { z } from 'zod';
import { AiToolResultsSchema } from './ai-tool-results.js';

/**
 * Lifecycle of a ticket:
 *   new -> ai_resolved                  (the AI answered and closed it)
 *   new -> escalated                    (the AI drafted and passed it to an owner queue)
 *   escalated -> pending | resolved     (an agent replied, or replied and resolved)
 *   ai_resolved -> new                  (the customer wrote again; the AI may try again)
 *   pending | resolved -> escalated     (the customer wrote again after a human: back to a human)
 */
export const TicketStatusSchema = z.enum(['new', 'ai_resolved', 'escalated', 'pending', 'resolved']);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

export const CustomerTierSchema = z.enum(['standard', 'premium', 'vip']);

export const CustomerSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  email: z.string().max(320).optional(),
  tier: CustomerTierSchema.default('standard'),
  market: z.string().max(10).optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const EscalationReasonCodeSchema = z.enum([
  'low_confidence',
  'no_answer',
  'human_requested',
  'complaint',
  'language_unsupported',
  'rule',
  'model_error',
  'human_owned',
  /** A lead or agent reopened a resolved or AI-resolved ticket: back in front of a human. */
  'reopened',
]);
export type EscalationReasonCode = z.infer<typeof EscalationReasonCodeSchema>;

export const EscalationSchema = z.strictObject({
  code: EscalationReasonCodeSchema,
  /** Id of the tenant rule that chose the owner queue. */
  ruleId: z.string(),
  /** One sentence for the agent, in English; the console translates by code. */
  detail: z.string().max(2000),
});
export type Escalation = z.infer<typeof EscalationSchema>;

/** Longest comment a customer may leave with a satisfaction rating, in characters. */
export const MAX_CSAT_COMMENT_LENGTH = 2000;

/** A customer's satisfaction rating of a ticket (CSAT): 1 (very unhappy) to 5 (very happy). */
export const CsatSchema = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().max(MAX_CSAT_COMMENT_LENGTH).optional(),
  /** ISO time the queue received the rating. */
  at: z.string(),
});
export type Csat = z.infer<typeof CsatSchema>;

/** A team lead's verdict on how a ticket was handled (mostly AI-resolved ones); the latest one wins. */
export const ReviewVerdictSchema = z.enum(['approve', 'flag']);
export type ReviewVerdict = z.infer<typeof ReviewVerdictSchema>;
export const TicketReviewSchema = z.strictObject({
  verdict: ReviewVerdictSchema,
  /** Why it was flagged (always set for a flag); optional for an approval. */
  reason: z.string().nullable(),
  /** The reviewer's name. */
  by: z.string(),
  at: z.string(),
});
export type TicketReview = z.infer<typeof TicketReviewSchema>;

export const TicketSchema = z.strictObject({
  id: z.string(),
  tenantId: z.string(),
  subject: z.string(),
  customer: CustomerSchema,
  channel: z.string(),
  status: TicketStatusSchema,
  language: z.string().nullable(),
  intent: z.string().nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  ownerQueue: z.string().nullable(),
  escalation: EscalationSchema.nullable(),
  aiDraft: z.string().nullable(),
  summary: z.string().nullable(),
  /** Once true, the AI only drafts for this ticket; it never replies on its own again. */
  humanTouched: z.boolean(),
  /** The agent who took the ticket (assign to me), or null/absent while only its owner queue holds it. */
  assignee: z.string().nullable().optional(),
  /** ISO time until which the ticket stays out of the inbox; cleared when the customer writes. */
  snoozedUntil: z.string().nullable().optional(),
  /** The customer's latest rating, or null while unrated (data from before ratings parses as null). */
  csat: CsatSchema.nullable().default(null),
  /** The last lead review, or null when nobody reviewed it. */
  review: TicketReviewSchema.nullable().default(null),
  /** Model cost of the AI decisions applied to this ticket, in US dollars (absent: none recorded). */
  modelCostUsd: z.number().nonnegative().optional(),
  /** Seconds agents have spent with the ticket open in a console (`handle_time` mutations; absent: none). */
  handleSeconds: z.number().nonnegative().optional(),
  /** The tool calls behind the latest AI decision and what they answered (absent: none recorded). */
  aiToolResults: AiToolResultsSchema.optional(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Position in the queue's changes feed of this ticket's latest change. */
  seq: z.number().int().nonnegative(),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const MessageAuthorSchema = z.enum(['customer', 'ai', 'agent']);
export const MessageKindSchema = z.enum(['reply', 'note']);

export const MessageSchema = z.strictObject({
  id: z.string(),
  ticketId: z.string(),
  author: MessageAuthorSchema,
  authorName: z.string().nullable(),
  /** `note` is internal and never shown to the customer. */
  kind: MessageKindSchema,
  text: z.string(),
  createdAt: z.string(),
  seq: z.number().int().nonnegative(),
});
export type Message = z.infer<typeof MessageSchema>;

/** Longest customer or agent message accepted anywhere, in characters. */
export const MAX_MESSAGE_LENGTH = 20_000;
export const MessageTextSchema = z.string().trim().min(1, 'The message is empty.').max(MAX_MESSAGE_LENGTH);

export interface NewTicketFields {
  id: string;
  tenantId: string;
  subject: string;
  customer: Customer;
  channel: string;
  /** ISO time it arrived; also its first update. */
  at: string;
  seq: number;
}

/** A ticket as a channel posts it: status new, nothing decided yet, version 1. */
export function newTicket(fields: NewTicketFields): Ticket {
  const { at, ...identity } = fields;
  return {
    ...identity,
    status: 'new',
    language: null,
    intent: null,
    confidence: null,
    ownerQueue: null,
    escalation: null,
    aiDraft: null,
    summary: null,
    humanTouched: false,
    csat: null,
    review: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

import { z } from 'zod';
import { AiAssistSchema } from './ai-assist.js';
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
  /** The model's answer said what the cited article passages do not support; the answer is the draft. */
  'ungrounded',
  /** A tenant tool answered outside its declared schema (its API changed): a person takes over, the model does not guess. */
  'integration_drift',
  /** The tenant's monthly model budget is used up and its routing policy sends the rest to people. */
  'budget_exhausted',
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

/** Most tags one ticket carries. */
export const MAX_TICKET_TAGS = 20;
/** A tag as a ticket names it: the id of the tenant's `tag` setting item. */
export const TagIdSchema = z.string().min(1).max(100);
/** A ticket's tags: tag ids, in the order added, at most MAX_TICKET_TAGS. */
export const TicketTagsSchema = z.array(TagIdSchema).max(MAX_TICKET_TAGS);

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
  /** The latest AI decision's route, citations and suggestions (absent: none recorded). */
  aiAssist: AiAssistSchema.optional(),
  /** The tenant's tags on the ticket (ids of `tag` settings), in the order added; absent or empty: none (issue 19). */
  tags: TicketTagsSchema.optional(),
  /** Set when the ticket was merged into another of the same customer: that ticket's id (its thread continues there). */
  mergedInto: z.string().max(100).nullable().optional(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Position in the queue's changes feed of this ticket's latest change. */
  seq: z.number().int().nonnegative(),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const MessageAuthorSchema = z.enum(['customer', 'ai', 'agent']);
export const MessageKindSchema = z.enum(['reply', 'note']);

/**
 * Where a public reply on a channel ticket stands, one model for every channel: queued (email: in the outbox; chat:
 * not yet fetched by the visitor's widget; generic channel: not yet accepted by its reply URL), sent (handed to the
 * mail server, shown in the widget, accepted with a 2xx), or failed for good.
 */
export const DeliveryStateSchema = z.enum(['queued', 'sent', 'failed']);
export type DeliveryState = z.infer<typeof DeliveryStateSchema>;

export const MessageDeliverySchema = z.strictObject({
  state: DeliveryStateSchema,
  /** Where it goes: the mail address, the chat visitor's customer id, or the generic channel's conversation. */
  to: z.string().max(320),
  /** Sending attempts so far. */
  attempts: z.number().int().nonnegative(),
  /** Why the last attempt or the message failed (the mail server's words, or the bounce's); null while none did. */
  reason: z.string().max(2000).nullable(),
  /** When the state last changed (ISO). */
  at: z.string(),
});
export type MessageDelivery = z.infer<typeof MessageDeliverySchema>;

/** A file that came with a customer's mail. Attachments are never sent to a model. */
export const AttachmentMetaSchema = z.strictObject({
  id: z.string().min(1).max(100),
  filename: z.string().max(300),
  contentType: z.string().max(200),
  /** Its size in bytes. */
  size: z.number().int().nonnegative(),
  /** False when it was over the size limit: recorded, not kept (and so not downloadable). */
  stored: z.boolean(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** Why a customer's mail got no AI answer: a machine sent it. */
export const AutomaticMailSchema = z.enum(['auto_reply', 'bounce', 'mailing_list']);
export type AutomaticMail = z.infer<typeof AutomaticMailSchema>;

/** What the queue recorded of the mail a message came in or went out as. */
export const EmailMetaSchema = z.strictObject({
  /** The mail's Message-ID header (angle brackets included). */
  messageId: z.string().min(1).max(1000),
  /** The sender's address. */
  from: z.string().max(320),
  /** The attachment id of the mail's original HTML, kept beside the readable text; null without HTML. */
  htmlOriginalId: z.string().min(1).max(100).nullable(),
  attachments: z.array(AttachmentMetaSchema).max(200),
  /** Set when a machine sent it (it got no AI answer); null for a person's mail. */
  automatic: AutomaticMailSchema.nullable(),
});
export type EmailMeta = z.infer<typeof EmailMetaSchema>;

/** Most people one internal note mentions. */
export const MAX_NOTE_MENTIONS = 20;

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
  /** A public reply on a channel ticket (email, chat, generic channel): its delivery (absent elsewhere and on notes). */
  delivery: MessageDeliverySchema.optional(),
  /** A message that came in (or went out) by email: its mail's headers and attachments. */
  email: EmailMetaSchema.optional(),
  /** An internal note's mentions: the ids of the tenant's users it names with `@` (absent: none; issue 19). */
  mentions: z.array(z.string().min(1).max(100)).max(MAX_NOTE_MENTIONS).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/**
 * A public reply of the AI or an agent: what the customer sees and every channel delivers (never a note, never the
 * customer's own message).
 */
export function isPublicReply<M extends Pick<Message, 'author' | 'kind'>>(
  message: M,
): message is M & { author: 'ai' | 'agent'; kind: 'reply' } {
  return message.kind === 'reply' && message.author !== 'customer';
}

/** Longest customer or agent message accepted anywhere, in characters. */
export const MAX_MESSAGE_LENGTH = 20_000;
/** Longest ticket subject accepted anywhere, in characters. */
export const MAX_SUBJECT_LENGTH = 300;
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

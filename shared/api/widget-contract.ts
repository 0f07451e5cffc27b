import { z } from 'zod';
import { CsatSchema, CustomerSchema } from '../domain/ticket.js';
import { LanguageTagSchema, WidgetKeySchema } from '../settings/setting-values.js';
import { WIDGET_LIMITS } from './widget-constants.js';

/**
 * The chat widget's side of the queue: what `widget.js` (widget/, served by the queue at WIDGET_SCRIPT_PATH) asks
 * from a visitor's browser. Every request carries the page's `Origin`, which must be one of the widget's
 * `allowedOrigins` (403 `origin_not_allowed` otherwise; CORS answers only allowed origins). After the session, the
 * visitor's session token goes as `Authorization: Bearer vs_…` (kept in the page's localStorage, so a reload
 * resumes the conversation).
 *
 *   GET  /v1/widget/:tenantId/config?key=pk_…    WidgetConfigSchema (the look, for the launcher before any session)
 *   POST /v1/widget/:tenantId/sessions            WidgetSessionRequestSchema → WidgetSessionSchema (201, or 200 when
 *        a still valid sessionToken was given back); 401 `identity_invalid` when the identity signature does not
 *        verify, 401 `identity_required` when the widget requires one and none came.
 *   GET  /v1/widget/conversation                  WidgetConversationSchema
 *   POST /v1/widget/messages                      WidgetMessageRequestSchema → WidgetConversationSchema (201): a
 *        new ticket, or a reply on the visitor's open one (the same clientMessageId twice adds nothing).
 *   GET  /v1/widget/events                        server-sent events (read with fetch, the token in the header):
 *        `event: conversation` with `{"cursor":N}` whenever the conversation changed, `: ping` to keep it open.
 *   POST /v1/widget/rating                        WidgetRatingRequestSchema → WidgetConversationSchema; 409
 *        `ticket_not_closed` before the conversation is resolved. Feeds the tenant's ratings (CSAT).
 * Rate limits: 429 `rate_limited` with Retry-After (seconds) per visitor and per tenant (WIDGET_LIMITS).
 */
export {
  WIDGET_API_PREFIX,
  WIDGET_LIMITS,
  WIDGET_SCRIPT_ATTRIBUTES,
  WIDGET_SCRIPT_PATH,
  WIDGET_SESSION_TOKEN_PREFIX,
} from './widget-constants.js';

export const WidgetConfigSchema = z.strictObject({
  title: z.string(),
  greeting: z.record(LanguageTagSchema, z.string()),
  accentColor: z.string(),
  position: z.enum(['left', 'right']),
  requireIdentity: z.boolean(),
});
export type WidgetConfig = z.infer<typeof WidgetConfigSchema>;

/** The host page's signed-in customer, signed by its server (shared/channels/request-signature.ts). */
export const WidgetIdentitySchema = z.strictObject({
  customerId: CustomerSchema.shape.id,
  name: z.string().trim().min(1).max(200).optional(),
  email: z.string().trim().max(320).optional(),
  signature: z.string().regex(/^[0-9a-fA-F]{64}$/, 'The identity signature is 64 hex digits.'),
});
export type WidgetIdentity = z.infer<typeof WidgetIdentitySchema>;

export const WidgetSessionRequestSchema = z.strictObject({
  key: WidgetKeySchema,
  /** A session token the page kept: the same visitor and conversation when it is still valid. */
  sessionToken: z.string().min(1).max(200).optional(),
  identity: WidgetIdentitySchema.optional(),
  /** The visitor's browser language (navigator.language), for the ticket's language hint and the handoff text. */
  language: z.string().max(35).optional(),
});
export type WidgetSessionRequest = z.infer<typeof WidgetSessionRequestSchema>;

/** A message as the visitor sees it: customer and public replies only, never notes or the AI's internals. */
export const WidgetMessageSchema = z.strictObject({
  id: z.string(),
  /** The client's id of a visitor's message, so the page matches what it sent. */
  clientMessageId: z.string().nullable(),
  author: z.enum(['customer', 'ai', 'agent']),
  /** The agent's display name; null for the customer and the AI. */
  authorName: z.string().nullable(),
  text: z.string(),
  at: z.string(),
});
export type WidgetMessage = z.infer<typeof WidgetMessageSchema>;

/**
 * Where the conversation stands, for the widget's words: nothing sent yet; the AI is deciding (the typing
 * indicator); the AI answered; a person will answer (the handoff notice); resolved (the rating prompt).
 */
export const WidgetConversationStateSchema = z.enum(['empty', 'ai_typing', 'ai_answered', 'with_person', 'resolved']);
export type WidgetConversationState = z.infer<typeof WidgetConversationStateSchema>;

/** When a person will answer, from the owner queue's SLA policy (its business hours and first-reply target). */
export const WidgetHandoffSchema = z.strictObject({
  /** True while the queue is open now; null when it keeps no business hours (always staffed or unknown). */
  openNow: z.boolean().nullable(),
  /** The next opening (ISO) while closed; null when open or unknown. */
  opensAt: z.string().nullable(),
  /** The queue's first-reply target in business minutes; null when none is set. */
  firstReplyMinutes: z.number().int().positive().nullable(),
});
export type WidgetHandoff = z.infer<typeof WidgetHandoffSchema>;

export const WidgetConversationSchema = z.strictObject({
  ticketId: z.string().nullable(),
  state: WidgetConversationStateSchema,
  messages: z.array(WidgetMessageSchema),
  /** Set while `state` is with_person. */
  handoff: WidgetHandoffSchema.nullable(),
  /** The visitor's rating of this conversation, null until rated. */
  rating: CsatSchema.nullable(),
  /** Moves with every change; the events stream sends it. */
  cursor: z.number().int().nonnegative(),
});
export type WidgetConversation = z.infer<typeof WidgetConversationSchema>;

export const WidgetSessionSchema = z.strictObject({
  sessionToken: z.string(),
  /** The customer the tickets are filed under: the verified customer id, or `visitor_…`. */
  customerId: z.string(),
  conversation: WidgetConversationSchema,
});
export type WidgetSession = z.infer<typeof WidgetSessionSchema>;

export const WidgetMessageRequestSchema = z.strictObject({
  clientMessageId: z.string().min(1).max(100),
  text: z.string().trim().min(1, 'The message is empty.').max(WIDGET_LIMITS.maxTextLength),
});
export type WidgetMessageRequest = z.infer<typeof WidgetMessageRequestSchema>;

export const WidgetRatingRequestSchema = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(WIDGET_LIMITS.maxCommentLength).optional(),
});
export type WidgetRatingRequest = z.infer<typeof WidgetRatingRequestSchema>;

/** The ticket channel of tickets that came in through the chat widget. */
export const CHAT_TICKET_CHANNEL = 'chat';

import { z } from 'zod';
import { CsatSchema, MessageAuthorSchema, MessageKindSchema, TicketStatusSchema } from '../domain/ticket.js';

/**
 * The events a tenant's outbound webhooks may subscribe to, defined once: the webhook setting's schema, the queue
 * that records them (in the transaction of the change) and the admin screen all read this list.
 */
export const WEBHOOK_EVENT_TYPES = [
  'ticket.created',
  'ticket.escalated',
  'ticket.resolved',
  'ticket.reopened',
  'message.added',
  'rating.added',
] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

/** The ticket as an event carries it: what a tenant's own systems need, never the AI's internals. */
export const WebhookTicketSchema = z.strictObject({
  id: z.string(),
  status: TicketStatusSchema,
  channel: z.string(),
  subject: z.string(),
  customer: z.strictObject({ id: z.string(), name: z.string(), email: z.string().optional() }),
  ownerQueue: z.string().nullable(),
  intent: z.string().nullable(),
  language: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookTicket = z.infer<typeof WebhookTicketSchema>;

export const WebhookMessageSchema = z.strictObject({
  id: z.string(),
  author: MessageAuthorSchema,
  authorName: z.string().nullable(),
  /** `note` is internal: it reaches the tenant's systems, never the customer. */
  kind: MessageKindSchema,
  text: z.string(),
  createdAt: z.string(),
});
export type WebhookMessage = z.infer<typeof WebhookMessageSchema>;

/**
 * The body of one webhook delivery (JSON). `id` is the event's: a receiver that sees an id twice (a redelivery, or a
 * retry after an answer that was lost) has the event already.
 */
export const WebhookEventSchema = z.strictObject({
  id: z.string().min(1).max(100),
  type: WebhookEventTypeSchema,
  tenantId: z.string(),
  occurredAt: z.string(),
  ticket: WebhookTicketSchema,
  /** The message of `message.added` (and of `ticket.created`: the first message); null otherwise. */
  message: WebhookMessageSchema.nullable(),
  /** The rating of `rating.added`; null otherwise. */
  rating: CsatSchema.nullable(),
});
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

import { z } from 'zod';
import { SECRET_OWNER_KINDS } from '../channels/request-signature.js';
import { WebhookEventTypeSchema } from '../channels/webhook-events.js';

/**
 * The queue's endpoints for webhooks and signing secrets (the webhooks themselves are `webhook` settings, a generic
 * channel is a `channel` setting of type `webhook`, the chat widget a `widget` setting):
 *   POST /v1/secrets/:kind/:id              (admin) makes a new secret for a webhook, a generic channel or a widget's
 *        identity verification, stores it sealed and answers it ONCE (SigningSecretSchema); the old one stops working.
 *        404 when the tenant has no such live setting; 503 without the queue's secret key.
 *   GET  /v1/secrets                        (lead, admin) which settings have a secret, and since when (never the secret).
 *   GET  /v1/webhooks/:webhookId/deliveries?limit=&before=   (lead, admin) the delivery log, newest first.
 *   GET  /v1/channels/:channelId/deliveries?limit=&before=   (lead, admin) a generic channel's reply deliveries.
 *   POST /v1/webhook-deliveries/:deliveryId/redeliver   (admin) sends it again now (a new attempt, the same event id);
 *        also for a delivered one. 200 with the delivery.
 */
export const SecretOwnerKindSchema = z.enum(SECRET_OWNER_KINDS);

export const SigningSecretSchema = z.strictObject({
  kind: SecretOwnerKindSchema,
  id: z.string(),
  /** The secret itself: shown once, the queue keeps it sealed. */
  secret: z.string(),
  createdAt: z.string(),
});
export type SigningSecret = z.infer<typeof SigningSecretSchema>;

export const SecretStatusListSchema = z.strictObject({
  secrets: z.array(z.strictObject({ kind: SecretOwnerKindSchema, id: z.string(), createdAt: z.string() })),
});
export type SecretStatusList = z.infer<typeof SecretStatusListSchema>;

/** A delivery's state: waiting for its next attempt, answered 2xx, or given up on (after the retry window). */
export const WebhookDeliveryStateSchema = z.enum(['pending', 'delivered', 'failed']);
export type WebhookDeliveryState = z.infer<typeof WebhookDeliveryStateSchema>;

/** One attempt as the log shows it. */
export const WebhookAttemptSchema = z.strictObject({
  at: z.string(),
  /** The receiver's HTTP status, null when no answer came (refused, timed out). */
  status: z.number().int().nullable(),
  /** Why no answer came (connect, timeout, tls), null when one did. */
  error: z.string().max(500).nullable(),
  /** The start of the receiver's answer (at most 1,000 characters). */
  response: z.string().max(1_000),
  durationMs: z.number().int().nonnegative(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = z.strictObject({
  id: z.string(),
  /** The webhook it goes to, or null for a generic channel's reply (then `channelId`). */
  webhookId: z.string().nullable(),
  channelId: z.string().nullable(),
  /** The event id (the body's `id` and the event id header), the same on every attempt. */
  eventId: z.string(),
  /** The event type, or `reply` for a generic channel's reply. */
  eventType: z.union([WebhookEventTypeSchema, z.literal('reply')]),
  ticketId: z.string().nullable(),
  state: WebhookDeliveryStateSchema,
  attemptCount: z.number().int().nonnegative(),
  /** The latest attempts, newest first (at most 20). */
  attempts: z.array(WebhookAttemptSchema).max(20),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const DeliveryLogQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** A delivery id: the page after it (older). */
  before: z.string().min(1).max(100).optional(),
});
export const DeliveryLogSchema = z.strictObject({ deliveries: z.array(WebhookDeliverySchema) });
export type DeliveryLog = z.infer<typeof DeliveryLogSchema>;

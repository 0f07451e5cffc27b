import { z } from 'zod';
import {
  WebhookAttemptSchema,
  type WebhookDelivery,
  type WebhookDeliveryState,
} from '../../shared/api/webhook-contract.js';
import type { DeliveryProgress } from '../domain/webhook-delivery.js';

/** A row of webhook_deliveries (schema-steps.ts, webhookDeliveryStep). */
export interface DeliveryRow {
  delivery_id: string;
  tenant_id: string;
  /** The webhook it goes to, or null for a generic channel's reply (then channel_id). */
  webhook_id: string | null;
  channel_id: string | null;
  event_id: string;
  /** A webhook event type, or `reply`. */
  event_type: string;
  ticket_id: string | null;
  /** The reply it delivers (a generic channel's), whose delivery state follows this row. */
  message_id: string | null;
  /** The JSON body, frozen when the change was written. */
  body: string;
  state: WebhookDeliveryState;
  attempt_count: number;
  /** The latest attempts, newest first (WebhookAttemptSchema[]). */
  attempts_json: string;
  next_attempt_at: number;
  window_start: number;
  /** Epoch ms: a claimed row is another worker's until then. */
  lease_until: number | null;
  created_at: string;
  delivered_at: string | null;
}

/** What an attempt or a requeue changes of a row. */
export type DeliveryChange = Pick<
  DeliveryRow,
  'state' | 'attempt_count' | 'attempts_json' | 'next_attempt_at' | 'window_start' | 'lease_until' | 'delivered_at'
>;

export const DELIVERY_COLUMNS = [
  'delivery_id',
  'tenant_id',
  'webhook_id',
  'channel_id',
  'event_id',
  'event_type',
  'ticket_id',
  'message_id',
  'body',
  'state',
  'attempt_count',
  'attempts_json',
  'next_attempt_at',
  'window_start',
  'lease_until',
  'created_at',
  'delivered_at',
] as const satisfies readonly (keyof DeliveryRow)[];

const StoredAttemptsSchema = z.array(WebhookAttemptSchema);

export function progressOf(row: DeliveryRow): DeliveryProgress {
  const attempts = StoredAttemptsSchema.safeParse(JSON.parse(row.attempts_json));
  return {
    state: row.state,
    attemptCount: Number(row.attempt_count),
    attempts: attempts.success ? attempts.data : [],
    nextAttemptAt: Number(row.next_attempt_at),
    windowStart: Number(row.window_start),
    deliveredAt: row.delivered_at,
  };
}

/** The row's columns for a new progress; `leaseUntil` null frees it. */
export function changeOf(progress: DeliveryProgress, leaseUntil: number | null = null): DeliveryChange {
  return {
    state: progress.state,
    attempt_count: progress.attemptCount,
    attempts_json: JSON.stringify(progress.attempts),
    next_attempt_at: progress.nextAttemptAt,
    window_start: progress.windowStart,
    lease_until: leaseUntil,
    delivered_at: progress.deliveredAt,
  };
}

/** The log's view of a row (WebhookDeliverySchema). */
export function deliveryFromRow(row: DeliveryRow): WebhookDelivery {
  const progress = progressOf(row);
  return {
    id: row.delivery_id,
    webhookId: row.webhook_id,
    channelId: row.channel_id,
    eventId: row.event_id,
    eventType: row.event_type as WebhookDelivery['eventType'],
    ticketId: row.ticket_id,
    state: progress.state,
    attemptCount: progress.attemptCount,
    attempts: progress.attempts,
    nextAttemptAt: progress.state === 'pending' ? new Date(progress.nextAttemptAt).toISOString() : null,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}

/** A new delivery: pending and due at once, its retry window starting now. */
export function newDeliveryRow(
  fields: Pick<
    DeliveryRow,
    'tenant_id' | 'webhook_id' | 'channel_id' | 'event_id' | 'event_type' | 'ticket_id' | 'message_id' | 'body'
  > & { delivery_id: string },
  at: string,
  state: 'pending' | 'failed' = 'pending',
): DeliveryRow {
  const atMs = Date.parse(at);
  return {
    ...fields,
    state,
    attempt_count: 0,
    attempts_json: '[]',
    next_attempt_at: atMs,
    window_start: atMs,
    lease_until: null,
    created_at: at,
    delivered_at: null,
  };
}

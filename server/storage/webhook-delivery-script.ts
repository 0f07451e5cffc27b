import type { WebhookAttempt, WebhookDelivery } from '../../shared/api/webhook-contract.js';
import { ChannelReplySchema } from '../../shared/channels/messaging-channel.js';
import { AUDIT_ACTIONS, deliveryRetryEntry, settingActionEntry, type TokenActor } from '../audit/audit-entries.js';
import {
  progressAfterAttempt,
  progressRequeued,
  replyMessageDelivery,
  type DeliveryProgress,
  type RetrySchedule,
} from '../domain/webhook-delivery.js';
import { appendAudit } from './audit-append.js';
import type { RetryDeliveryInput, RetryDeliveryResult } from './email-delivery-script.js';
import { writeMessageDelivery } from './message-delivery-script.js';
import { perform, type Script } from './store-operations.js';
import { ticketWithMessages } from './ticket-scripts.js';
import type { DeliveryLogRequest } from './webhook-delivery-sql.js';
import { changeOf, deliveryFromRow, progressOf, type DeliveryRow } from './webhook-rows.js';

// The deliveries' transactions: claiming due ones, recording an attempt, sending one again, reading the log.

/**
 * Takes up to `limit` due deliveries of every tenant with a lease (so no other worker or queue process sends the
 * same attempt); reads first, so an idle worker's poll writes nothing.
 */
export function* claimDueDeliveries(nowMs: number, leaseMs: number, limit: number): Script<DeliveryRow[]> {
  if (!(yield* perform('anyDeliveryDue', nowMs))) return [];
  return yield* perform('claimDeliveries', { nowMs, leaseUntil: nowMs + leaseMs, limit });
}

export interface AttemptRecord {
  deliveryId: string;
  /** The lease the claim took: an attempt recorded after the row was redelivered or claimed again is dropped. */
  leaseUntil: number;
  attempt: WebhookAttempt;
  /** The target is gone for good (the webhook or channel deleted): failed now. */
  permanent: boolean;
  now: Date;
  schedule: RetrySchedule;
}

/**
 * Records how an attempt went (delivered, pending again, failed); a reply's message delivery follows it and its
 * ticket moves in the feed. The tenant whose feed moved, or null (none moved, or the claim was no longer ours).
 */
export function* recordAttempt(record: AttemptRecord): Script<{ tenantId: string; feedMoved: boolean } | null> {
  const peeked = yield* perform('deliveryRow', record.deliveryId, false);
  if (!peeked) return null;
  // A reply moves its ticket: the feed lock first, like every feed write.
  if (peeked.message_id !== null) yield* perform('lockFeed', peeked.tenant_id);
  const row = yield* perform('deliveryRow', record.deliveryId, true);
  if (!row || row.state !== 'pending' || Number(row.lease_until) !== record.leaseUntil) return null;
  const progress = progressAfterAttempt(
    progressOf(row),
    record.attempt,
    { permanent: record.permanent },
    record.now.getTime(),
    record.schedule,
  );
  yield* perform('updateDelivery', row.delivery_id, changeOf(progress));
  const feedMoved = yield* followReply(row, progress, record.now);
  return { tenantId: row.tenant_id, feedMoved };
}

export interface RequeueInput {
  tenantId: string;
  deliveryId: string;
  actor: TokenActor;
  now: Date;
}

/** An admin sends a delivery again now (a delivered one too), the same event id, a new retry window; audited. */
export function* redeliver(input: RequeueInput): Script<WebhookDelivery | null> {
  yield* perform('lockFeed', input.tenantId);
  const row = yield* perform('deliveryRow', input.deliveryId, true);
  if (!row || row.tenant_id !== input.tenantId) return null;
  const requeued = yield* requeue(row, input.now);
  const at = input.now.toISOString();
  const inputs = { deliveryId: row.delivery_id, eventId: row.event_id };
  yield* appendAudit([settingActionEntry(input.tenantId, AUDIT_ACTIONS.webhookRedelivered, inputs, input.actor, at)]);
  return requeued;
}

/**
 * A person sends a failed generic-channel reply again (the retry-delivery endpoint, like an email reply's): pending,
 * due now, a new retry window; audited like the email retry.
 */
export function* retryReplyDelivery(input: RetryDeliveryInput): Script<RetryDeliveryResult> {
  yield* perform('lockFeed', input.tenantId);
  const row = yield* perform('deliveryOfMessage', input.tenantId, input.messageId, true);
  if (!row || row.ticket_id !== input.ticketId) return { status: 'not_found' };
  if (row.state !== 'failed') return { status: 'not_failed', state: row.state === 'delivered' ? 'sent' : 'queued' };
  yield* requeue(row, input.now);
  const result = yield* ticketWithMessages(input.tenantId, input.ticketId);
  if (!result) return { status: 'not_found' };
  yield* appendAudit([deliveryRetryEntry(result.ticket, input.messageId, input.actor)]);
  return { status: 'queued', ticket: result };
}

export function* deliveryLog(request: DeliveryLogRequest & { beforeId: string | null }): Script<WebhookDelivery[]> {
  const before = request.beforeId === null ? null : yield* perform('deliveryRow', request.beforeId, false);
  if (request.beforeId !== null && (!before || before.tenant_id !== request.tenantId)) return [];
  return (yield* perform('deliveryLog', { ...request, before })).map(deliveryFromRow);
}

function* requeue(row: DeliveryRow, now: Date): Script<WebhookDelivery> {
  const progress = progressRequeued(progressOf(row), now.getTime());
  const change = changeOf(progress);
  yield* perform('updateDelivery', row.delivery_id, change);
  yield* followReply(row, progress, now);
  return deliveryFromRow({ ...row, ...change });
}

/** A reply's message delivery as the console shows it, after the row changed; false for a webhook's delivery. */
function* followReply(row: DeliveryRow, progress: DeliveryProgress, now: Date): Script<boolean> {
  if (row.message_id === null || row.ticket_id === null) return false;
  const body = ChannelReplySchema.safeParse(JSON.parse(row.body));
  const to = body.success ? body.data.conversationId : '';
  const delivery = replyMessageDelivery(progress, to, now.toISOString());
  return (yield* writeMessageDelivery(row.tenant_id, row.ticket_id, row.message_id, delivery, now)) !== null;
}

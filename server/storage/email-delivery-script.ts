import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { ChannelKey, DeliveryResult, OutgoingEmail } from '../../shared/channels/email-records.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { deliveryRetryEntry, type TokenActor } from '../audit/audit-entries.js';
import { deliveryOf, outboxAfterAttempt, outboxBounced, outboxRequeued } from '../domain/email-delivery.js';
import { appendAudit } from './audit-append.js';
import { outgoingFromRow, type OutboxChange, type OutboxRow } from './email-rows.js';
import { perform, type Script } from './store-operations.js';
import { writeMessageDelivery } from './message-delivery-script.js';
import { ticketWithMessages } from './ticket-scripts.js';

// The outbox's transactions: claiming replies to send, recording how an attempt went, a bounce, a person's retry.

/** Claims do not move the feed: the rows only change hands (`sending` until the lease ends). */
export function* claimOutgoing(key: ChannelKey, limit: number, leaseMs: number, now: Date): Script<OutgoingEmail[]> {
  const nowMs = now.getTime();
  const rows = yield* perform('claimOutbox', {
    tenantId: key.tenantId,
    channelId: key.channelId,
    nowMs,
    leaseUntil: nowMs + leaseMs,
    limit,
  });
  // Who wrote each reply: an AI reply goes out marked Auto-Submitted, so other systems' responders do not answer it.
  const authors = new Map(
    (yield* perform('messageRows', key.tenantId, [...new Set(rows.map((row) => row.ticket_id))])).map((message) => [
      message.id,
      message.author,
    ]),
  );
  // Anything but an agent's reply is marked automatic: the safe side for loops.
  return rows.map((row) => outgoingFromRow(row, authors.get(row.message_id) === 'agent' ? 'agent' : 'ai'));
}

/** The tenant whose feed moved, or null when there is no such outbox row or it was sent already (a late repeat). */
export function* recordDelivery(deliveryId: string, result: DeliveryResult, now: Date): Script<string | null> {
  const peeked = yield* perform('outboxRow', deliveryId, false);
  if (!peeked) return null;
  yield* perform('lockFeed', peeked.tenant_id);
  const row = yield* perform('outboxRow', deliveryId, true);
  if (!row || row.state === 'sent') return null;
  yield* changeDelivery(row, outboxAfterAttempt(row, result, now), now);
  return row.tenant_id;
}

/** A bounce for the reply `messageId`: failed with the report's reason. False when it has no outbox row. */
export function* bounceDelivery(tenantId: string, messageId: string, reason: string, now: Date): Script<boolean> {
  const row = yield* perform('outboxOfMessage', tenantId, messageId, true);
  if (!row) return false;
  yield* changeDelivery(row, outboxBounced(row, reason, now), now);
  return true;
}

export type RetryDeliveryResult =
  | { status: 'queued'; ticket: TicketWithMessages }
  | { status: 'not_found' }
  | { status: 'not_failed'; state: OutboxRow['state'] };

/** A person's retry of a failed reply (POST .../retry-delivery): an email reply's, or a generic channel's. */
export interface RetryDeliveryInput {
  tenantId: string;
  ticketId: string;
  messageId: string;
  actor: TokenActor;
  now: Date;
}

/** A person sends a failed reply again: queued, due now, the same Message-ID; audited. */
export function* retryDelivery(input: RetryDeliveryInput): Script<RetryDeliveryResult> {
  yield* perform('lockFeed', input.tenantId);
  const row = yield* perform('outboxOfMessage', input.tenantId, input.messageId, true);
  if (!row || row.ticket_id !== input.ticketId) return { status: 'not_found' };
  if (row.state !== 'failed') return { status: 'not_failed', state: row.state };
  const ticket = yield* changeDelivery(row, outboxRequeued(row, input.now), input.now);
  if (!ticket) return { status: 'not_found' };
  yield* appendAudit([deliveryRetryEntry(ticket, input.messageId, input.actor)]);
  const result = yield* ticketWithMessages(input.tenantId, input.ticketId);
  return result ? { status: 'queued', ticket: result } : { status: 'not_found' };
}

/** Writes the outbox row's new state and the message's delivery (message-delivery-script.ts). */
function* changeDelivery(row: OutboxRow, change: OutboxChange, now: Date): Script<Ticket | null> {
  yield* perform('updateOutbox', row.delivery_id, change);
  const delivery = deliveryOf({ ...row, ...change }, change.updated_at);
  return yield* writeMessageDelivery(row.tenant_id, row.ticket_id, row.message_id, delivery, now);
}

import type { DeliveryResult } from '../../shared/channels/email-records.js';
import type { MessageDelivery } from '../../shared/domain/ticket.js';
import type { OutboxChange, OutboxRow } from '../storage/email-rows.js';

/** The longest delivery reason kept (MessageDeliverySchema's bound). */
const MAX_REASON_LENGTH = 2000;

const reasonText = (reason: string): string => reason.slice(0, MAX_REASON_LENGTH);

/** Why a reply was not sent: its ticket's mail channel was removed, or its settings no longer read. */
export function noChannelReason(channelId: string): string {
  return `Not sent: the email channel "${channelId}" this ticket's mail came through was removed or its settings do not read. Copy the reply and send it another way, or restore the channel and send it again.`;
}

/** What the console shows of an outbox row: a row being sent is still queued to the agent. */
export function deliveryOf(row: Pick<OutboxRow, OutboxKeys>, at: string): MessageDelivery {
  return {
    state: row.state === 'sending' ? 'queued' : row.state,
    to: row.to_address,
    attempts: Number(row.attempts),
    reason: row.last_reason,
    at,
  };
}
type OutboxKeys = 'state' | 'to_address' | 'attempts' | 'last_reason';

/** The outbox row after a send attempt: sent, back in the queue at `retryAt`, or failed for good. */
export function outboxAfterAttempt(row: OutboxRow, result: DeliveryResult, now: Date): OutboxChange {
  const attempted = { attempts: Number(row.attempts) + 1, lease_until: null, updated_at: now.toISOString() };
  switch (result.state) {
    case 'sent':
      return { ...attempted, state: 'sent', next_attempt_at: row.next_attempt_at, last_reason: null };
    case 'retry': {
      const retryAt = Date.parse(result.retryAt);
      const due = Number.isFinite(retryAt) ? retryAt : now.getTime();
      return { ...attempted, state: 'queued', next_attempt_at: due, last_reason: reasonText(result.reason) };
    }
    case 'failed':
      return {
        ...attempted,
        state: 'failed',
        next_attempt_at: row.next_attempt_at,
        last_reason: reasonText(result.reason),
      };
  }
}

/** A bounce report came back for the row: failed with the report's reason (its attempts as they were). */
export function outboxBounced(row: OutboxRow, reason: string, now: Date): OutboxChange {
  return {
    state: 'failed',
    attempts: Number(row.attempts),
    next_attempt_at: row.next_attempt_at,
    lease_until: null,
    last_reason: reasonText(reason),
    updated_at: now.toISOString(),
  };
}

/** A person asked to send a failed reply again: queued and due now, with the same Message-ID. */
export function outboxRequeued(row: OutboxRow, now: Date): OutboxChange {
  return {
    state: 'queued',
    attempts: Number(row.attempts),
    next_attempt_at: now.getTime(),
    lease_until: null,
    last_reason: null,
    updated_at: now.toISOString(),
  };
}

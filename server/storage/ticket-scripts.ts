import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { Message, Ticket } from '../../shared/domain/ticket.js';
import { customerReplyEntry, ratingEntry, SYSTEM_ACTOR } from '../audit/audit-entries.js';
import { renewedLeaseUntil } from '../domain/claim-lease.js';
import { planRating } from '../domain/customer-rating.js';
import { planCustomerReply } from '../domain/customer-reply.js';
import { newMessageId, newTicketId } from '../domain/ids.js';
import { planIntake } from '../domain/intake-plan.js';
import { changedTicket, messageRow, type TicketChange } from '../domain/ticket-change.js';
import { appendAudit } from './audit-append.js';
import { currentTicketRow } from './merge-follow.js';
import { withChatDelivery } from '../domain/chat-delivery.js';
import { withEmailDelivery } from './email-outbox-script.js';
import { withChannelReplyDelivery } from './messaging-reply-script.js';
import { recordWebhookEvents } from './webhook-event-script.js';
import type {
  ClaimedTicket,
  ClaimInput,
  CustomerReplyInput,
  IntakeInput,
  IntakeResult,
  RatingInput,
  RatingResult,
  RenewClaimInput,
  RenewClaimResult,
} from './queue-store.js';
import { perform, type Script } from './store-operations.js';
import { claimFromRow, messageFromRow, messagesByTicket, ticketFromRow } from './ticket-rows.js';

// The write transactions on tickets, step by step, for every engine (see store-operations.ts).

/**
 * Every transaction that writes feed rows takes its tenant's feed lock first; a batch takes all of its
 * tenants' in a fixed (sorted) order, should it ever span tenants.
 */
export function* intakeBatch(inputs: readonly IntakeInput[]): Script<IntakeResult[]> {
  for (const tenantId of [...new Set(inputs.map((input) => input.tenantId))].sort())
    yield* perform('lockFeed', tenantId);
  const results: IntakeResult[] = [];
  for (const input of inputs) results.push(yield* intakeOne(input));
  return results;
}

function* intakeOne(input: IntakeInput): Script<IntakeResult> {
  if (input.idempotencyKey !== null) {
    const earlier = yield* perform('intakeKeyTicket', input.tenantId, input.idempotencyKey);
    const existing = earlier === null ? null : yield* ticketWithMessages(input.tenantId, earlier);
    if (existing) return { ...existing, created: false };
  }
  const message = yield* perform('nextSeq', input.tenantId);
  const ticket = yield* perform('nextSeq', input.tenantId);
  const plan = planIntake(input, { ticketId: newTicketId(), messageId: newMessageId() }, { message, ticket });
  yield* perform('insertTicket', plan.ticket);
  yield* perform('insertMessage', input.tenantId, plan.message);
  yield* recordWebhookEvents({ before: null, after: plan.ticket, message: plan.message }, plan.ticket.createdAt);
  if (plan.idempotencyKey !== null)
    yield* perform('insertIntakeKey', input.tenantId, plan.idempotencyKey, plan.ticket.id);
  yield* appendAudit(plan.audit);
  return { ticket: plan.ticket, messages: [plan.message], created: true };
}

/** A customer's message on a merged ticket lands on the ticket it was merged into (merge-follow.ts). */
export function* appendCustomerReply(input: CustomerReplyInput): Script<TicketWithMessages | null> {
  yield* perform('lockFeed', input.tenantId);
  const row = yield* currentTicketRow(input.tenantId, input.ticketId, true);
  if (!row) return null;
  const ticket = ticketFromRow(row);
  const planned = planCustomerReply(ticket, input.text, newMessageId());
  const reply = input.email ? { ...planned, message: { ...planned.message, email: input.email } } : planned;
  const changed = yield* writeTicketChange(ticket, reply, input.now);
  yield* appendAudit([customerReplyEntry(ticket, changed, reply.message.id, input.actor ?? SYSTEM_ACTOR)]);
  return yield* ticketWithMessages(input.tenantId, ticket.id);
}

export function* rateTicket(input: RatingInput): Script<RatingResult> {
  yield* perform('lockFeed', input.tenantId);
  const row = yield* perform('ticketRow', input.tenantId, input.ticketId, true);
  if (!row) return { status: 'not_found' };
  const ticket = ticketFromRow(row);
  const rating = planRating(ticket, input.score, input.comment, input.now);
  if (!rating) return { status: 'not_closed', ticket };
  const rated = yield* writeTicketChange(ticket, rating, input.now);
  yield* appendAudit([ratingEntry(rated, input.actor ?? SYSTEM_ACTOR)]);
  return { status: 'rated', ticket: rated };
}

/**
 * Appends the change's message (if any) with its own seq, then writes the ticket with the next seq and version.
 * Every message the queue writes comes through here, so a public reply on an email ticket gets its outbox row here,
 * one on a chat ticket its queued delivery (domain/chat-delivery.ts) and one on a generic channel's its delivery row
 * (messaging-reply-script.ts); and every change records its webhook events (webhook-event-script.ts).
 */
export function* writeTicketChange(ticket: Ticket, change: TicketChange, now: Date): Script<Ticket> {
  const at = now.toISOString();
  let written: Message | null = null;
  if (change.message) {
    const seq = yield* perform('nextSeq', ticket.tenantId);
    const message = messageRow(ticket.id, change.message, at, seq);
    const language = change.patch.language === undefined ? ticket.language : change.patch.language;
    const delivered = withChatDelivery(ticket, yield* withEmailDelivery(ticket, message, language));
    written = yield* withChannelReplyDelivery(ticket, delivered);
    yield* perform('insertMessage', ticket.tenantId, written);
  }
  const changed = changedTicket(ticket, change, at, yield* perform('nextSeq', ticket.tenantId));
  yield* perform('updateTicket', changed);
  yield* recordWebhookEvents({ before: ticket, after: changed, message: written }, at);
  return changed;
}

export function* ticketWithMessages(tenantId: string, ticketId: string): Script<TicketWithMessages | null> {
  const row = yield* perform('ticketRow', tenantId, ticketId, false);
  if (!row) return null;
  const messages = yield* perform('messageRows', tenantId, [ticketId]);
  return { ticket: ticketFromRow(row), messages: messages.map(messageFromRow) };
}

/** Claims do not move the feed and take no feed lock. */
export function* claimTickets(input: ClaimInput): Script<ClaimedTicket[]> {
  const nowMs = input.now.getTime();
  const leaseUntil = nowMs + input.leaseMs;
  const { tenantId, workerId, limit } = input;
  const claimed = yield* perform('claimRows', { tenantId, workerId, nowMs, leaseUntil, limit });
  const messages = messagesByTicket(
    yield* perform(
      'messageRows',
      tenantId,
      claimed.map(({ row }) => row.id),
    ),
  );
  return claimed.map(({ row, previousHolder }) => ({
    ticket: ticketFromRow(row),
    messages: messages.get(row.id) ?? [],
    leaseUntil: new Date(leaseUntil).toISOString(),
    previousHolder,
  }));
}

export function* renewClaim(input: RenewClaimInput): Script<RenewClaimResult> {
  const row = yield* perform('ticketRow', input.tenantId, input.ticketId, true);
  if (!row) return { status: 'not_found' };
  const leaseUntil = renewedLeaseUntil(row.status, claimFromRow(row), input);
  if (leaseUntil === null) return { status: 'lost' };
  yield* perform('setLease', input.tenantId, input.ticketId, leaseUntil);
  return { status: 'renewed', leaseUntil: new Date(leaseUntil).toISOString() };
}

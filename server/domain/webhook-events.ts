import type { Message, Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type {
  WebhookEvent,
  WebhookEventType,
  WebhookMessage,
  WebhookTicket,
} from '../../shared/channels/webhook-events.js';

/** One write to a ticket as the webhooks see it: the ticket before (null: it was created) and after, and its message. */
export interface TicketChangeSeen {
  before: Ticket | null;
  after: Ticket;
  message: Message | null;
}

/** The statuses a ticket is closed in: reaching one resolves it, leaving one reopens it. */
const CLOSED: ReadonlySet<TicketStatus> = new Set(['resolved', 'ai_resolved']);

/**
 * The events of a change: a new ticket, a status change that reopened, escalated or resolved it (a closed ticket
 * reopened into `escalated` is both), a message added (the first one too), a rating added. A change without any (a note's quiet
 * bookkeeping, an assignment) has none.
 */
export function webhookEventTypes({ before, after, message }: TicketChangeSeen): WebhookEventType[] {
  const types: WebhookEventType[] = [];
  if (before === null) types.push('ticket.created');
  else if (before.status !== after.status) {
    // Each fact on its own: a closed ticket the customer's reply hands to a person is reopened and escalated.
    if (CLOSED.has(before.status) && !CLOSED.has(after.status)) types.push('ticket.reopened');
    if (after.status === 'escalated') types.push('ticket.escalated');
    if (CLOSED.has(after.status) && !CLOSED.has(before.status)) types.push('ticket.resolved');
  }
  if (message) types.push('message.added');
  if (after.csat && after.csat.at !== before?.csat?.at) types.push('rating.added');
  return types;
}

/** The events of a change with their bodies (WebhookEventSchema), each with a new id from `newEventId`. */
export function webhookEventsOf(
  change: TicketChangeSeen,
  occurredAt: string,
  newEventId: () => string,
): WebhookEvent[] {
  return webhookEventTypes(change).map((type) => ({
    id: newEventId(),
    type,
    tenantId: change.after.tenantId,
    occurredAt,
    ticket: webhookTicket(change.after),
    message:
      (type === 'message.added' || type === 'ticket.created') && change.message ? webhookMessage(change.message) : null,
    rating: type === 'rating.added' ? change.after.csat : null,
  }));
}

/** The ticket as an event carries it: no AI internals, no review, no costs. */
export function webhookTicket(ticket: Ticket): WebhookTicket {
  const { id, name, email } = ticket.customer;
  return {
    id: ticket.id,
    status: ticket.status,
    channel: ticket.channel,
    subject: ticket.subject,
    customer: email === undefined ? { id, name } : { id, name, email },
    ownerQueue: ticket.ownerQueue,
    intent: ticket.intent,
    language: ticket.language,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
  };
}

function webhookMessage(message: Message): WebhookMessage {
  const { id, author, authorName, kind, text, createdAt } = message;
  return { id, author, authorName, kind, text, createdAt };
}

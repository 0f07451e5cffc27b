import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

export const CUSTOMER_EMAIL = 'aarav.davis1165@example.com';

const RETAIL_TICKET_AT = '2026-11-20T10:00:00.000Z';

/** Aarav's email about his order to the retail tenant (id t-retail-1); any field can be set. */
export function retailTicket(fields: Partial<Ticket> = {}): Ticket {
  return testTicket({
    id: 't-retail-1',
    tenantId: 'retail',
    subject: 'My order',
    channel: 'email',
    customer: { id: 'c-aarav', name: 'Aarav Davis', email: CUSTOMER_EMAIL, tier: 'standard' },
    at: RETAIL_TICKET_AT,
    ...fields,
  });
}

/** A message on ticket t-retail-1 by `author`. */
export function msg(author: Message['author'], text: string, kind: Message['kind'] = 'reply'): Message {
  return testMessage('t-retail-1', text, { author, kind, createdAt: RETAIL_TICKET_AT });
}

export function decisionJson(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'resolve',
    reply: 'Thank you for your message.',
    summary: 'Answered.',
    intent: 'order_status',
    language: 'en',
    escalation_reason: null,
    customer_asked_for_human: false,
    ...over,
  };
}

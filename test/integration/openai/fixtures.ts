import type { Message, Ticket } from '../../../shared/domain/ticket.js';

export const CUSTOMER_EMAIL = 'aarav.davis1165@example.com';

export function retailTicket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 't-retail-1',
    tenantId: 'retail',
    subject: 'My order',
    channel: 'email',
    customer: { id: 'c-aarav', name: 'Aarav Davis', email: CUSTOMER_EMAIL, tier: 'standard' },
    status: 'new',
    language: null,
    intent: null,
    confidence: null,
    ownerQueue: null,
    escalation: null,
    aiDraft: null,
    summary: null,
    humanTouched: false,
    csat: null,
    review: null,
    version: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    seq: 1,
    ...over,
  };
}

let seq = 0;
export function msg(author: Message['author'], text: string, kind: Message['kind'] = 'reply'): Message {
  seq++;
  return {
    id: `m${seq}`,
    ticketId: 't-retail-1',
    author,
    authorName: null,
    kind,
    text,
    createdAt: '2026-11-20T10:00:00.000Z',
    seq,
  };
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

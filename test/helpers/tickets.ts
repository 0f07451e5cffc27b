import { newTicket, type Message, type Ticket } from '../../shared/domain/ticket.js';

/** When a test ticket arrived unless the test says otherwise. */
const TEST_TICKET_AT = '2026-05-01T08:00:00.000Z';

export type TestTicketFields = Partial<Ticket> & {
  id: string;
  /** When it arrived: its createdAt and updatedAt. */
  at?: string;
};

/**
 * A ticket as the queue serves it: new, nothing decided, version 1, at feed position 1, of tenant payments, from
 * customer Dana (standard tier) on chat, subject "Subject <id>". Any field can be set.
 */
export function testTicket({ id, at = TEST_TICKET_AT, ...fields }: TestTicketFields): Ticket {
  return {
    ...newTicket({
      id,
      tenantId: 'payments',
      subject: `Subject ${id}`,
      customer: { id: 'c1', name: 'Dana', tier: 'standard' },
      channel: 'chat',
      at,
      seq: 1,
    }),
    ...fields,
  };
}

let messageCount = 0;

/** A customer's reply on the ticket, with the next id (m1, m2, ...) and feed position; any field can be set. */
export function testMessage(ticketId: string, text: string, fields: Partial<Message> = {}): Message {
  messageCount++;
  return {
    id: `m${messageCount}`,
    ticketId,
    author: 'customer',
    authorName: null,
    kind: 'reply',
    text,
    createdAt: TEST_TICKET_AT,
    seq: messageCount,
    ...fields,
  };
}

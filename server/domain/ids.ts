import { randomUUID } from 'node:crypto';

export function newTicketId(): string {
  return `tkt_${randomUUID()}`;
}

export function newMessageId(): string {
  return `msg_${randomUUID()}`;
}

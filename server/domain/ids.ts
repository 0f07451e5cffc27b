import { randomUUID } from 'node:crypto';
import { TICKET_ID_PREFIX } from '../../shared/channels/ticket-reference.js';

export function newTicketId(): string {
  return `${TICKET_ID_PREFIX}${randomUUID()}`;
}

export function newMessageId(): string {
  return `msg_${randomUUID()}`;
}

/** A stored attachment (or a mail's original HTML) of an email ticket. */
export function newAttachmentId(): string {
  return `att_${randomUUID()}`;
}

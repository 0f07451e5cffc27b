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

/** A person of a tenant (issue 18): the admin's API and CLI, the first SSO sign-in and the demo users all make them here. */
export function newUserId(): string {
  return `usr_${randomUUID()}`;
}

/** An API token's id (`tok_…`): what list, rotate and revoke name; the secret is another thing (server/auth/tokens.ts). */
export function newApiTokenId(): string {
  return `tok_${randomUUID()}`;
}

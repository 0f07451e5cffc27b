import { randomBytes, randomUUID } from 'node:crypto';
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

/** A user (`usr_`) of a tenant: 22 random URL-safe characters after the prefix (the admin's API and CLI, SSO, demo users). */
export function newUserId(): string {
  return `usr_${randomBytes(16).toString('base64url')}`;
}

/** An API token's id (`tok_`), what list, rotate and revoke name (the secret is another thing: auth/tokens.ts). */
export function newApiTokenId(): string {
  return `tok_${randomBytes(16).toString('base64url')}`;
}

/** A person's session (`ses_`): what sign-out and the event streams name (its tokens are other things: auth/sign-in). */
export function newSessionId(): string {
  return `ses_${randomBytes(16).toString('base64url')}`;
}

/** A merge of two tickets (`mrg_`, shared/api/merge-contract.ts MergeIdSchema): what its undo names. */
export function newMergeId(): string {
  return `mrg_${randomBytes(16).toString('base64url')}`;
}

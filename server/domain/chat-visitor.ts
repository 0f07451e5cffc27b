import { randomBytes } from 'node:crypto';
import { WIDGET_SESSION_TOKEN_PREFIX, type WidgetIdentity } from '../../shared/api/widget-contract.js';
import { MAX_SUBJECT_LENGTH, type Customer } from '../../shared/domain/ticket.js';

/** The customer id prefix of a visitor the host page did not sign in. */
export const ANONYMOUS_VISITOR_PREFIX = 'visitor_';
/** How agents see a visitor the host page did not sign in. */
export const ANONYMOUS_VISITOR_NAME = 'Website visitor';
/** The longest subject a chat ticket gets from its first message. */
const CHAT_SUBJECT_LENGTH = Math.min(80, MAX_SUBJECT_LENGTH);

/** A new visitor session token (given to the page once; the queue keeps its sha256). */
export function newWidgetSessionToken(): string {
  return `${WIDGET_SESSION_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The customer a session speaks as: the host page's verified customer, or a new anonymous visitor. */
export function visitorCustomer(identity: WidgetIdentity | undefined): Customer {
  if (identity)
    return {
      id: identity.customerId,
      name: identity.name ?? identity.customerId,
      ...(identity.email ? { email: identity.email } : {}),
      tier: 'standard',
    };
  return {
    id: `${ANONYMOUS_VISITOR_PREFIX}${randomBytes(12).toString('base64url')}`,
    name: ANONYMOUS_VISITOR_NAME,
    tier: 'standard',
  };
}

/** A chat ticket's subject: its first message's first line, shortened. */
export function chatSubject(text: string): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > CHAT_SUBJECT_LENGTH ? `${line.slice(0, CHAT_SUBJECT_LENGTH - 1)}…` : line || 'Chat';
}

/** The primary language of a browser language tag (`pt-BR` → `pt`), as the AI engines read a ticket's language; else null. */
export function languageHint(tag: string | null): string | null {
  const primary = tag?.split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

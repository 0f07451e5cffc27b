/**
 * The chat widget's constants, without zod: widget.js (widget/) imports them, and this module keeps its bundle small.
 * widget-contract.ts re-exports them beside the schemas; read its comment for the endpoints.
 */
export const WIDGET_SCRIPT_PATH = '/widget.js';
export const WIDGET_API_PREFIX = '/v1/widget';

/**
 * The attributes of the widget's script tag on the host page: the tenant and the widget's public key, and, when the
 * host site signs its signed-in customer in (identity verification), that customer (WidgetIdentitySchema's fields).
 * The queue's address is the script's own origin.
 */
export const WIDGET_SCRIPT_ATTRIBUTES = {
  tenant: 'data-tenant',
  key: 'data-key',
  customerId: 'data-customer-id',
  customerName: 'data-customer-name',
  customerEmail: 'data-customer-email',
  customerSignature: 'data-customer-signature',
} as const;

export const WIDGET_LIMITS = {
  /** Longest message a visitor sends, in characters. */
  maxTextLength: 2_000,
  /** Longest rating comment. */
  maxCommentLength: 1_000,
  /** Messages one visitor may send a minute (a burst of this many, then at this rate). */
  messagesPerVisitorPerMinute: 20,
  /** Widget requests of all of a tenant's visitors a minute (every endpoint counted). */
  requestsPerTenantPerMinute: 6_000,
  /** New sessions one address may open a minute. */
  sessionsPerAddressPerMinute: 30,
  /** How long a session token stays valid without use, in days. */
  sessionIdleDays: 30,
} as const;

export const WIDGET_SESSION_TOKEN_PREFIX = 'vs_';

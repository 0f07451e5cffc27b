/**
 * How the queue signs what it sends (outbound webhooks, a generic channel's replies) and how a generic channel's
 * sender signs what it posts in, defined once (Stripe's scheme): the signed text is `${timestamp}.${body}` (the
 * timestamp in whole seconds since 1970, the body byte for byte), the signature header is `v1=` and the hex
 * HMAC-SHA256 of it under the shared secret. A request older or newer than SIGNATURE_TOLERANCE_SECONDS is refused,
 * so a captured request cannot be replayed later. lib/request-signing.ts computes and checks it.
 */
export const SIGNATURE_HEADER = 'x-switchboard-signature';
export const TIMESTAMP_HEADER = 'x-switchboard-timestamp';
/** The delivery's event id, the same on every retry and redelivery of it: a receiver keeps the ids it has seen. */
export const EVENT_ID_HEADER = 'x-switchboard-event-id';
export const SIGNATURE_VERSION = 'v1';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The text that is signed. */
export function signedText(timestampSeconds: number, body: string): string {
  return `${timestampSeconds}.${body}`;
}

/**
 * Identity verification of the chat widget: the host site's server signs its signed-in customer's id with the
 * widget's identity secret, `hex(HMAC-SHA256(secret, customerId))`, and the page passes id and signature to the
 * widget. The queue then trusts the id and files the ticket under that customer.
 */
export const IDENTITY_SIGNATURE_RULE = 'hex(HMAC-SHA256(identity secret, customer id))';

/** A secret the queue makes for a tenant (shown once, stored sealed): its prefix says what it signs. */
export const SECRET_PREFIXES = { webhook: 'whsec_', channel: 'chsec_', widget: 'idsec_' } as const;
export type SecretOwnerKind = keyof typeof SECRET_PREFIXES;
export const SECRET_OWNER_KINDS = Object.keys(SECRET_PREFIXES) as [SecretOwnerKind, ...SecretOwnerKind[]];

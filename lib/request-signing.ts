import { createHmac, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_TOLERANCE_SECONDS, SIGNATURE_VERSION, signedText } from '../shared/channels/request-signature.js';

/** The signature header's value for `body` sent at `timestampSeconds` (shared/channels/request-signature.ts). */
export function signRequest(secret: string, timestampSeconds: number, body: string): string {
  return `${SIGNATURE_VERSION}=${hmacHex(secret, signedText(timestampSeconds, body))}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a signed request: the timestamp header is whole seconds within the tolerance of `nowMs`, and one of the
 * signature header's comma-separated `v1=` values is the body's signature (several while a secret is rotated).
 */
export function verifySignedRequest(input: {
  secret: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  body: string;
  nowMs: number;
}): SignatureCheck {
  const { timestampHeader, signatureHeader } = input;
  if (!timestampHeader || !/^\d{1,12}$/.test(timestampHeader)) return { ok: false, reason: 'missing_timestamp' };
  const timestamp = Number(timestampHeader);
  if (Math.abs(input.nowMs / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: 'stale_timestamp' };
  if (!signatureHeader || signatureHeader.length > 1_000) return { ok: false, reason: 'missing_signature' };
  const expected = signRequest(input.secret, timestamp, input.body);
  const matches = signatureHeader.split(',').some((candidate) => sameText(candidate.trim(), expected));
  return matches ? { ok: true } : { ok: false, reason: 'bad_signature' };
}

/** The widget's identity signature of a customer id (shared/channels/request-signature.ts). */
export function identitySignature(secret: string, customerId: string): string {
  return hmacHex(secret, customerId);
}

export function verifyIdentitySignature(secret: string, customerId: string, signature: string): boolean {
  return sameText(signature.toLowerCase(), identitySignature(secret, customerId));
}

function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

/** Constant-time comparison of two texts (false at once when their lengths differ, which gives nothing away). */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

import type { FastifyRequest } from 'fastify';
import type { HttpError } from '../http-errors.js';

/**
 * Requests from an address past its limit on credentials that do not work (rate-limit.ts): their credential is still
 * checked, so a colleague's working one from the same address (an office behind one NAT address) is served, while one
 * that fails is answered with this 429 instead of a 401.
 */
const pastLimit = new WeakMap<FastifyRequest, () => HttpError>();

/** The address of `request` is past its limit: a failing credential gets `refusal` (rate-limit.ts). */
export function markPastFailedCredentialLimit(request: FastifyRequest, refusal: () => HttpError): void {
  pastLimit.set(request, refusal);
}

/** The 429 for a failing credential of a request whose address is past its limit, or undefined (authenticate.ts). */
export function failedCredentialLimitRefusal(request: FastifyRequest): HttpError | undefined {
  return pastLimit.get(request)?.();
}

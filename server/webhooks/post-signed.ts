import type { WebhookAttempt } from '../../shared/api/webhook-contract.js';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/channels/request-signature.js';
import { signRequest } from '../../lib/request-signing.js';

/** The start of a receiver's answer the log keeps, in characters (WebhookAttemptSchema's bound). */
export const KEPT_RESPONSE_CHARACTERS = 1_000;
/** Bytes read of an answer at most (the rest is never downloaded). */
const READ_BYTES = 4 * KEPT_RESPONSE_CHARACTERS;
const MAX_ERROR_LENGTH = 500;

export interface SignedPost {
  url: string;
  secret: string;
  eventId: string;
  /** The JSON body, sent byte for byte as signed. */
  body: string;
  timeoutMs: number;
  /** Aborts the post when the worker stops. */
  signal: AbortSignal;
  now: () => Date;
}

/**
 * POSTs a delivery signed (shared/channels/request-signature.ts): no redirects followed, the answer read up to a
 * bound, the whole exchange within `timeoutMs`. Never throws: an answer is its status and start, no answer its error.
 */
export async function postSigned(post: SignedPost): Promise<WebhookAttempt> {
  const sentAt = post.now();
  const started = performance.now();
  const timestamp = Math.floor(sentAt.getTime() / 1000);
  const timeout = AbortSignal.timeout(post.timeoutMs);
  const attempt = (fields: Pick<WebhookAttempt, 'status' | 'error' | 'response'>): WebhookAttempt => ({
    at: sentAt.toISOString(),
    ...fields,
    durationMs: Math.max(0, Math.round(performance.now() - started)),
  });
  try {
    const response = await fetch(post.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.any([timeout, post.signal]),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Switchboard-Webhooks/1',
        [SIGNATURE_HEADER]: signRequest(post.secret, timestamp, post.body),
        [TIMESTAMP_HEADER]: String(timestamp),
        [EVENT_ID_HEADER]: post.eventId,
      },
      body: post.body,
    });
    return attempt({ status: response.status, error: null, response: await answerStart(response) });
  } catch (error) {
    return attempt({ status: null, error: failureOf(error, timeout.aborted, post.timeoutMs), response: '' });
  }
}

/** The first KEPT_RESPONSE_CHARACTERS of the answer, reading no more than READ_BYTES of it. */
async function answerStart(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < READ_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, READ_BYTES));
  return Array.from(text).slice(0, KEPT_RESPONSE_CHARACTERS).join('');
}

/** Why no answer came, in a few words: timeout, connect (refused, unreachable), dns, tls, or the error's own words. */
function failureOf(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timeout: no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  const kind = /^(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET)$/.test(code)
    ? 'connect'
    : /^(ENOTFOUND|EAI_AGAIN)$/.test(code)
      ? 'dns'
      : /CERT|SSL|TLS/.test(code)
        ? 'tls'
        : 'error';
  return `${kind}: ${detail}`.slice(0, MAX_ERROR_LENGTH);
}

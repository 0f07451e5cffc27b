/** Retries with exponential backoff that honour the server's retry-after / retry-after-ms. */
import OpenAI from 'openai';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A retry-after longer than this is not waited for: the ticket is escalated instead. */
  maxRetryAfterMs: number;
}

export type Failure = { retryable: boolean; httpStatus: number | null; message: string; retryAfterMs: number | null };

/** Two retries, 0.5–8 s apart, a retry-after of up to 30 s honoured: for the engine and the translator alike. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** What to do after attempt number `attempt` (1-based) failed: wait and try again, or give up and why. */
export type RetryDecision =
  | { retry: true; waitMs: number }
  | { retry: false; why: 'not_retryable' | 'attempts_used' | 'retry_after_too_long'; retryAfterMs: number | null };

export function decideRetry(p: RetryPolicy, attempt: number, f: Failure, random = Math.random): RetryDecision {
  if (!f.retryable) return { retry: false, why: 'not_retryable', retryAfterMs: f.retryAfterMs };
  if (attempt > p.maxRetries) return { retry: false, why: 'attempts_used', retryAfterMs: f.retryAfterMs };
  if (f.retryAfterMs !== null && f.retryAfterMs > p.maxRetryAfterMs)
    return { retry: false, why: 'retry_after_too_long', retryAfterMs: f.retryAfterMs };
  return { retry: true, waitMs: backoffMs(p, attempt, f, random) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function parseRetryAfter(headers: Headers | undefined, now = Date.now()): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers.get('retry-after');
  if (!ra) return null;
  if (/^\d+(?:\.\d+)?$/.test(ra.trim())) return Number(ra) * 1000;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function classify(err: unknown): Failure {
  if (err instanceof OpenAI.APIConnectionTimeoutError)
    return { retryable: true, httpStatus: null, message: 'the request timed out', retryAfterMs: null };
  if (err instanceof OpenAI.APIConnectionError)
    return { retryable: true, httpStatus: null, message: `connection failed (${err.message})`, retryAfterMs: null };
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    const s = err.status;
    return {
      retryable: s === 408 || s === 409 || s === 429 || s >= 500,
      httpStatus: s,
      message: `HTTP ${s}${err.message ? `: ${err.message.slice(0, 200)}` : ''}`,
      retryAfterMs: parseRetryAfter(err.headers),
    };
  }
  return {
    retryable: false,
    httpStatus: null,
    message: err instanceof Error ? err.message : String(err),
    retryAfterMs: null,
  };
}

/** Delay before retry number `attempt` (1-based): the server's retry-after if given, else backoff with jitter. */
export function backoffMs(p: RetryPolicy, attempt: number, f: Failure, random = Math.random): number {
  if (f.retryAfterMs !== null) return f.retryAfterMs;
  const exp = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1));
  return exp / 2 + random() * (exp / 2);
}

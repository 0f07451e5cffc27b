import { z } from 'zod';
import type { AppError } from '../../../shared/result.js';

/**
 * What an identity method's refusal says, read in one place: the console answers the queue's own error code either
 * as its code or inside `details.error` (lib/queue-client's queue_refused / queue_rejected, with the HTTP status).
 */
export interface IdentityRefusal {
  /** The queue's code (`rate_limited`, `sso_required`, `unauthorized`…) or the console's (`queue_unreachable`). */
  code: string;
  status: number | null;
  message: string;
  /** When a rate limit lets the next try in (seconds from now). */
  retryAfterSeconds: number | null;
  /** Field issues of a refused value (a path and an English message). */
  issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>;
  /** The refusal's details as the queue sent them (a version conflict's `current`). */
  details: unknown;
}

const QueueErrorSchema = z.object({
  code: z.string(),
  message: z.string().optional(),
  details: z.unknown().optional(),
});
const WrappedSchema = z.object({ status: z.number().optional(), error: QueueErrorSchema.optional() });
const RetrySchema = z.object({ retryAfterSeconds: z.number().nonnegative() });
const IssuesSchema = z.object({
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});

/** The codes that mean the queue (or the console's host) could not be asked. */
const UNREACHABLE = new Set(['queue_unreachable', 'needs_network', 'host_unreachable', 'queue_error']);

export function readRefusal(error: AppError): IdentityRefusal {
  const wrapped = WrappedSchema.safeParse(error.details);
  const inner = wrapped.success ? wrapped.data.error : undefined;
  const details = inner ? inner.details : error.details;
  const retry = RetrySchema.safeParse(details);
  const issues = IssuesSchema.safeParse(details);
  return {
    code: inner?.code ?? error.code,
    status: wrapped.success ? (wrapped.data.status ?? null) : null,
    message: inner?.message ?? error.message,
    retryAfterSeconds: retry.success ? retry.data.retryAfterSeconds : null,
    issues: issues.success ? issues.data.issues : [],
    details,
  };
}

export const isUnreachable = (refusal: IdentityRefusal): boolean =>
  UNREACHABLE.has(refusal.code) || (refusal.status !== null && refusal.status >= 500);

/** Someone changed the record since the edit started (compare-and-set). */
export const isConflict = (refusal: IdentityRefusal): boolean => /conflict/.test(refusal.code);

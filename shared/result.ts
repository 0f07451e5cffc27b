/** Results that cross a process boundary (IPC, HTTP, worker) never throw: they say what went wrong. */
export interface AppError {
  /** Stable machine-readable code, e.g. `not_found`, `validation_failed`, `queue_unreachable`. */
  code: string;
  /** A sentence a person can act on. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string, details?: unknown): Result<T> {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}

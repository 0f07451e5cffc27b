import type { AppError, Result } from '../../../shared/result.js';

export const HOST_UNREACHABLE = 'host_unreachable';
export const BAD_RESPONSE = 'bad_response';

export function failure<T>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok === false) {
    const e = v.error as Partial<AppError> | undefined;
    return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
  }
  return false;
}

export function describeThrown(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

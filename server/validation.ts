import type { z } from 'zod';
import { HttpError } from './http-errors.js';

/** Parses with a shared zod schema, or throws 400 `validation_failed` with the issue list. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path ? ` at ${first.path}` : '';
  throw new HttpError(
    400,
    'validation_failed',
    `The ${what} is invalid${where}: ${first?.message ?? 'unknown issue'}`,
    { issues },
  );
}

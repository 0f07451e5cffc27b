import type { z } from 'zod';

/** A zod error's issues in one line, `path: message; path: message`, for an error that names what was invalid. */
export function describeZodIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

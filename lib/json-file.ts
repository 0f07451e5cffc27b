import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describeZodIssues } from './zod-issues.js';

/** A JSON file read with a schema; an unreadable or invalid one throws naming the file (`what` it is) and each issue. */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The ${what} ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`The ${what} ${file} is invalid: ${describeZodIssues(parsed.error)}`);
  return parsed.data;
}

import type { z } from 'zod';
import type { TokenActor } from './audit/audit-entries.js';
import { CliUsageError } from './cli-args.js';
import { HttpError } from './http-errors.js';

/** Who the CLI's user and token commands are audited as: the operator at the database, not a user of the tenant. */
export const OPERATOR: TokenActor = { name: 'operator', role: 'operator', userId: null };

/** The admin logic's refusals (the same HttpErrors the API answers) as a command-line mistake with the same sentence. */
export async function asUsageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HttpError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** A schema's issues as one line, each field named by its flag (`--expires-days: ...`). */
export function zodMessage(error: z.ZodError, flags: Record<string, string> = {}): string {
  return error.issues
    .map((issue) => {
      const field = String(issue.path[0] ?? 'input');
      return `--${flags[field] ?? field}: ${issue.message}`;
    })
    .join(' ');
}

/** Pads every column but the last to its widest cell, two spaces apart. */
export function alignColumns(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  '),
  );
}

import { z } from 'zod';
import { IMPORT_LIMITS } from './import-limits.js';

/** What an import did, counted: each read item is exactly one of created, updated, unchanged or skipped. */
export const ImportCountsSchema = z.strictObject({
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Messages written (tickets) or language versions stored (articles). */
  parts: z.number().int().nonnegative(),
  /** Comments without any text, left out of their ticket. */
  emptyComments: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export function emptyCounts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0, skipped: 0, parts: 0, emptyComments: 0 };
}

/** One item not imported: where it is (a line number or a file), its id when known, and why. */
export const ImportProblemSchema = z.strictObject({
  where: z.string(),
  externalId: z.string().optional(),
  reason: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** The report of an import: counts, the problems (the first IMPORT_LIMITS.reportedProblems of them) and how it ended. */
export class ImportReport {
  readonly problems: ImportProblem[] = [];
  private unlisted = 0;

  constructor(
    readonly what: 'tickets' | 'articles',
    readonly counts: ImportCounts = emptyCounts(),
  ) {}

  skip(problem: ImportProblem): void {
    this.counts.skipped += 1;
    if (this.problems.length < IMPORT_LIMITS.reportedProblems) this.problems.push(problem);
    else this.unlisted += 1;
  }

  /** The report as text lines for the terminal. `ended`: finished, or where it stopped and how to continue. */
  lines(ended: string): string[] {
    const { created, updated, unchanged, skipped, parts, emptyComments } = this.counts;
    const partName = this.what === 'tickets' ? 'messages' : 'language versions';
    const lines = [
      `Import of ${this.what}: ${ended}`,
      `  created ${created}, updated ${updated}, unchanged ${unchanged} (imported before), skipped ${skipped}; ${parts} ${partName} written`,
    ];
    if (emptyComments > 0) lines.push(`  ${emptyComments} comments had no text and were left out`);
    for (const problem of this.problems)
      lines.push(
        `  skipped ${problem.where}${problem.externalId ? ` (${problem.externalId})` : ''}: ${problem.reason}`,
      );
    if (this.unlisted > 0) lines.push(`  ... and ${this.unlisted} more skipped`);
    return lines;
  }

  toJSON(): { what: string; counts: ImportCounts; problems: ImportProblem[]; unlistedProblems: number } {
    return { what: this.what, counts: this.counts, problems: this.problems, unlistedProblems: this.unlisted };
  }
}

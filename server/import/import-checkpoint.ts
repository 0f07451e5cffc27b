import { readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../lib/write-file-atomically.js';
import { ImportCountsSchema, ImportProblemSchema } from './import-report.js';

/**
 * Where an interrupted tickets import stopped: after each committed batch the importer writes the line and byte
 * offset it reached, with the counts so far, to a small state file; the same command started again continues
 * there. The state names the tenant, the database and the file (its size and modification time), so it is only
 * used for the same import; the file is removed once the import has read the whole file.
 */
const CheckpointSchema = z.strictObject({
  tenantId: z.string(),
  db: z.string(),
  file: z.strictObject({ path: z.string(), size: z.number(), mtimeMs: z.number() }),
  lineNumber: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  counts: ImportCountsSchema,
  /** The problems listed so far, so the report of the run that finishes lists them all. */
  problems: z.array(ImportProblemSchema),
  savedAt: z.string(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export interface CheckpointTarget {
  tenantId: string;
  /** The database as describeDb shows it (no password). */
  db: string;
  file: string;
}

/** What makes a checkpoint this import's: the tenant, the database and the file as it is now (stat'ed once). */
export type CheckpointIdentity = Pick<Checkpoint, 'tenantId' | 'db' | 'file'>;

export function checkpointIdentity(target: CheckpointTarget): CheckpointIdentity {
  const stat = statSync(target.file);
  return {
    tenantId: target.tenantId,
    db: target.db,
    file: { path: resolve(target.file), size: stat.size, mtimeMs: stat.mtimeMs },
  };
}

/** The checkpoint to continue from, or null (none, unreadable, or of another import: the reason is `ignored`). */
export function readCheckpoint(
  stateFile: string,
  identity: CheckpointIdentity,
): { checkpoint: Checkpoint | null; ignored: string | null } {
  let text: string;
  try {
    text = readFileSync(stateFile, 'utf8');
  } catch {
    return { checkpoint: null, ignored: null };
  }
  let parsed: ReturnType<typeof CheckpointSchema.safeParse>;
  try {
    parsed = CheckpointSchema.safeParse(JSON.parse(text));
  } catch {
    return { checkpoint: null, ignored: `the state file ${stateFile} is not JSON` };
  }
  if (!parsed.success) return { checkpoint: null, ignored: `the state file ${stateFile} is not an import checkpoint` };
  const same =
    JSON.stringify([parsed.data.tenantId, parsed.data.db, parsed.data.file]) ===
    JSON.stringify([identity.tenantId, identity.db, identity.file]);
  return same
    ? { checkpoint: parsed.data, ignored: null }
    : {
        checkpoint: null,
        ignored: `the state file ${stateFile} is of another tenant, database or version of the file`,
      };
}

export function writeCheckpoint(stateFile: string, checkpoint: Checkpoint): void {
  writeFileAtomically(stateFile, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

export function clearCheckpoint(stateFile: string): void {
  rmSync(stateFile, { force: true });
}

/** The default state file: beside the imported file. */
export function defaultStateFile(file: string): string {
  return `${file}.import-state.json`;
}

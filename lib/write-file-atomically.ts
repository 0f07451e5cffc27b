import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `file` whole or not at all: the data goes to a temporary file beside it, which is then renamed over
 * it, so a crash or a concurrent reader never sees half a file. `mode` (e.g. 0o600 for secrets) is set on the
 * temporary file before the rename, also when an older temporary file was left behind. Creates the folder.
 * Throws on failure, leaving no temporary file.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array, options: { mode?: number } = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, options.mode === undefined ? undefined : { mode: options.mode });
    if (options.mode !== undefined) chmodSync(temporary, options.mode);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

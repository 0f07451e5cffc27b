import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { ProviderKeyStore } from './provider-key-store.js';
import { writeFileAtomically } from '../../../lib/write-file-atomically.js';

const KeyFileSchema = z.strictObject({ apiKey: z.string().min(1) });

/**
 * Browser mode's key store: a JSON file in the data folder, readable and writable by the user only
 * (0600), written to a temporary file first and renamed over, so a crash never leaves half a key. The
 * key is in plain text on disk (the README says so); Electron keeps it in the OS keychain instead.
 */
export function providerKeyFile(file: string): ProviderKeyStore {
  return {
    storage: 'data_dir_file',
    get() {
      if (!existsSync(file)) return undefined;
      try {
        const parsed = KeyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data.apiKey : undefined;
      } catch {
        return undefined;
      }
    },
    set(apiKey): Result<void> {
      try {
        writeFileAtomically(file, JSON.stringify({ apiKey }), { mode: 0o600 });
        return ok(undefined);
      } catch (error) {
        return fail(
          'key_not_stored',
          `The API key could not be written to ${file}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    delete(): Result<void> {
      try {
        rmSync(file, { force: true });
        return ok(undefined);
      } catch (error) {
        return fail(
          'key_not_removed',
          `The API key file ${file} could not be removed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

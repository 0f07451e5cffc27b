import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fail, ok } from '../../../shared/result.js';
import { writeFileAtomically } from '../../../lib/write-file-atomically.js';
import type { SessionSecretStore } from './session-secret-store.js';

/** Browser mode's file in the data folder (mode 0600). */
export const SESSION_SECRET_FILE = 'session.json';

/** A remembered session is a refresh token and a user: far below this; a bigger file is not read. */
const MAX_SESSION_BYTES = 64 * 1024;

/**
 * Browser mode's session store: `<dataDir>/session.json`, readable and writable by the user only (0600), written to a
 * temporary file and renamed over, so a crash never leaves half a session. The refresh token is in plain text on disk
 * (the README says so, as for the provider key); Electron keeps it in the OS keychain instead.
 */
export function sessionSecretFile(file: string): SessionSecretStore {
  return {
    storage: 'data_dir_file',
    read() {
      try {
        if (!existsSync(file)) return undefined;
        const text = readFileSync(file, 'utf8');
        return text.length > 0 && Buffer.byteLength(text) <= MAX_SESSION_BYTES ? text : undefined;
      } catch {
        return undefined;
      }
    },
    write(text) {
      if (Buffer.byteLength(text) > MAX_SESSION_BYTES)
        return fail('session_not_stored', `A remembered session is at most ${MAX_SESSION_BYTES} bytes.`);
      try {
        writeFileAtomically(file, text, { mode: 0o600 });
        return ok(undefined);
      } catch (error) {
        return fail('session_not_stored', `The session could not be written to ${file}: ${messageOf(error)}`);
      }
    },
    clear() {
      try {
        rmSync(file, { force: true });
        return ok(undefined);
      } catch (error) {
        return fail('session_not_removed', `The session file ${file} could not be removed: ${messageOf(error)}`);
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

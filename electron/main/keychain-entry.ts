import { fail, ok, type Result } from '../../shared/result.js';
import type { SecretName, SecretStore } from './secret-policy.js';

/** One secret of the OS keychain (safeStorage) as the core's stores ask for it: read, write with a Result, clear. */
export interface KeychainEntry {
  read(): string | undefined;
  /** Fails (and changes nothing) without a secure store, with the reason. */
  write(value: string): Result<void>;
  clear(): Result<void>;
}

/** The secret `name` of `secrets`; a failed removal answers `removeCode` with "The stored <what> could not be removed". */
export function keychainEntry(secrets: SecretStore, name: SecretName, what: string, removeCode: string): KeychainEntry {
  return {
    read: () => secrets.get(name),
    write(value) {
      const stored = secrets.set(name, value);
      return stored.ok ? ok(undefined) : fail(stored.error.code, stored.error.message);
    },
    clear() {
      try {
        secrets.delete(name);
        return ok(undefined);
      } catch (error) {
        return fail(
          removeCode,
          `The stored ${what} could not be removed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

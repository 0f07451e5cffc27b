import type { ProviderKeyStorage } from '../../../shared/api/provider-settings-contract.js';
import type { Result } from '../../../shared/result.js';

/**
 * Where this console keeps the provider's API key, apart from the other settings: the OS keychain in
 * Electron (main implements it over safeStorage), a 0600 file in the data folder in browser mode.
 */
export interface ProviderKeyStore {
  readonly storage: ProviderKeyStorage;
  /** The stored key, or undefined when none is stored (or it cannot be read). */
  get(): string | undefined;
  /** Fails (and changes nothing) when the key cannot be kept safely, e.g. no system keyring. */
  set(key: string): Result<void>;
  delete(): Result<void>;
}

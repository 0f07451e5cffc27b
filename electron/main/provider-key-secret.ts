import type { ProviderKeyStore } from '../core/provider/provider-key-store.js';
import { keychainEntry } from './keychain-entry.js';
import type { SecretStore } from './secret-policy.js';

/**
 * The desktop app's provider key store: the OS keychain through safeStorage (the same `openaiApiKey`
 * secret SWITCHBOARD_OPENAI_API_KEY fills). Without a secure store, saving a key is refused with the
 * reason; the key stays in main and never reaches the renderer.
 */
export function providerKeySecret(secrets: SecretStore): ProviderKeyStore {
  const entry = keychainEntry(secrets, 'openaiApiKey', 'API key', 'key_not_removed');
  return { storage: 'system_keychain', get: entry.read, set: entry.write, delete: entry.clear };
}

import type { ProviderKeyStore } from '../core/provider/provider-key-store.js';
import { fail, ok } from '../../shared/result.js';
import type { SecretStore } from './secret-policy.js';

/**
 * The desktop app's provider key store: the OS keychain through safeStorage (the same `openaiApiKey`
 * secret SWITCHBOARD_OPENAI_API_KEY fills). Without a secure store, saving a key is refused with the
 * reason; the key stays in main and never reaches the renderer.
 */
export function providerKeySecret(secrets: SecretStore): ProviderKeyStore {
  return {
    storage: 'system_keychain',
    get: () => secrets.get('openaiApiKey'),
    set(key) {
      const stored = secrets.set('openaiApiKey', key);
      return stored.ok ? ok(undefined) : fail(stored.error.code, stored.error.message);
    },
    delete() {
      try {
        secrets.delete('openaiApiKey');
        return ok(undefined);
      } catch (error) {
        return fail(
          'key_not_removed',
          `The stored API key could not be removed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

import { fail, ok } from '../../shared/result.js';
import type { SessionSecretStore } from '../core/identity/session-secret-store.js';
import type { SecretStore } from './secret-policy.js';

/**
 * The desktop app's session store: the OS keychain through safeStorage, like the provider key (the `session`
 * secret). Without a secure store the session is not remembered (the person signs in at each start); it stays in
 * main and never reaches the renderer.
 */
export function sessionSecret(secrets: SecretStore): SessionSecretStore {
  return {
    storage: 'system_keychain',
    read: () => secrets.get('session'),
    write(text) {
      const stored = secrets.set('session', text);
      return stored.ok ? ok(undefined) : fail(stored.error.code, stored.error.message);
    },
    clear() {
      try {
        secrets.delete('session');
        return ok(undefined);
      } catch (error) {
        return fail(
          'session_not_removed',
          `The remembered session could not be removed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

import type { SessionSecretStore } from '../core/identity/session-secret-store.js';
import { keychainEntry } from './keychain-entry.js';
import type { SecretStore } from './secret-policy.js';

/**
 * The desktop app's session store: the OS keychain through safeStorage, like the provider key (the `session`
 * secret). Without a secure store the session is not remembered (the person signs in at each start); it stays in
 * main and never reaches the renderer.
 */
export function sessionSecret(secrets: SecretStore): SessionSecretStore {
  return { storage: 'system_keychain', ...keychainEntry(secrets, 'session', 'session', 'session_not_removed') };
}

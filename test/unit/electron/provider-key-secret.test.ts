import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerKeySecret } from '../../../electron/main/provider-key-secret.js';
import { jsonSecretFile } from '../../../electron/main/secret-file.js';
import { SecretStore, type SafeStorageLike } from '../../../electron/main/secret-policy.js';
import { sessionSecret } from '../../../electron/main/session-secret.js';
import { noProviderSettings } from '../../helpers/provider-settings.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';

/** A stand-in for Electron's safeStorage: "encrypts" by reversing and tagging, so plain text is easy to spot. */
function fakeSafeStorage(backend: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (buffer) => {
      const value = buffer.toString();
      if (!value.startsWith('enc:')) throw new Error('cannot decrypt');
      return [...value.slice(4)].reverse().join('');
    },
    getSelectedStorageBackend: () => backend,
  };
}

const KEY = 'sk-desktop-secret-123';
const file = consoleFilePerTest();

const secretsIn = (backend: string) =>
  new SecretStore(fakeSafeStorage(backend), 'linux', jsonSecretFile(join(file.dir, 'secrets.json')));

describe('the desktop app keeps the provider key in the OS keychain (safeStorage)', () => {
  it('stores only ciphertext in secrets.json, reads it back, and deletes it', () => {
    const keys = providerKeySecret(secretsIn('gnome_libsecret'));
    expect(keys.storage).toBe('system_keychain');
    expect(keys.set(KEY)).toEqual({ ok: true, value: undefined });
    const onDisk = readFileSync(join(file.dir, 'secrets.json'), 'utf8');
    expect(onDisk).not.toContain(KEY);
    expect(Object.keys(JSON.parse(onDisk) as object)).toEqual(['openaiApiKey']);
    expect(keys.get()).toBe(KEY);
    expect(keys.delete()).toEqual({ ok: true, value: undefined });
    expect(keys.get()).toBeUndefined();
  });

  it('refuses to store a key without a real keyring, and the console keeps its settings as they were', async () => {
    const core = file.console({ provider: { keys: providerKeySecret(secretsIn('basic_text')) } });
    const refused = await core.service.setProviderSettings({
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKey: KEY,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'insecure_storage', message: expect.stringContaining('keyring') },
    });
    expect(await core.service.getProviderSettings({})).toEqual({
      ok: true,
      value: noProviderSettings('system_keychain'),
    });
    // A local server needs no key: that saves fine without a keyring.
    const keyless = await core.service.setProviderSettings({ baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.1' });
    expect(keyless).toMatchObject({
      ok: true,
      value: { source: 'saved', hasApiKey: false, keyStorage: 'system_keychain' },
    });
  });

  it('gives the console a key saved through it after a restart, never in an answer', async () => {
    const keychainConsole = () => file.console({ provider: { keys: providerKeySecret(secretsIn('kwallet5')) } });
    const first = keychainConsole();
    const saved = await first.service.setProviderSettings({
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKey: KEY,
    });
    expect(JSON.stringify(saved)).not.toContain(KEY);
    const restarted = keychainConsole();
    const settings = await restarted.service.getProviderSettings({});
    expect(settings).toMatchObject({
      ok: true,
      value: { source: 'saved', hasApiKey: true, keyStorage: 'system_keychain' },
    });
    expect(JSON.stringify(settings)).not.toContain(KEY);
  });
});

describe("the desktop app remembers a signed-in console's session in the OS keychain (safeStorage), like the key", () => {
  it('keeps it encrypted, reads it back, forgets it at sign-out, and refuses without a keyring', () => {
    const session = sessionSecret(secretsIn('gnome_libsecret'));
    expect(session.storage).toBe('system_keychain');
    expect(session.write('{"refreshToken":"sbr_desktop"}').ok).toBe(true);
    expect(readFileSync(join(file.dir, 'secrets.json'), 'utf8')).not.toContain('sbr_desktop');
    expect(session.read()).toBe('{"refreshToken":"sbr_desktop"}');
    expect(session.clear().ok).toBe(true);
    expect(session.read()).toBeUndefined();

    const refused = sessionSecret(secretsIn('basic_text')).write('{"refreshToken":"sbr_plain"}');
    expect(refused.ok ? null : refused.error.code).toBe('insecure_storage');
    expect(readFileSync(join(file.dir, 'secrets.json'), 'utf8')).not.toContain('sbr_plain');
  });
});

import { describe, expect, it } from 'vitest';
import {
  decideSecretStorage,
  SecretStore,
  type EncryptedSecrets,
  type SafeStorageLike,
  type SecretFile,
} from '../../../electron/main/secret-policy.js';

/** A stand-in for Electron's safeStorage: "encrypts" by reversing and tagging, so plain text is easy to spot. */
function fakeSafeStorage(available: boolean, backend?: string): SafeStorageLike & { encrypted: string[] } {
  const encrypted: string[] = [];
  return {
    encrypted,
    isEncryptionAvailable: () => available,
    encryptString: (text) => {
      encrypted.push(text);
      return Buffer.from(`enc:${[...text].reverse().join('')}`);
    },
    decryptString: (buffer) => {
      const value = buffer.toString();
      if (!value.startsWith('enc:')) throw new Error('cannot decrypt');
      return [...value.slice(4)].reverse().join('');
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
}

function memoryFile(initial: EncryptedSecrets = {}): SecretFile & { writes: EncryptedSecrets[]; raw(): string } {
  let content: EncryptedSecrets = { ...initial };
  const writes: EncryptedSecrets[] = [];
  return {
    writes,
    read: () => ({ ...content }),
    write: (secrets) => {
      content = { ...secrets };
      writes.push({ ...secrets });
    },
    raw: () => JSON.stringify(content),
  };
}

describe('secret storage decision', () => {
  it('trusts the system store on macOS and Windows when encryption is available', () => {
    expect(decideSecretStorage(fakeSafeStorage(true), 'darwin')).toEqual({ secure: true });
    expect(decideSecretStorage(fakeSafeStorage(true), 'win32')).toEqual({ secure: true });
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('trusts a Linux keyring (%s)', (backend) => {
    expect(decideSecretStorage(fakeSafeStorage(true, backend), 'linux')).toEqual({ secure: true });
  });

  it("refuses Linux's basic_text fallback, which is plain text in effect", () => {
    const decision = decideSecretStorage(fakeSafeStorage(true, 'basic_text'), 'linux');
    expect(decision.secure).toBe(false);
    if (!decision.secure) expect(decision.reason).toMatch(/keyring/);
  });

  it('refuses on Linux when the backend cannot be told', () => {
    expect(decideSecretStorage(fakeSafeStorage(true), 'linux').secure).toBe(false);
  });

  it('refuses when encryption is unavailable, saying what to do', () => {
    const linux = decideSecretStorage(fakeSafeStorage(false, 'gnome_libsecret'), 'linux');
    expect(linux).toMatchObject({ secure: false, reason: expect.stringMatching(/keyring.*restart/i) });
    expect(decideSecretStorage(fakeSafeStorage(false), 'darwin').secure).toBe(false);
  });
});

describe('secret store', () => {
  it('stores only ciphertext and reads the secret back', () => {
    const storage = fakeSafeStorage(true, 'gnome_libsecret');
    const file = memoryFile();
    const store = new SecretStore(storage, 'linux', file);
    expect(store.set('openaiApiKey', 'sk-test-123')).toEqual({ ok: true });
    expect(file.raw()).not.toContain('sk-test-123');
    expect(store.get('openaiApiKey')).toBe('sk-test-123');
    expect(store.get('queueToken')).toBeUndefined();
  });

  it('refuses to store where there is no secure store, writes nothing, and says why', () => {
    const storage = fakeSafeStorage(true, 'basic_text');
    const file = memoryFile();
    const result = new SecretStore(storage, 'linux', file).set('queueToken', 'tok-1');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'insecure_storage', message: expect.stringMatching(/will not store/) },
    });
    expect(file.writes).toEqual([]);
    expect(storage.encrypted).toEqual([]);
  });

  it('refuses empty secrets and unknown names', () => {
    const store = new SecretStore(fakeSafeStorage(true), 'darwin', memoryFile());
    expect(store.set('queueToken', '  ')).toMatchObject({ ok: false, error: { code: 'invalid_secret' } });
    expect(store.set('password' as never, 'x')).toMatchObject({ ok: false, error: { code: 'invalid_secret' } });
  });

  it('does not hand out secrets once the secure store is gone, nor ones it cannot decrypt', () => {
    const file = memoryFile({
      queueToken: Buffer.from('enc:1-kot').toString('base64'),
      openaiApiKey: Buffer.from('garbage').toString('base64'),
    });
    expect(new SecretStore(fakeSafeStorage(true), 'darwin', file).get('queueToken')).toBe('tok-1');
    expect(new SecretStore(fakeSafeStorage(false), 'darwin', file).get('queueToken')).toBeUndefined();
    expect(new SecretStore(fakeSafeStorage(true), 'darwin', file).get('openaiApiKey')).toBeUndefined();
  });

  it('deletes a secret', () => {
    const file = memoryFile();
    const store = new SecretStore(fakeSafeStorage(true), 'win32', file);
    store.set('queueToken', 'tok-2');
    store.delete('queueToken');
    expect(store.get('queueToken')).toBeUndefined();
    expect(file.read()).toEqual({});
  });
});

/**
 * Secrets (the OpenAI key, the queue token, the remembered session) are stored only encrypted by the operating
 * system's store, through Electron's safeStorage, injected here so the decisions are testable without
 * Electron. Where the system offers no secure store, storing is refused with a message that says
 * what to do; nothing is ever written in plain text.
 */

export const SECRET_NAMES = ['openaiApiKey', 'queueToken', 'session'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** The part of Electron's safeStorage that is used. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which store encrypts. 'basic_text' means a fixed, public password: plain text in effect. */
  getSelectedStorageBackend?(): string;
}

export type StorageDecision = { secure: true } | { secure: false; reason: string };

/** Whether safeStorage protects secrets on this system, and if not, why in words a person can act on. */
export function decideSecretStorage(storage: SafeStorageLike, platform: NodeJS.Platform): StorageDecision {
  if (!storage.isEncryptionAvailable()) {
    return {
      secure: false,
      reason:
        platform === 'linux'
          ? 'No system keyring is available (GNOME Keyring, KWallet or another Secret Service), so Switchboard will not store secrets. Unlock or install a keyring and restart Switchboard.'
          : 'The system store for secrets is not available, so Switchboard will not store secrets.',
    };
  }
  if (platform === 'linux') {
    const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') {
      return {
        secure: false,
        reason:
          'No system keyring is available: Electron would encrypt secrets with a fixed password, which is plain text in effect, so Switchboard will not store them. Unlock or install a keyring (GNOME Keyring, KWallet) and restart Switchboard.',
      };
    }
  }
  return { secure: true };
}

export function isSecretName(name: unknown): name is SecretName {
  return typeof name === 'string' && (SECRET_NAMES as readonly string[]).includes(name);
}

/** The file on disk: each secret as base64 of the ciphertext safeStorage produced. */
export type EncryptedSecrets = Partial<Record<SecretName, string>>;

export interface SecretFile {
  read(): EncryptedSecrets;
  write(secrets: EncryptedSecrets): void;
}

export type SecretWriteResult =
  { ok: true } | { ok: false; error: { code: 'insecure_storage' | 'invalid_secret'; message: string } };

/** Keeps secrets in main only; the renderer never gets one (there is no IPC method that returns them). */
export class SecretStore {
  constructor(
    private readonly storage: SafeStorageLike,
    private readonly platform: NodeJS.Platform,
    private readonly file: SecretFile,
  ) {}

  decision(): StorageDecision {
    return decideSecretStorage(this.storage, this.platform);
  }

  set(name: SecretName, value: string): SecretWriteResult {
    if (!isSecretName(name))
      return { ok: false, error: { code: 'invalid_secret', message: `Unknown secret "${String(name)}".` } };
    if (value.trim() === '')
      return {
        ok: false,
        error: { code: 'invalid_secret', message: 'A secret cannot be empty; use delete to remove it.' },
      };
    const decision = this.decision();
    if (!decision.secure) return { ok: false, error: { code: 'insecure_storage', message: decision.reason } };
    const secrets = this.file.read();
    secrets[name] = this.storage.encryptString(value).toString('base64');
    this.file.write(secrets);
    return { ok: true };
  }

  /** The secret, or undefined when none is stored or it cannot be decrypted (another user, a new keyring). */
  get(name: SecretName): string | undefined {
    const stored = this.file.read()[name];
    if (!stored || !this.decision().secure) return undefined;
    try {
      return this.storage.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      return undefined;
    }
  }

  delete(name: SecretName): void {
    const secrets = this.file.read();
    if (!(name in secrets)) return;
    delete secrets[name];
    this.file.write(secrets);
  }
}

import { openSecret, sealSecret } from './secret-box.js';
import { loadSecretKey, type SecretKey, type SecretKeyOptions } from './secret-key.js';

/** No key to seal secrets with (a PostgreSQL queue started without one): the message names the variable to set. */
export class SecretKeyMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyMissing';
  }
}

/**
 * Who a sealed text belongs to (secret-box.ts' associated data): a kind of secret and the ids of its owner, e.g.
 * ['channel-credentials', tenant, channel]. A sealed text opens for that owner only, never after being copied to
 * another tenant's or setting's row.
 */
export type SecretOwner = readonly [kind: string, ...ids: string[]];

/** Seals and opens what the queue keeps secret (channel passwords, signing secrets) with its secret key (secret-key.ts). */
export class QueueSecrets {
  constructor(private readonly secretKey: SecretKey) {}

  static load<T extends QueueSecrets>(this: new (key: SecretKey) => T, options: SecretKeyOptions): T {
    return new this(loadSecretKey(options));
  }

  /** Why secrets cannot be stored or read, or null when the key is there. */
  get unavailable(): string | null {
    return this.secretKey.ok ? null : this.secretKey.error;
  }

  /** SecretKeyMissing without a key. */
  sealText(owner: SecretOwner, plaintext: string): string {
    return sealSecret(this.key(), plaintext, JSON.stringify(owner));
  }

  /** SecretRefused when it does not open (wrong key, another owner's, altered); SecretKeyMissing without a key. */
  openText(owner: SecretOwner, sealed: string): string {
    return openSecret(this.key(), sealed, JSON.stringify(owner));
  }

  private key(): Buffer {
    if (!this.secretKey.ok) throw new SecretKeyMissing(this.secretKey.error);
    return this.secretKey.key;
  }
}

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The bytes of a secret key: AES-256 (32 bytes). */
export const SECRET_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/** A sealed text that does not open: the wrong key, another owner's (associated data), or changed bytes. */
export class SecretRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretRefused';
  }
}

/**
 * Seals `plaintext` with AES-256-GCM under `key`, with a random IV, bound to `associated` (who it belongs to: a
 * sealed text copied to another tenant or channel does not open there). Returns `v1.<iv>.<tag>.<ciphertext>` in
 * base64url.
 */
export function sealSecret(key: Uint8Array, plaintext: string, associated: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Opens what sealSecret sealed with the same key and associated data; SecretRefused otherwise. */
export function openSecret(key: Uint8Array, sealed: string, associated: string): string {
  const [format, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (format !== FORMAT || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0)
    throw new SecretRefused('The stored secret is not in a format this queue reads.');
  const ivBytes = Buffer.from(iv, 'base64url');
  const tagBytes = Buffer.from(tag, 'base64url');
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES)
    throw new SecretRefused('The stored secret is not in a format this queue reads.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associated, 'utf8'));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretRefused(
      'The stored secret does not open with this key: the key changed, or the stored value was altered or copied.',
    );
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { isSecretName, type EncryptedSecrets, type SecretFile } from './secret-policy.js';
import { writeFileAtomically } from '../../lib/write-file-atomically.js';

/** secrets.json in the profile folder, readable by the user only. It holds ciphertext only. */
export function jsonSecretFile(file: string): SecretFile {
  return {
    read() {
      if (!existsSync(file)) return {};
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        const result: EncryptedSecrets = {};
        if (typeof parsed === 'object' && parsed !== null) {
          for (const [name, value] of Object.entries(parsed))
            if (isSecretName(name) && typeof value === 'string') result[name] = value;
        }
        return result;
      } catch {
        return {};
      }
    },
    write(secrets) {
      writeFileAtomically(file, JSON.stringify(secrets), { mode: 0o600 });
    },
  };
}

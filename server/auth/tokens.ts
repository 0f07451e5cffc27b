import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../shared/api/queue-contract.js';
import type { NewToken } from '../storage/queue-store.js';

/** Only this hash of a bearer token is ever stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateToken(): string {
  return `sbq_${randomBytes(32).toString('base64url')}`;
}

/** A fresh token: the plaintext for the holder, the record for the store. */
export function issueToken(role: Role, name: string): { plaintext: string; record: NewToken } {
  const plaintext = generateToken();
  return { plaintext, record: { tokenHash: hashToken(plaintext), role, name } };
}

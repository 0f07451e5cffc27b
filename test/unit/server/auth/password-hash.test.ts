import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  parseHash,
  PASSWORD_HASH_PARAMETERS,
  verifyPassword,
} from '../../../../server/auth/sign-in/password-hash.js';

describe('password hashes (scrypt)', () => {
  it('stores scrypt$N$r$p$salt$hash with the design parameters and a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    const parsed = parseHash(first);
    expect(parsed?.key.length).toBe(PASSWORD_HASH_PARAMETERS.keyLength);
    expect(parsed?.salt.length).toBe(PASSWORD_HASH_PARAMETERS.saltLength);
  });

  it('accepts the password it was made from and refuses any other', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('reads the NFC and NFD spellings of a password as the same password', async () => {
    const stored = await hashPassword('Ma\u0301rquez-passphrase');
    expect(await verifyPassword('M\u00e1rquez-passphrase', stored)).toBe(true);
  });

  it('answers false with no stored hash, after spending about as long as a real check', async () => {
    const stored = await hashPassword('correct horse battery');
    await verifyPassword('warm-up', null);
    const timed = async (check: () => Promise<boolean>): Promise<[boolean, number]> => {
      const started = performance.now();
      const result = await check();
      return [result, performance.now() - started];
    };
    const [known, knownMs] = await timed(() => verifyPassword('wrong password', stored));
    const [unknown, unknownMs] = await timed(() => verifyPassword('wrong password', null));
    expect([known, unknown]).toEqual([false, false]);
    // Both run one scrypt of the same cost: neither is a small fraction of the other.
    expect(unknownMs).toBeGreaterThan(knownMs / 4);
  });

  it('refuses stored texts that are not its hashes, or that ask for out-of-bounds costs', async () => {
    const stored = await hashPassword('correct horse battery');
    const [, , r, p, salt, key] = stored.split('$');
    for (const bad of [
      'plain text',
      `bcrypt$32768$${r}$${p}$${salt}$${key}`,
      `scrypt$30000$${r}$${p}$${salt}$${key}`,
      `scrypt$${2 ** 24}$${r}$${p}$${salt}$${key}`,
      `scrypt$32768$0$${p}$${salt}$${key}`,
      `scrypt$32768$${r}$${p}$$${key}`,
      `scrypt$32768$${r}$${p}$${salt}$c2hvcnQ=`,
    ]) {
      expect(parseHash(bad), bad).toBeNull();
      expect(await verifyPassword('correct horse battery', bad), bad).toBe(false);
    }
  });
});

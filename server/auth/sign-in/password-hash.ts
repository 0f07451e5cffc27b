import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Local account passwords, hashed with scrypt (memory-hard, node:crypto): `scrypt$N$r$p$<salt b64>$<hash b64>`.
 * N = 2^15, r = 8, p = 1 and a 64-byte key take 32 MiB and about 50-100 ms a hash: costly to guess at, cheap enough
 * for a sign-in. A stored hash keeps its own parameters, so raising them later leaves older hashes readable.
 */
export const PASSWORD_HASH_PARAMETERS = { N: 2 ** 15, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;

/** A stored hash's parameters are read back within these bounds (a corrupt row cannot ask for gigabytes). */
const MAX_COST = 2 ** 20;
const MAX_BLOCK_SIZE = 32;
const MAX_PARALLELISM = 16;
const MIN_KEY_LENGTH = 32;
const MAX_KEY_LENGTH = 128;

const PREFIX = 'scrypt';

/** The hash to store for a new password (a fresh random salt each time). */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLength, saltLength } = PASSWORD_HASH_PARAMETERS;
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, keyLength, { N, r, p });
  return [PREFIX, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Whether `password` is the one `stored` was made from, compared in constant time. With no stored hash (an unknown
 * email, an account without a password) it still spends one scrypt on a dummy hash and answers false, so how long a
 * sign-in takes does not tell whether the account exists. A stored text that is not a hash answers false.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored === null ? null : parseHash(stored);
  const target = parsed ?? parseHash(await dummyHash());
  if (target === null) return false;
  const key = await derive(password, target.salt, target.key.length, target.options);
  return timingSafeEqual(key, target.key) && parsed !== null;
}

interface ParsedHash {
  options: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>>;
  salt: Buffer;
  key: Buffer;
}

/** The parts of a stored hash, or null when it is not one this module wrote (or asks for out-of-bounds costs). */
export function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN)) as [
    number,
    number,
    number,
  ];
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > MAX_COST) return null;
  if (!(r >= 1 && r <= MAX_BLOCK_SIZE && p >= 1 && p <= MAX_PARALLELISM)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || key.length < MIN_KEY_LENGTH || key.length > MAX_KEY_LENGTH) return null;
  return { options: { N, r, p }, salt, key };
}

let dummy: Promise<string> | null = null;

/** A hash of a random password nobody knows, made once per process: what an unknown account is checked against. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64'));
  return dummy;
}

function derive(password: string, salt: Buffer, keyLength: number, options: ParsedHash['options']): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default ceiling (32 MiB) is exactly the default cost's, so allow twice it.
  const maxmem = 2 * 128 * options.N * options.r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

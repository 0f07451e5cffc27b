import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { SECRET_KEY_BYTES } from './secret-box.js';

/** Where the queue's secret key comes from: a file holding 32 random bytes in base64, or the same text in a variable. */
export const SECRET_KEY_FILE_ENV = 'SWITCHBOARD_SECRET_KEY_FILE';
export const SECRET_KEY_ENV = 'SWITCHBOARD_SECRET_KEY';

/** The key that seals channel passwords, or why there is none (storing a password is then refused with it). */
export type SecretKey = { ok: true; key: Buffer; origin: string } | { ok: false; error: string };

export interface SecretKeyOptions {
  env: NodeJS.ProcessEnv;
  /** The SQLite database file, beside which a key is made when none is given; null on PostgreSQL. */
  sqliteFile: string | null;
  /** Told when a key file is created, or when one can be read by other users than its owner. */
  log: (line: string) => void;
}

/**
 * The queue's secret key: SWITCHBOARD_SECRET_KEY_FILE, else SWITCHBOARD_SECRET_KEY. Without either, a SQLite queue
 * makes `<db file>.secret-key` (mode 0600) beside its database, or reads the one it made before; a PostgreSQL queue
 * (shared by several processes, which must all hold the same key) has none, and says which variable to set.
 */
export function loadSecretKey(options: SecretKeyOptions): SecretKey {
  const file = options.env[SECRET_KEY_FILE_ENV];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
      warnIfShared(file, options.log);
    } catch (error) {
      return { ok: false, error: `${SECRET_KEY_FILE_ENV}=${file} cannot be read: ${(error as Error).message}` };
    }
    return decodeKey(text, `${SECRET_KEY_FILE_ENV} (${file})`);
  }
  const value = options.env[SECRET_KEY_ENV];
  if (value) return decodeKey(value, SECRET_KEY_ENV);
  if (options.sqliteFile === null || options.sqliteFile === ':memory:')
    return {
      ok: false,
      error: `No secret key to encrypt channel passwords with: set ${SECRET_KEY_FILE_ENV} to a file holding 32 random bytes in base64 (openssl rand -base64 32), or ${SECRET_KEY_ENV}; every queue process sharing the database needs the same key.`,
    };
  return keyBeside(`${options.sqliteFile}.secret-key`, options.log);
}

/** A fresh key's text: 32 random bytes in base64 (what the key file holds). */
export function newSecretKeyText(): string {
  return randomBytes(SECRET_KEY_BYTES).toString('base64');
}

function decodeKey(text: string, origin: string): SecretKey {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== SECRET_KEY_BYTES || key.toString('base64') !== text.trim())
    return {
      ok: false,
      error: `${origin} must hold ${SECRET_KEY_BYTES} random bytes in base64 (openssl rand -base64 32).`,
    };
  return { ok: true, key, origin };
}

/** A key file others may read (group or world bits set) is used, with a warning to make it 0600. */
function warnIfShared(path: string, log: (line: string) => void): void {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0)
    log(
      `the secret key ${path} can be read by other users (mode 0${mode.toString(8)}): run chmod 600 on it; whoever reads it can open the stored channel passwords`,
    );
}

function keyBeside(path: string, log: (line: string) => void): SecretKey {
  if (!existsSync(path)) {
    try {
      // 'wx': never overwrite a key another process made a moment ago (its sealed passwords need it).
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, `${newSecretKeyText()}\n`);
      } finally {
        closeSync(fd);
      }
      log(
        `created the secret key ${path} (mode 0600) that encrypts channel passwords; back it up with the database, or set ${SECRET_KEY_FILE_ENV}`,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        return { ok: false, error: `cannot create the secret key ${path}: ${(error as Error).message}` };
    }
  }
  try {
    const text = readFileSync(path, 'utf8');
    warnIfShared(path, log);
    return decodeKey(text, path);
  } catch (error) {
    return { ok: false, error: `cannot read the secret key ${path}: ${(error as Error).message}` };
  }
}

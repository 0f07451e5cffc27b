import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { CLIENT_ID_KEY } from './meta-store.js';
import { LOCAL_MIGRATIONS } from './migrations.js';
import { makeSqliteFilesOwnerOnly } from '../../../lib/owner-only-file.js';
import { searchableText } from './search-text.js';
import { outboxAuthorOf, type OutboxAuthor, type OutboxAuthorColumns } from './outbox.js';

export type LocalDatabase = Database.Database;

export class NewerDatabaseError extends Error {
  constructor(file: string, found: number, known: number) {
    super(
      `The local cache ${file} was written by a newer Switchboard (schema ${found}; this version knows up to ${known}). ` +
        'Update Switchboard, or move the file away to rebuild the cache from the queue.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Opens (creating if needed) the console's local cache and brings its schema up to date. */
export function openLocalDatabase(file: string, nativeBinding?: string): LocalDatabase {
  makeSqliteFilesOwnerOnly(file);
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.function('searchable_text', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? searchableText(text) : '',
    );
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What a damaged cache file left behind: where it was moved and what could still be read from it. */
export interface CacheRebuild {
  at: string;
  reason: string;
  movedTo: string;
  clientId: string | null;
  lastMutationId: number;
  /** Unsent changes still readable from the damaged file, oldest first: mutation JSON and who wrote it. */
  salvagedOutbox: SalvagedChange[];
}

/** An unsent change read from a damaged cache: its mutation JSON and its author (null: none recorded). */
export interface SalvagedChange {
  json: string;
  author: OutboxAuthor | null;
}

export interface OpenedCache {
  db: LocalDatabase;
  /** Set when the file was damaged and a fresh cache was created in its place. */
  rebuilt: CacheRebuild | null;
}

/**
 * Opens the cache, and when the file is damaged (not a database, corrupt pages, a broken schema)
 * moves it aside with its WAL files and starts an empty cache that sync refills from the queue,
 * instead of failing on every start. A cache from a newer app is not damage: that still refuses.
 */
export function openOrRebuildLocalDatabase(
  file: string,
  nativeBinding?: string,
  now: () => Date = () => new Date(),
): OpenedCache {
  try {
    const marked = readDamageMark(file);
    if (marked !== null)
      throw Object.assign(new Error(`damage found while running: ${marked}`), { code: 'SQLITE_CORRUPT' });
    const db = openLocalDatabase(file, nativeBinding);
    try {
      checkReadable(db);
      return { db, rebuilt: null };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (error instanceof NewerDatabaseError || !isDamage(error)) throw error;
    const at = now();
    const salvage = salvageFrom(file, nativeBinding);
    const movedTo = `${file}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
    }
    rmSync(damageMarkFile(file), { force: true });
    const db = openLocalDatabase(file, nativeBinding);
    return { db, rebuilt: { at: at.toISOString(), reason: describe(error), movedTo, ...salvage } };
  }
}

const damageMarkFile = (file: string) => `${file}.damaged`;

/**
 * Records that the cache file turned out damaged while the console ran (SQLite answered "malformed"
 * mid-sync): the next start moves it aside and rebuilds from the queue even when its quick check
 * passes. The mark is a file beside the database, since the database itself cannot be trusted.
 */
export function markCacheDamaged(file: string, reason: string, at: Date = new Date()): void {
  writeFileSync(damageMarkFile(file), `${JSON.stringify({ at: at.toISOString(), reason })}\n`);
}

function readDamageMark(file: string): string | null {
  if (!existsSync(damageMarkFile(file))) return null;
  try {
    const mark = JSON.parse(readFileSync(damageMarkFile(file), 'utf8')) as { reason?: unknown };
    return typeof mark.reason === 'string' ? mark.reason : 'unknown';
  } catch {
    return 'unknown';
  }
}

function checkReadable(db: LocalDatabase): void {
  const result = db.pragma('quick_check(1)', { simple: true });
  if (result !== 'ok') throw Object.assign(new Error(`integrity check: ${String(result)}`), { code: 'SQLITE_CORRUPT' });
  db.prepare('SELECT COUNT(*) FROM outbox').get();
  db.prepare('SELECT COUNT(*) FROM meta').get();
}

/** SQLite's answers for a damaged file (corrupt pages, not a database, broken format). */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|FORMAT|IOERR_SHORT_READ)/.test(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /malformed|not a database|corrupt/i.test(message);
}

function salvageFrom(
  file: string,
  nativeBinding?: string,
): Pick<CacheRebuild, 'clientId' | 'lastMutationId' | 'salvagedOutbox'> {
  const salvage = { clientId: null as string | null, lastMutationId: 0, salvagedOutbox: [] as SalvagedChange[] };
  let db: LocalDatabase | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const read = (key: string) => {
      try {
        return db?.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value ?? null;
      } catch {
        return null;
      }
    };
    salvage.clientId = read(CLIENT_ID_KEY);
    salvage.lastMutationId = Number(read('lastMutationId') ?? 0) || 0;
    salvage.salvagedOutbox = salvageOutbox(db);
  } catch {
    // Not even openable: start from nothing.
  } finally {
    db?.close();
  }
  return salvage;
}

/**
 * The damaged file's unsent changes with their authors, so each still goes out only as the person who wrote it (a
 * file from before sign-in has no author columns: its changes have none). Unreadable: nothing to carry over.
 */
function salvageOutbox(db: LocalDatabase): SalvagedChange[] {
  type Row = { json: string } & Partial<OutboxAuthorColumns>;
  const read = (sql: string) => db.prepare<[], Row>(sql).all();
  try {
    let rows: Row[];
    try {
      rows = read('SELECT json, author_tenant_id, author_user_id, author_name FROM outbox ORDER BY id');
    } catch {
      rows = read('SELECT json FROM outbox ORDER BY id');
    }
    return rows.map((row) => ({
      json: row.json,
      author: outboxAuthorOf({
        author_tenant_id: row.author_tenant_id ?? null,
        author_user_id: row.author_user_id ?? null,
        author_name: row.author_name ?? null,
      }),
    }));
  } catch {
    return [];
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function migrate(db: LocalDatabase, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LOCAL_MIGRATIONS.length) throw new NewerDatabaseError(file, current, LOCAL_MIGRATIONS.length);
  for (let version = current; version < LOCAL_MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(LOCAL_MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

import Database from 'better-sqlite3';
import { LOCAL_MIGRATIONS } from './migrations.js';

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
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
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

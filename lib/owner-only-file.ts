import { chmodSync, closeSync, openSync } from 'node:fs';

/** The files of a SQLite database in WAL mode (and a rollback journal, should one be left). */
const SQLITE_FILE_SUFFIXES = ['', '-wal', '-shm', '-journal'];

/**
 * Makes the SQLite database `file` readable and writable by its owner only (0600) before SQLite opens it.
 * A new file is created 0600 (the umask can only take bits away); an existing one, and the WAL and
 * shared-memory files an older version left beside it, are set to 0600. SQLite gives the WAL and
 * shared-memory files it creates later the database file's mode. A file this user does not own keeps the
 * mode its owner gave it; a path that cannot be opened is left for SQLite to report.
 */
export function makeSqliteFilesOwnerOnly(file: string): void {
  if (file === '' || file === ':memory:') return;
  try {
    closeSync(openSync(file, 'a', 0o600));
  } catch {
    return;
  }
  for (const suffix of SQLITE_FILE_SUFFIXES) {
    try {
      chmodSync(file + suffix, 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EPERM') throw error;
    }
  }
}

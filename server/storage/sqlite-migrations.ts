import type Database from 'better-sqlite3';
import { refuseNewerSchema, SQLITE_MIGRATIONS } from './schema-steps.js';

export { SQLITE_MIGRATIONS };

/** Runs the steps this database file has not run yet, each in its own transaction with its version number. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true });
  if (typeof current !== 'number') throw new Error('Could not read the schema version of the database.');
  refuseNewerSchema(current, SQLITE_MIGRATIONS.length);
  for (let version = current; version < SQLITE_MIGRATIONS.length; version++) {
    const step = SQLITE_MIGRATIONS[version] ?? '';
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

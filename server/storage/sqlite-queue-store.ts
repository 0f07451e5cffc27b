import Database from 'better-sqlite3';
import { makeSqliteFilesOwnerOnly } from '../../lib/owner-only-file.js';
import { ScriptedQueueStore } from './scripted-queue-store.js';
import { migrate } from './sqlite-migrations.js';
import { sqliteOperations } from './sqlite-operations.js';
import { runScript, type Script, type StoreOperations } from './store-operations.js';

/** The embedded queue engine: one SQLite file in WAL mode; every write in one immediate transaction. */
export class SqliteQueueStore extends ScriptedQueueStore {
  private readonly operations: StoreOperations;

  private constructor(private readonly db: Database.Database) {
    super();
    this.operations = sqliteOperations(db);
  }

  /** Opens (creating if needed) and migrates the database; throws with SQLite's reason when it cannot. */
  static open(path: string): SqliteQueueStore {
    makeSqliteFilesOwnerOnly(path);
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteQueueStore(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  protected async write<T>(script: Script<T>): Promise<T> {
    return this.db.transaction(() => runScript(script, this.operations)).immediate();
  }

  protected async snapshot<T>(script: Script<T>): Promise<T> {
    return this.db.transaction(() => runScript(script, this.operations)).deferred();
  }

  protected async direct<T>(script: Script<T>): Promise<T> {
    return runScript(script, this.operations);
  }
}

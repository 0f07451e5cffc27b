import type { LocalDatabase } from './local-database.js';

/** The key of the id this console pushes and pulls under (the queue binds it to the token that first pushed). */
export const CLIENT_ID_KEY = 'clientId';

/** Small key-value facts about this console: client id, feed cursor, mutation counter. */
export class MetaStore {
  private readonly getStmt;
  private readonly setStmt;

  constructor(db: LocalDatabase) {
    this.getStmt = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    this.setStmt = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  get(key: string): string | null {
    return this.getStmt.get(key)?.value ?? null;
  }

  set(key: string, value: string): void {
    this.setStmt.run(key, value);
  }

  getNumber(key: string, fallback: number): number {
    const value = this.get(key);
    return value === null ? fallback : Number(value);
  }

  /** Returns the stored value, storing `create()` first if there is none. */
  getOrCreate(key: string, create: () => string): string {
    const existing = this.get(key);
    if (existing !== null) return existing;
    const value = create();
    this.set(key, value);
    return value;
  }
}

import { isPostgresUrl } from '../cli-args.js';
import { PostgresQueueStore } from './postgres-queue-store.js';
import type { QueueStore } from './queue-store.js';
import { SqliteQueueStore } from './sqlite-queue-store.js';

/** `postgres://...` opens PostgreSQL (several queue processes may share it); anything else is a SQLite file. */
export async function openQueueStore(db: string): Promise<QueueStore> {
  return isPostgresUrl(db) ? PostgresQueueStore.open(db) : SqliteQueueStore.open(db);
}

/** The database named without its password, for messages and logs. */
export function describeDb(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

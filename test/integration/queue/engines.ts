import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import { startTestQueue, type StartTestQueueOptions, type TestQueue } from '../../helpers/queue-server.js';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';

export interface QueueEngine {
  name: 'sqlite' | 'postgres';
  start(options?: StartTestQueueOptions): Promise<TestQueue>;
}

/** SQLite always; PostgreSQL when a server is available (else its absence is printed by startTestPostgres). */
export async function queueEngines(): Promise<{ engines: QueueEngine[]; stop(): Promise<void> }> {
  const engines: QueueEngine[] = [{ name: 'sqlite', start: (options) => startTestQueue(options) }];
  const started = await startTestPostgres();
  const pg: TestPostgres | null = started.ok ? started.pg : null;
  if (pg) {
    engines.push({
      name: 'postgres',
      async start(options = {}) {
        const db = await pg.createDatabase();
        return startTestQueue({ ...options, openStore: () => PostgresQueueStore.open(db.url), afterClose: db.drop });
      },
    });
  }
  return { engines, stop: async () => pg?.stop() };
}

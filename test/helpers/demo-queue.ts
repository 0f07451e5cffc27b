import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildQueueApp, type QueueAppOptions } from '../../server/app.js';
import { ensureDemoTenant, type DemoTokensFile } from '../../server/demo-tenant.js';
import { SqliteQueueStore } from '../../server/storage/sqlite-queue-store.js';

export interface DemoQueue {
  url: string;
  tokens: DemoTokensFile;
  close(): Promise<void>;
}

/** A real queue with the demo tenant (as `npm run serve` makes it) on a SQLite file in a temp dir, HTTP on 127.0.0.1. */
export async function startDemoQueue(options: Omit<QueueAppOptions, 'store'> = {}): Promise<DemoQueue> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-queue-'));
  const store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
  await ensureDemoTenant(store, join(dir, 'tokens.json'));
  const tokens = JSON.parse(readFileSync(join(dir, 'tokens.json'), 'utf8')) as DemoTokensFile;
  const app = buildQueueApp({ ...options, store });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    tokens,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

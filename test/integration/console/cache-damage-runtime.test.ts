import { existsSync, mkdtempSync, openSync, closeSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openConsoleStores } from '../../../electron/core/console-core.js';
import { openLocalDatabase, openOrRebuildLocalDatabase } from '../../../electron/core/store/local-database.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { SyncEngine } from '../../../electron/core/sync/sync-engine.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

/** Corruption found while the console runs (not at start): a clear message, sync stops, the next start rebuilds. */
describe('a cache file that turns out damaged while the console runs', () => {
  const queue = testQueueForEachTest();
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-damage-'));
  });

  const engineOver = (stores: ReturnType<typeof openConsoleStores>, onCacheDamaged: (message: string) => void) =>
    new SyncEngine({
      client: new QueueClient({ baseUrl: queue.url, token: queue.tokens.agent, timeoutMs: 5_000 }),
      ...stores,
      clientId: 'console-damage',
      onTicketsChanged: () => undefined,
      onStateChanged: () => undefined,
      onCacheDamaged,
      pollIntervalMs: 60_000,
    });

  it('says so, stops syncing instead of failing in a loop, and the next start moves the file aside and rebuilds from the queue', async () => {
    const file = join(dir, 'console.sqlite');
    const { ticket } = (await queue.call<{ ticket: Ticket }>('POST', '/v1/tickets', { body: intakeBody() })).body;

    // A cache with enough rows that its tables span many pages, closed cleanly.
    const healthy = openConsoleStores(openLocalDatabase(file));
    healthy.cache.transaction(() => {
      for (let i = 0; i < 3000; i++)
        healthy.cache.putTicket({ ...ticket, id: `old-${i}`, subject: `Old ticket ${i} ${'x'.repeat(300)}` });
    });
    healthy.db.close();
    // The disk garbles the second half of the file (the newest table pages; the schema and the tables'
    // root pages near the start survive). Opening without the start-up check stands for damage that
    // happens, or is first touched, while the console is already running.
    const size = statSync(file).size;
    const from = Math.floor(size / 2 / 4096) * 4096;
    const fd = openSync(file, 'r+');
    const garbage = Buffer.alloc(size - from, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, from);
    closeSync(fd);

    const stores = openConsoleStores(openLocalDatabase(file));
    const told: string[] = [];
    const sync = engineOver(stores, (message) => told.push(message));
    const result = await sync.syncNow();
    expect(result.ok).toBe(false);
    expect(sync.current.lastError).toMatch(
      /local cache file is damaged .*Restart Switchboard to rebuild it from the queue/,
    );
    expect(told).toEqual([sync.current.lastError]);
    expect(existsSync(`${file}.damaged`)).toBe(true);
    // No retry loop: asking again does nothing while the file is known to be damaged.
    await sync.syncNow();
    expect(told).toHaveLength(1);
    await sync.stop();
    stores.db.close();

    const reopened = openOrRebuildLocalDatabase(file);
    expect(reopened.rebuilt?.reason).toMatch(/damage found while running/);
    expect(existsSync(reopened.rebuilt?.movedTo ?? '')).toBe(true);
    expect(existsSync(`${file}.damaged`)).toBe(false);
    const fresh = openConsoleStores(reopened.db);
    const again = engineOver(fresh, (message) => told.push(message));
    expect((await again.syncNow()).ok).toBe(true);
    expect(fresh.cache.getTicket(ticket.id)?.subject).toBe(ticket.subject);
    await again.stop();
    reopened.db.close();
    // A healthy file opens as it is.
    expect(openOrRebuildLocalDatabase(file).rebuilt).toBeNull();
  });
});

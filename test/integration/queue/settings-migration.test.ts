import { afterAll, describe, expect, it } from 'vitest';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { startTestPostgres } from './test-postgres.js';
import { upgradedDatabases } from './upgraded-database.js';

/** A database from before tenant settings: two tenants, one with two owner queues made by `queue create`. */
const OLD_ROWS = `
  INSERT INTO tenants (id, name, created_at) VALUES ('alpha', 'Alpha', '2026-01-01T00:00:00.000Z'),
    ('beta', 'Beta', '2026-01-01T00:00:00.000Z');
  INSERT INTO owner_queues (tenant_id, id, name, created_at) VALUES
    ('alpha', 'general', 'General', '2026-01-02T00:00:00.000Z'),
    ('alpha', 'cards', 'Cards', '2026-01-03T00:00:00.000Z');`;

/** What every engine must show after the step: the queues as version-1 queue settings, seqs going on from them. */
async function expectQueuesMovedIntoSettings(store: QueueStore): Promise<void> {
  expect(await store.listOwnerQueues('alpha')).toEqual([
    { id: 'cards', name: 'Cards' },
    { id: 'general', name: 'General' },
  ]);
  expect(await store.listSettings('alpha', 0, 10)).toEqual({
    items: [
      {
        kind: 'queue',
        id: 'cards',
        version: 1,
        value: { name: 'Cards' },
        deleted: false,
        savedAt: '2026-01-03T00:00:00.000Z',
        savedBy: 'system',
        seq: 1,
      },
      {
        kind: 'queue',
        id: 'general',
        version: 1,
        value: { name: 'General' },
        deleted: false,
        savedAt: '2026-01-02T00:00:00.000Z',
        savedBy: 'system',
        seq: 2,
      },
    ],
    cursor: 2,
    hasMore: false,
  });
  expect(await store.listOwnerQueues('beta')).toEqual([]);
  const next = await store.saveSetting({
    tenantId: 'alpha',
    kind: 'queue',
    id: 'cards',
    baseVersion: 1,
    value: { name: 'Cards & PINs' },
    savedBy: 'Admin',
    savedAt: '2026-02-01T00:00:00.000Z',
  });
  expect(next).toMatchObject({ status: 'stored', setting: { version: 2, seq: 3 } });
}

const started = await startTestPostgres();
const server = started.ok ? started.pg : null;
afterAll(() => server?.stop());

for (const database of upgradedDatabases(server)) {
  describe(`the tenant settings migration step (${database.name})`, () => {
    it('moves owner queues into queue settings (sqlite-store.test.ts sees the old table gone)', async () => {
      await database.upgrade('CREATE TABLE tenant_settings', OLD_ROWS, async (store) => {
        await expectQueuesMovedIntoSettings(store);
      });
    });
  });
}

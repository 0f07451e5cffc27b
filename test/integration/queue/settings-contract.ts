import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import type { SaveSettingInput } from '../../../server/storage/setting-rows.js';
import { MAX_SETTING_VALUE_BYTES, PROFILE_ID } from '../../../shared/settings/setting-kinds.js';

const SAVED_AT = '2026-03-01T10:00:00.000Z';
const macro = (text: string) => ({ name: 'Greeting', text });
const profile = { name: 'Alpha', languages: ['en'], resolveThreshold: 0.9 };

/**
 * Tenant settings, part of the QueueStore contract (store-contract.ts calls it inside its describe, where
 * tenants alpha and beta exist). `store` returns the store of the running test.
 */
export function describeSettingsContract(store: () => QueueStore): void {
  const save = (fields: Partial<SaveSettingInput> & Pick<SaveSettingInput, 'id' | 'baseVersion' | 'value'>) =>
    store().saveSetting({ tenantId: 'alpha', kind: 'macro', savedBy: 'Admin A', savedAt: SAVED_AT, ...fields });
  const remove = (id: string, baseVersion: number, kind: SaveSettingInput['kind'] = 'macro') =>
    store().deleteSetting({ tenantId: 'alpha', kind, id, baseVersion, savedBy: 'Admin B', savedAt: SAVED_AT });

  it('keeps every version of a setting and stores one only on its latest version', async () => {
    const first = await save({ id: 'hello', baseVersion: 0, value: macro('Hi') });
    expect(first).toEqual({
      status: 'stored',
      setting: {
        kind: 'macro',
        id: 'hello',
        version: 1,
        value: macro('Hi'),
        deleted: false,
        savedAt: SAVED_AT,
        savedBy: 'Admin A',
        seq: 1,
      },
    });
    const second = await save({ id: 'hello', baseVersion: 1, value: macro('Hello'), savedBy: 'Admin B' });
    expect(second).toMatchObject({ status: 'stored', setting: { version: 2, seq: 2, value: macro('Hello') } });
    // Both edited version 1: the second save learns what is stored now, and nothing is written.
    const stale = await save({ id: 'hello', baseVersion: 1, value: macro('Hey') });
    expect(stale).toEqual({ status: 'conflict', current: second.status === 'stored' ? second.setting : null });
    // A "new" item whose id is taken is a conflict too.
    expect(await save({ id: 'hello', baseVersion: 0, value: macro('Hey') })).toMatchObject({
      status: 'conflict',
      current: { version: 2 },
    });
    // A version that was never stored is no base either.
    expect(await save({ id: 'other', baseVersion: 3, value: macro('x') })).toEqual({
      status: 'conflict',
      current: null,
    });
    const page = await store().listSettings('alpha', 0, 10);
    expect(page.items.map(({ id, version, value }) => ({ id, version, value }))).toEqual([
      { id: 'hello', version: 2, value: macro('Hello') },
    ]);
  });

  it('deletes with a tombstone version that the list carries, and a new item may take the id again', async () => {
    await save({ id: 'hello', baseVersion: 0, value: macro('Hi') });
    expect(await remove('hello', 0)).toMatchObject({ status: 'conflict', current: { version: 1 } });
    const deleted = await remove('hello', 1);
    expect(deleted).toEqual({
      status: 'stored',
      setting: {
        kind: 'macro',
        id: 'hello',
        version: 2,
        value: null,
        deleted: true,
        savedAt: SAVED_AT,
        savedBy: 'Admin B',
        seq: 2,
      },
    });
    expect((await store().listSettings('alpha', 1, 10)).items).toEqual([
      deleted.status === 'stored' ? deleted.setting : null,
    ]);
    expect(await remove('hello', 2)).toEqual({ status: 'not_found' });
    expect(await remove('never-saved', 0)).toEqual({ status: 'not_found' });
    // Created again from nothing (base 0) or from the tombstone the console synced (base 2).
    expect(await save({ id: 'hello', baseVersion: 0, value: macro('Back') })).toMatchObject({
      status: 'stored',
      setting: { version: 3, deleted: false, value: macro('Back') },
    });
  });

  it('lists the latest version of each item changed after a seq, in pages, per tenant', async () => {
    for (const id of ['a', 'b', 'c']) await save({ id, baseVersion: 0, value: macro(id) });
    await save({ id: 'a', baseVersion: 1, value: macro('a2') });
    await store().saveSetting({
      tenantId: 'beta',
      kind: 'macro',
      id: 'b',
      baseVersion: 0,
      value: macro('beta'),
      savedBy: 'Beta admin',
      savedAt: SAVED_AT,
    });
    const all = await store().listSettings('alpha', 0, 10);
    expect(all.items.map(({ id, version, seq }) => [id, version, seq])).toEqual([
      ['b', 1, 2],
      ['c', 1, 3],
      ['a', 2, 4],
    ]);
    expect(all).toMatchObject({ cursor: 4, hasMore: false });
    const firstPage = await store().listSettings('alpha', 0, 2);
    expect(firstPage).toMatchObject({ cursor: 3, hasMore: true });
    expect(firstPage.items.map((item) => item.id)).toEqual(['b', 'c']);
    expect(await store().listSettings('alpha', firstPage.cursor, 2)).toMatchObject({
      items: [{ id: 'a', version: 2 }],
      cursor: 4,
      hasMore: false,
    });
    expect(await store().listSettings('alpha', 4, 10)).toEqual({ items: [], cursor: 4, hasMore: false });
    // Beta's own seq starts at 1; alpha's items are not its.
    expect(await store().listSettings('beta', 0, 10)).toMatchObject({
      items: [{ id: 'b', value: macro('beta'), seq: 1 }],
      cursor: 1,
    });
    expect(await store().listSettings('gamma', 0, 10)).toEqual({ items: [], cursor: 0, hasMore: false });
  });

  it("bounds a kind's item count and a value's size, storing nothing over either", async () => {
    expect(await save({ kind: 'profile', id: PROFILE_ID, baseVersion: 0, value: profile })).toMatchObject({
      status: 'stored',
    });
    const second = await save({ kind: 'profile', id: 'second', baseVersion: 0, value: profile });
    expect(second).toEqual({
      status: 'refused',
      message: 'A tenant keeps at most 1 items of kind profile; delete one first.',
    });
    // Editing the one item is no new item.
    expect(await save({ kind: 'profile', id: PROFILE_ID, baseVersion: 1, value: profile })).toMatchObject({
      status: 'stored',
      setting: { version: 2 },
    });
    const huge = macro('x'.repeat(MAX_SETTING_VALUE_BYTES));
    const tooLarge = await save({ id: 'huge', baseVersion: 0, value: huge });
    expect(tooLarge).toMatchObject({ status: 'refused' });
    expect(tooLarge.status === 'refused' && tooLarge.message).toMatch(/at most 1,000,000/);
    expect((await store().listSettings('alpha', 0, 10)).items.map((item) => item.id)).toEqual([PROFILE_ID]);
  });

  it('audits every stored save and delete in the same transaction, and nothing refused', async () => {
    const head = (await store().auditHead()).seq;
    await save({ id: 'hello', baseVersion: 0, value: macro('Hi'), actor: { name: 'Admin A', role: 'admin' } });
    await save({ id: 'hello', baseVersion: 0, value: macro('stale') });
    await remove('hello', 1);
    const records = await store().auditPage(head, 10);
    expect(records.map((record) => [record.action, record.actorName, record.actorRole, record.tenantId])).toEqual([
      ['setting_saved', 'Admin A', 'admin', 'alpha'],
      ['setting_deleted', 'system', 'system', 'alpha'],
    ]);
    const valueJson = JSON.stringify(macro('Hi'));
    expect(JSON.parse(records[0]?.inputsJson ?? '{}')).toEqual({
      kind: 'macro',
      id: 'hello',
      version: 1,
      baseVersion: 0,
      valueSha256: createHash('sha256').update(valueJson).digest('hex'),
      valueBytes: Buffer.byteLength(valueJson),
    });
    expect(JSON.parse(records[1]?.inputsJson ?? '{}')).toEqual({
      kind: 'macro',
      id: 'hello',
      version: 2,
      baseVersion: 1,
      claimedName: 'Admin B',
    });
  });

  it('keeps owner queues as queue settings: one place for both', async () => {
    await store().createOwnerQueue('alpha', { id: 'cards', name: 'Cards' });
    await save({ kind: 'queue', id: 'billing', baseVersion: 0, value: { name: 'Billing' } });
    expect(await store().listOwnerQueues('alpha')).toEqual([
      { id: 'billing', name: 'Billing' },
      { id: 'cards', name: 'Cards' },
    ]);
    expect((await store().listSettings('alpha', 0, 10)).items).toMatchObject([
      { kind: 'queue', id: 'cards', version: 1, value: { name: 'Cards' }, savedBy: 'system' },
      { kind: 'queue', id: 'billing', version: 1 },
    ]);
    await remove('cards', 1, 'queue');
    expect(await store().listOwnerQueues('alpha')).toEqual([{ id: 'billing', name: 'Billing' }]);
    await expect(store().createOwnerQueue('alpha', { id: 'billing', name: 'Again' })).rejects.toThrow(
      'already has a queue "billing"',
    );
  });

  it('stores exactly one of many saves made at once on the same version, each with its own seq', async () => {
    await save({ id: 'race', baseVersion: 0, value: macro('v1') });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => save({ id: 'race', baseVersion: 1, value: macro(`v2-${index}`) })),
    );
    expect(results.filter((result) => result.status === 'stored')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'conflict')).toHaveLength(7);
    const others = await Promise.all(
      Array.from({ length: 8 }, (_, index) => save({ id: `new-${index}`, baseVersion: 0, value: macro('x') })),
    );
    const seqs = others.map((result) => (result.status === 'stored' ? result.setting.seq : 0));
    expect(new Set(seqs).size).toBe(8);
    expect(Math.min(...seqs)).toBeGreaterThan(0);
    const listed = await store().listSettings('alpha', 0, 100);
    expect(listed.items.map((item) => item.seq)).toEqual(
      [...listed.items.map((item) => item.seq)].sort((a, b) => a - b),
    );
  });
}

import { describe, expect, it } from 'vitest';
import {
  deleteTenantSetting,
  issuesAt,
  loadTenantSettings,
  saveTenantSetting,
} from '../../../renderer/src/state/tenant-settings-client.js';
import { createFakeSettingsHost } from './fake-settings-host.js';

const macro = { name: 'Thanks', text: 'Thank you, {{customer.firstName}}.' };

describe('tenant settings client', () => {
  it('saves a new item from version 0, then edits it from the version it was saved as', async () => {
    const host = createFakeSettingsHost('lead');
    const first = await saveTenantSetting(host.api, 'macro', 'thanks', 0, macro);
    expect(first).toMatchObject({ kind: 'saved', stored: { version: 1, savedBy: 'Alex Admin', deleted: false } });
    const second = await saveTenantSetting(host.api, 'macro', 'thanks', 1, { ...macro, name: 'Thank you' });
    expect(second).toMatchObject({ kind: 'saved', stored: { version: 2 } });
    const loaded = await loadTenantSettings(host.api);
    expect(loaded.ok && loaded.value.settings.macro).toMatchObject([{ id: 'thanks', version: 2 }]);
    expect(loaded.ok && loaded.value.editableKinds).toEqual(['macro', 'article', 'intent_model', 'routing']);
  });

  it('reads a refused value as issues on their fields', async () => {
    const host = createFakeSettingsHost();
    const outcome = await saveTenantSetting(host.api, 'article', 'pin', 0, {
      status: 'published',
      intents: [],
      versions: { de: { title: '', body: 'Text' } },
    });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(issuesAt(outcome.issues, 'versions', 'de', 'title')).toHaveLength(1);
    expect(issuesAt(outcome.issues, 'versions', 'de', 'body')).toHaveLength(0);
    expect(host.stored('article', 'pin')).toBeNull();
  });

  it('reads a save from an old version as a conflict with what is stored, and a delete likewise', async () => {
    const host = createFakeSettingsHost();
    await saveTenantSetting(host.api, 'macro', 'thanks', 0, macro);
    host.saveAs('Sam Lead', 'macro', 'thanks', { ...macro, text: 'Theirs' });
    const outcome = await saveTenantSetting(host.api, 'macro', 'thanks', 1, { ...macro, text: 'Mine' });
    expect(outcome).toMatchObject({
      kind: 'conflict',
      current: { version: 2, savedBy: 'Sam Lead', value: { text: 'Theirs' } },
    });
    expect(await deleteTenantSetting(host.api, 'macro', 'thanks', 1)).toMatchObject({ kind: 'conflict' });
    expect(await deleteTenantSetting(host.api, 'macro', 'thanks', 2)).toMatchObject({
      kind: 'saved',
      stored: { deleted: true, version: 3 },
    });
  });

  it('passes any other refusal on as its sentence', async () => {
    const host = createFakeSettingsHost();
    host.setOnline(false);
    expect(await saveTenantSetting(host.api, 'macro', 'thanks', 0, macro)).toEqual({
      kind: 'error',
      message: 'The queue cannot be reached; settings are saved online only.',
    });
  });
});

import { SETTING_KINDS, type SettingKind } from '../../shared/settings/setting-kinds.js';
import type { SettingsPage, StoredSetting } from '../../shared/settings/stored-setting.js';
import { settingEntry } from '../audit/audit-entries.js';
import { appendAudit } from './audit-append.js';
import {
  settingFromRow,
  settingsPage,
  type SettingKey,
  type SettingRow,
  type SettingWriteResult,
} from './setting-rows.js';
import { perform, type Script } from './store-operations.js';

/** The latest version of each item changed after `afterSeq`, at most `limit`, in seq order. */
export function* listSettings(tenantId: string, afterSeq: number, limit: number): Script<SettingsPage> {
  return settingsPage(yield* perform('settingsChangedAfter', tenantId, afterSeq, limit + 1), afterSeq, limit);
}

export function* liveSettings(tenantId: string, kind: SettingKind): Script<StoredSetting[]> {
  return (yield* perform('liveSettings', tenantId, kind)).map(settingFromRow);
}

/**
 * Stores a new version of an item (`valueJson`, or a tombstone when null) if `baseVersion` is its latest
 * version, or 0 while it has no live version; with its audit record, in the caller's transaction. The tenant's
 * settings lock comes first: on an engine that locks rows it serialises the tenant's setting writes, so the check
 * below sees every save committed before it, and seqs commit in order.
 */
export function* writeSetting(input: SettingKey, valueJson: string | null): Script<SettingWriteResult> {
  yield* perform('lockSettings', input.tenantId);
  const row = yield* perform('latestSetting', input.tenantId, input.kind, input.id);
  const current = row ? settingFromRow(row) : null;
  const live = current !== null && !current.deleted;
  const baseIsLatest = input.baseVersion === (current?.version ?? 0) || (!live && input.baseVersion === 0);
  if (!baseIsLatest) return { status: 'conflict', current };
  if (valueJson === null && !live) return { status: 'not_found' };
  if (valueJson !== null && !live) {
    const { maxItems } = SETTING_KINDS[input.kind];
    if ((yield* perform('liveSettingCount', input.tenantId, input.kind)) >= maxItems)
      return {
        status: 'refused',
        message: `A tenant keeps at most ${maxItems.toLocaleString('en')} items of kind ${input.kind}; delete one first.`,
      };
  }
  const version = (current?.version ?? 0) + 1;
  const seq = yield* perform('nextSettingSeq', input.tenantId);
  const stored: SettingRow = {
    kind: input.kind,
    id: input.id,
    version,
    value_json: valueJson,
    deleted: valueJson === null,
    saved_at: input.savedAt,
    saved_by: input.savedBy,
    seq,
  };
  yield* perform('insertSetting', input.tenantId, stored);
  yield* appendAudit([settingEntry(input, { version, valueJson })]);
  return { status: 'stored', setting: settingFromRow(stored) };
}

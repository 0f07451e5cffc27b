import type { SettingKind } from '../../shared/settings/setting-kinds.js';
import type { QueueUse } from '../../shared/settings/queue-uses.js';
import type { SettingIssue, SettingsPage, StoredSetting } from '../../shared/settings/stored-setting.js';
import type { TokenActor } from '../audit/audit-entries.js';

/** A row of tenant_settings as both engines read it (PostgreSQL keeps `deleted` as a boolean, SQLite as 0/1). */
export interface SettingRow {
  kind: SettingKind;
  id: string;
  version: number | string;
  /** Null for a tombstone. */
  value_json: string | null;
  deleted: number | boolean;
  saved_at: string;
  saved_by: string;
  seq: number | string;
}

export function settingFromRow(row: SettingRow): StoredSetting {
  const deleted = Boolean(row.deleted);
  return {
    kind: row.kind,
    id: row.id,
    version: Number(row.version),
    value: deleted || row.value_json === null ? null : (JSON.parse(row.value_json) as unknown),
    deleted,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    seq: Number(row.seq),
  };
}

/** A page from `limit + 1` rows read after `afterSeq`: the extra row only tells that there is more. */
export function settingsPage(rows: readonly SettingRow[], afterSeq: number, limit: number): SettingsPage {
  const items = rows.slice(0, limit).map(settingFromRow);
  return { items, cursor: items.at(-1)?.seq ?? afterSeq, hasMore: rows.length > limit };
}

/** One item to change: the version it was edited from (0 for a new item) decides whether the change is stored. */
export interface SettingKey {
  tenantId: string;
  kind: SettingKind;
  id: string;
  baseVersion: number;
  /** The token's name, stored with the version. */
  savedBy: string;
  savedAt: string;
  /** The token that changed it, for the audit trail (`system` when absent). */
  actor?: TokenActor;
}

/** A new version of an item; `value` has passed its kind's schema. */
export interface SaveSettingInput extends SettingKey {
  value: unknown;
}

/**
 * `stored` with the new version; `conflict` with what is stored now when `baseVersion` is not the latest
 * (null: never saved); `not_found` when a delete finds no live item; `refused` when a limit (item count,
 * value size) stops it; `in_use` when a queue to delete is still named (queue-uses.ts); `invalid` when the value
 * names a queue the tenant does not have. Nothing is written unless `stored`.
 */
export type SettingWriteResult =
  | { status: 'stored'; setting: StoredSetting }
  | { status: 'conflict'; current: StoredSetting | null }
  | { status: 'not_found' }
  | { status: 'refused'; message: string }
  | { status: 'in_use'; uses: QueueUse[] }
  | { status: 'invalid'; issues: SettingIssue[] };

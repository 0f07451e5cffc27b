import type Database from 'better-sqlite3';
import type { SettingKind } from '../../shared/settings/setting-kinds.js';
import type { SettingRow } from './setting-rows.js';
import { SETTING_SQL, settingInsertValues } from './setting-sql.js';
import type { SettingOperations } from './store-operations.js';

/** Tenant settings in SQLite (writes run inside the caller's immediate transaction). */
export function sqliteSettingOperations(db: Database.Database): SettingOperations {
  return {
    lockSettings(tenantId) {
      db.prepare(SETTING_SQL.lock).run(tenantId);
    },
    nextSettingSeq: (tenantId) => db.prepare<[string], number>(SETTING_SQL.nextSeq).pluck().get(tenantId) ?? 0,
    latestSetting: (tenantId, kind, id) =>
      db.prepare<[string, SettingKind, string], SettingRow>(SETTING_SQL.latest).get(tenantId, kind, id) ?? null,
    settingsChangedAfter: (tenantId, afterSeq, limit) =>
      db.prepare<[string, number, number], SettingRow>(SETTING_SQL.changedAfter).all(tenantId, afterSeq, limit),
    liveSettings: (tenantId, kind) =>
      db.prepare<[string, SettingKind], SettingRow>(SETTING_SQL.live).all(tenantId, kind),
    liveSettingCount: (tenantId, kind) =>
      db.prepare<[string, SettingKind], number>(SETTING_SQL.liveCount).pluck().get(tenantId, kind) ?? 0,
    insertSetting(tenantId, row) {
      db.prepare(SETTING_SQL.insert).run(...settingInsertValues(tenantId, row, (deleted) => (deleted ? 1 : 0)));
    },
  };
}

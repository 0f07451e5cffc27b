import type pg from 'pg';
import type { SettingRow } from './setting-rows.js';
import { numberedParameters, SETTING_SQL, settingInsertValues } from './setting-sql.js';
import type { Async, SettingOperations } from './store-operations.js';

const SQL = Object.fromEntries(
  Object.entries(SETTING_SQL).map(([name, sql]) => [name, numberedParameters(sql)]),
) as Record<keyof typeof SETTING_SQL, string>;

/** Tenant settings in PostgreSQL; lockSettings locks the tenant's counter row, so its setting writes (and their seqs) commit one after the other. */
export function postgresSettingOperations(db: pg.Pool | pg.PoolClient): Async<SettingOperations> {
  const rows = async <R extends pg.QueryResultRow>(sql: string, values: readonly unknown[]): Promise<R[]> =>
    (await db.query<R>(sql, [...values])).rows;
  return {
    async lockSettings(tenantId) {
      await db.query(SQL.lock, [tenantId]);
    },
    nextSettingSeq: async (tenantId) => (await rows<{ value: number }>(SQL.nextSeq, [tenantId]))[0]?.value ?? 0,
    latestSetting: async (tenantId, kind, id) => (await rows<SettingRow>(SQL.latest, [tenantId, kind, id]))[0] ?? null,
    settingsChangedAfter: (tenantId, afterSeq, limit) =>
      rows<SettingRow>(SQL.changedAfter, [tenantId, afterSeq, limit]),
    liveSettings: (tenantId, kind) => rows<SettingRow>(SQL.live, [tenantId, kind]),
    liveSettingCount: async (tenantId, kind) =>
      Number((await rows<{ count: number }>(SQL.liveCount, [tenantId, kind]))[0]?.count ?? 0),
    async insertSetting(tenantId, row) {
      await db.query(
        SQL.insert,
        settingInsertValues(tenantId, row, (deleted) => deleted),
      );
    },
  };
}

import type { SettingRow } from './setting-rows.js';

/**
 * The SQL of tenant settings, written once for both engines with `?` placeholders (SQLite's);
 * PostgreSQL's operations number them with `numberedParameters`.
 */

const COLUMNS = 's.kind, s.id, s.version, s.value_json, s.deleted, s.saved_at, s.saved_by, s.seq';

/** Rows that are the latest version of their item. */
const IS_LATEST = `s.version = (SELECT MAX(l.version) FROM tenant_settings l
  WHERE l.tenant_id = s.tenant_id AND l.kind = s.kind AND l.id = s.id)`;

export const SETTING_SQL = {
  /** Makes sure the tenant's settings counter exists and, on PostgreSQL, locks it until the transaction ends. */
  lock: `INSERT INTO tenant_setting_sequences (tenant_id, value) VALUES (?, 0)
    ON CONFLICT (tenant_id) DO UPDATE SET value = tenant_setting_sequences.value`,
  /** Draws the tenant's next settings seq (after `lock`). */
  nextSeq: 'UPDATE tenant_setting_sequences SET value = value + 1 WHERE tenant_id = ? RETURNING value',
  /** Parameters: tenant, kind, id. */
  latest: `SELECT ${COLUMNS} FROM tenant_settings s WHERE s.tenant_id = ? AND s.kind = ? AND s.id = ?
    ORDER BY s.version DESC LIMIT 1`,
  /** Parameters: tenant, after seq, limit. */
  changedAfter: `SELECT ${COLUMNS} FROM tenant_settings s WHERE s.tenant_id = ? AND s.seq > ? AND ${IS_LATEST}
    ORDER BY s.seq LIMIT ?`,
  /** Parameters: tenant, kind. */
  live: `SELECT ${COLUMNS} FROM tenant_settings s WHERE s.tenant_id = ? AND s.kind = ? AND ${IS_LATEST}
    AND NOT s.deleted ORDER BY s.id`,
  /** The live items of a kind of every tenant, with their tenant. Parameters: kind. */
  liveEveryTenant: `SELECT s.tenant_id, ${COLUMNS} FROM tenant_settings s WHERE s.kind = ? AND ${IS_LATEST}
    AND NOT s.deleted ORDER BY s.tenant_id, s.id`,
  /** Parameters: tenant, kind. */
  liveCount: `SELECT COUNT(*) AS count FROM tenant_settings s WHERE s.tenant_id = ? AND s.kind = ? AND ${IS_LATEST}
    AND NOT s.deleted`,
  /** Parameters: tenant, kind, id, version, value_json, deleted, saved_at, saved_by, seq. */
  insert: `INSERT INTO tenant_settings (tenant_id, kind, id, version, value_json, deleted, saved_at, saved_by, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

/** The values of SETTING_SQL.insert; `flag` turns `deleted` into what the engine stores for a yes/no column. */
export function settingInsertValues<Flag>(
  tenantId: string,
  row: SettingRow,
  flag: (deleted: boolean) => Flag,
): unknown[] {
  const { kind, id, version, value_json, deleted, saved_at, saved_by, seq } = row;
  return [tenantId, kind, id, version, value_json, flag(Boolean(deleted)), saved_at, saved_by, seq];
}

/** The same statement with PostgreSQL's numbered placeholders ($1, $2, ...). */
export function numberedParameters(sql: string): string {
  let next = 0;
  return sql.replace(/\?/g, () => `$${++next}`);
}

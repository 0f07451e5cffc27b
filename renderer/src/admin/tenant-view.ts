import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { tenantSettingsFrom, type TenantSettings } from '../../../shared/settings/tenant-settings.js';

/**
 * The settings with one stored version applied, as the sync will bring it: a save replaces its item, a delete's
 * tombstone removes it; an older version than the one shown changes nothing.
 */
export function withStoredSetting(settings: TenantSettings, stored: StoredSetting): TenantSettings {
  const entries = settings[stored.kind];
  const shown = entries.find((entry) => entry.id === stored.id);
  if (shown && shown.version > stored.version) return settings;
  const added = tenantSettingsFrom([stored]).settings[stored.kind];
  const next = [...entries.filter((entry) => entry.id !== stored.id), ...added];
  next.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...settings, [stored.kind]: next };
}

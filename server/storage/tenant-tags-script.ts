import { TagSettingSchema } from '../../shared/settings/setting-values.js';
import type { TenantTag } from '../../shared/settings/ticket-tags.js';
import { settingFromRow } from './setting-rows.js';
import { perform, type Script } from './store-operations.js';

/** The tenant's live tags (issue 19); an item its schema no longer reads is left out, as consoles leave it out. */
export function* tenantTags(tenantId: string): Script<TenantTag[]> {
  return (yield* perform('liveSettings', tenantId, 'tag')).flatMap((row) => {
    const parsed = TagSettingSchema.safeParse(settingFromRow(row).value);
    return parsed.success ? [{ id: row.id, value: parsed.data }] : [];
  });
}

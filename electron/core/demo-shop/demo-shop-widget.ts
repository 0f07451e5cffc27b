import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { latestSettings } from '../../../lib/queue-client/latest-settings.js';
import { queueRefusalOf } from '../../../lib/queue-client/queue-refusal.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { WidgetSetting } from '../../../shared/settings/setting-values.js';
import { tenantSettingsFrom, type SettingEntry } from '../../../shared/settings/tenant-settings.js';

/** The widget the demo shop shows: the tenant's first enabled one, by id (the seed's is `website`). */
export type ShopWidget = SettingEntry<'widget'>;

/** The widget the shop shows, as the queue holds it now; null when the tenant has no enabled widget. */
export async function readShopWidget(client: QueueClient): Promise<Result<ShopWidget | null>> {
  const stored = await latestSettings(client);
  if (!stored.ok) return stored;
  const { settings } = tenantSettingsFrom(stored.value);
  return ok(settings.widget.find((widget) => widget.value.enabled) ?? null);
}

/** Whether the shop's page may show the widget: it was allowed, the shop added its origin, or it may not. */
export type ShopOrigin = 'allowed' | 'added' | { notAllowed: string };

/** Tries a save this many times when an admin saves the widget at the same moment (a version conflict). */
const SAVE_ATTEMPTS = 3;

/**
 * Makes sure the widget allows the shop's origin: with the tenant's admin client, adds it to allowedOrigins (saved
 * over the version read, everything else as the admin left it); without one, says what an admin has to do.
 */
export async function allowShopOrigin(
  widget: ShopWidget,
  origin: string,
  admin: QueueClient | null,
): Promise<Result<ShopOrigin>> {
  let current = widget;
  for (let attempt = 1; ; attempt++) {
    if (current.value.allowedOrigins.includes(origin)) return ok(attempt === 1 ? 'allowed' : 'added');
    if (!admin)
      return ok({
        notAllowed: `the widget "${current.id}" does not allow ${origin}: an admin adds it to the widget's allowed origins`,
      });
    const value: WidgetSetting = { ...current.value, allowedOrigins: [...current.value.allowedOrigins, origin] };
    const saved = await admin.saveSetting('widget', current.id, current.version, value);
    if (saved.ok) return ok('added');
    const conflict = queueRefusalOf(saved.error.details).status === 409;
    if (!conflict || attempt >= SAVE_ATTEMPTS) return fail(saved.error.code, saved.error.message, saved.error.details);
    const reread = await readShopWidget(admin);
    if (!reread.ok) return reread;
    if (!reread.value || reread.value.id !== current.id)
      return fail('widget_changed', `The widget "${current.id}" was changed while the demo shop was starting.`);
    current = reread.value;
  }
}

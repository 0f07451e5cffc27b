import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { latestSettings } from '../../lib/queue-client/latest-settings.js';
import type { WidgetSetting } from '../../shared/settings/setting-values.js';
import type { StoredSetting } from '../../shared/settings/stored-setting.js';
import { saveSetting } from './queue-tenant-settings.js';

/** A widget for tests: English greeting, its tickets to `queueId`, shown on `allowedOrigins` only. */
export function testWidget(
  fields: Pick<WidgetSetting, 'queueId' | 'allowedOrigins'> & Partial<WidgetSetting>,
): WidgetSetting {
  return {
    title: 'Help',
    greeting: { en: 'Hello! How can we help?' },
    accentColor: '#1565c0',
    position: 'right',
    enabled: true,
    publicKey: 'pk_TestWidgetKey000001',
    requireIdentity: false,
    ...fields,
  };
}

/**
 * Saves a tenant's widget through the queue API with the tenant's admin token: a new item, or a new version over
 * the one stored now. The queue must take it.
 */
export async function saveWidgetSetting(
  queueUrl: string,
  adminToken: string,
  id: string,
  value: WidgetSetting,
): Promise<StoredSetting> {
  const admin = new QueueClient({ baseUrl: queueUrl, token: adminToken });
  const stored = await latestSettings(admin);
  if (!stored.ok) throw new Error(`Reading the settings: ${stored.error.message}`);
  const current = stored.value.find((item) => item.kind === 'widget' && item.id === id);
  return saveSetting(admin, 'widget', id, value, current?.version ?? 0);
}

import type { TenantConfig } from '../../shared/domain/tenant.js';
import type { SettingKind, SettingValue } from '../../shared/settings/setting-kinds.js';
import { MAX_SETTINGS_PAGE, type StoredSetting } from '../../shared/settings/stored-setting.js';
import { answersOf, type KnowledgeBase } from '../../engine/knowledge-base.js';
import type { QueueClient } from '../../lib/queue-client/queue-client.js';
import { SettingsSeedSchema } from '../../lib/tenant-seed/seed-files.js';
import { tenantSeedItems } from '../../lib/tenant-seed/tenant-seed.js';

/** Saves one setting as a new item or over `baseVersion`; the queue must take it. */
export async function saveSetting<K extends SettingKind>(
  admin: QueueClient,
  kind: K,
  id: string,
  value: SettingValue<K>,
  baseVersion = 0,
): Promise<StoredSetting> {
  const saved = await admin.saveSetting(kind, id, baseVersion, value);
  if (!saved.ok) throw new Error(`Saving ${kind} ${id}: ${saved.error.message} ${JSON.stringify(saved.error.details)}`);
  return saved.value;
}

/** An article answering `intent` with one language version per answer. */
export function articleOf(
  intent: string,
  answers: Record<string, string>,
  status: 'draft' | 'published' = 'published',
): SettingValue<'article'> {
  return {
    status,
    intents: [intent],
    versions: Object.fromEntries(
      Object.entries(answers).map(([language, body]) => [language, { title: intent.replaceAll('_', ' '), body }]),
    ),
  };
}

/**
 * Puts a test tenant's configuration into the queue through its API, as the queue's seed would (lib/tenant-seed):
 * the profile, the queues, one article per intent of the knowledge base (published where the tenant lets the AI
 * answer it, else a draft), and the rules.
 */
export async function saveTenantToQueue(
  admin: QueueClient,
  lead: QueueClient,
  tenant: TenantConfig,
  knowledgeBase: KnowledgeBase,
): Promise<void> {
  // What the queue holds already (a demo queue comes seeded): saved over, and the articles the test tenant lacks
  // deleted (other queues may stay: they answer nothing).
  const page = await admin.listSettings(0, MAX_SETTINGS_PAGE);
  if (!page.ok) throw new Error(`Listing the settings: ${page.error.message}`);
  const versions = new Map(page.value.items.filter((i) => !i.deleted).map((i) => [`${i.kind}/${i.id}`, i]));
  const answers = Object.fromEntries(knowledgeBase.intents.map((intent) => [intent, answersOf(knowledgeBase, intent)]));
  const items = tenantSeedItems(tenant, answers, SettingsSeedSchema.parse({}));
  for (const setting of items) {
    const saved = await admin.saveSetting(
      setting.kind,
      setting.id,
      versions.get(`${setting.kind}/${setting.id}`)?.version ?? 0,
      setting.value,
    );
    if (!saved.ok) throw new Error(`Saving ${setting.kind} ${setting.id}: ${saved.error.message}`);
  }
  const current = await lead.getRules();
  if (!current.ok) throw new Error(`Reading the rules: ${current.error.message}`);
  const rules = await lead.saveRules(tenant.escalationRules, current.value.version);
  if (!rules.ok) throw new Error(`Saving the rules: ${rules.error.message}`);
  const kept = new Set(items.map((item) => `${item.kind}/${item.id}`));
  for (const [key, item] of versions) {
    if (kept.has(key) || item.kind !== 'article') continue;
    const removed = await admin.deleteSetting(item.kind, item.id, item.version);
    if (!removed.ok) throw new Error(`Deleting ${key}: ${removed.error.message}`);
  }
}

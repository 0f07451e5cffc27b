import type { TenantConfig } from '../../shared/domain/tenant.js';
import type { SettingKind, SettingValue } from '../../shared/settings/setting-kinds.js';
import type { StoredSetting } from '../../shared/settings/stored-setting.js';
import { answersOf, type KnowledgeBase } from '../../engine/knowledge-base.js';
import type { QueueClient } from '../../lib/queue-client/queue-client.js';

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

/** One setting as a tenant's admin saves it. */
export interface SettingToSave {
  kind: SettingKind;
  id: string;
  value: unknown;
}

/** An article id for an intent (ids allow letters, digits, _ . and -): `reverted_card_payment?` -> `reverted-card-payment`. */
const articleIdOf = (intent: string) => intent.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * A test tenant's configuration as settings, as an admin sets a tenant up: the profile (name, the knowledge base's
 * languages, thresholds), the queues, and one article per intent of the knowledge base (published where the tenant
 * lets the AI answer it, a draft otherwise).
 */
export function settingsOf(tenant: TenantConfig, knowledgeBase: KnowledgeBase): SettingToSave[] {
  const profile: SettingValue<'profile'> = {
    name: tenant.name,
    languages: [...knowledgeBase.languages],
    resolveThreshold: tenant.resolveThreshold,
    ...(tenant.intentThresholds ? { intentThresholds: tenant.intentThresholds } : {}),
  };
  const articles = knowledgeBase.intents.map((intent): SettingToSave => {
    const status = tenant.answerableIntents.includes(intent) ? 'published' : 'draft';
    return {
      kind: 'article',
      id: articleIdOf(intent),
      value: articleOf(intent, answersOf(knowledgeBase, intent), status),
    };
  });
  return [
    { kind: 'profile', id: 'profile', value: profile },
    ...tenant.queues.map((queue): SettingToSave => ({ kind: 'queue', id: queue.id, value: { name: queue.name } })),
    ...articles,
  ];
}

/** Puts a test tenant's configuration into the queue through its API: its settings (settingsOf) and rules. */
export async function saveTenantToQueue(
  admin: QueueClient,
  lead: QueueClient,
  tenant: TenantConfig,
  knowledgeBase: KnowledgeBase,
): Promise<void> {
  for (const setting of settingsOf(tenant, knowledgeBase)) {
    const saved = await admin.saveSetting(setting.kind, setting.id, 0, setting.value);
    if (!saved.ok) throw new Error(`Saving ${setting.kind} ${setting.id}: ${saved.error.message}`);
  }
  const rules = await lead.saveRules(tenant.escalationRules, 0);
  if (!rules.ok) throw new Error(`Saving the rules: ${rules.error.message}`);
}

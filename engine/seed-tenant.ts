/**
 * The built-in engine's tenant from a demo's seed folder (resources/tenants/<id>/), for the runs that have no queue:
 * evaluations, the triage benchmark and engine tests. It goes the way the queue's seed goes (lib/tenant-seed: each
 * knowledge-base answer an article, published where tenant.json lets the AI answer the intent), so these runs decide
 * as an autopilot does on a freshly seeded queue. A running autopilot never reads these files: it decides from the
 * queue's settings and rules (engine-tenant.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TenantConfig } from '../shared/domain/tenant.js';
import type { StoredSetting } from '../shared/settings/stored-setting.js';
import { tenantSettingsFrom, type TenantSettings } from '../shared/settings/tenant-settings.js';
import { readJsonFile } from '../lib/json-file.js';
import { loadTenantConfig } from '../lib/tenant-config.js';
import {
  KNOWLEDGE_BASE_FILE,
  KnowledgeBaseFileSchema,
  SETTINGS_SEED_FILE,
  SettingsSeedSchema,
  type SettingsSeed,
} from '../lib/tenant-seed/seed-files.js';
import { tenantSeedItems, type SeedItem } from '../lib/tenant-seed/tenant-seed.js';
import { engineTenantFrom, type EngineTenant, type TenantConfiguration } from './engine-tenant.js';
import { answersOf, createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

/** Seed items as the queue hands them out once seeded: each saved once. */
export function settingsFromSeedItems(items: readonly SeedItem[]): TenantSettings {
  const stored = items.map((item, i): StoredSetting => ({
    ...item,
    version: 1,
    deleted: false,
    savedAt: new Date(0).toISOString(),
    savedBy: 'seed',
    seq: i + 1,
  }));
  return tenantSettingsFrom(stored).settings;
}

/** A seed file of the folder, or null where the tenant ships none. */
function optionalSeedFile<T>(dir: string, name: string, read: (file: string) => T): T | null {
  const file = join(dir, name);
  return existsSync(file) ? read(file) : null;
}

/** The seed's knowledge base, empty for a tenant that ships none (one answered with tools). */
export function loadSeedKnowledgeBase(resourcesDir: string, tenantId: string): KnowledgeBase {
  const answers = optionalSeedFile(join(resourcesDir, 'tenants', tenantId), KNOWLEDGE_BASE_FILE, (file) =>
    readJsonFile(file, KnowledgeBaseFileSchema, 'knowledge base'),
  );
  return createKnowledgeBase(answers ?? {});
}

/**
 * What the engine decides with when a seed is all there is: `config` (a tenant.json, perhaps changed by an
 * evaluation's override) and `knowledgeBase` made into settings as the queue's seed makes them, and the rules.
 * Throws when the rules cannot be used.
 */
export function seedEngineTenant(
  config: TenantConfig,
  knowledgeBase: KnowledgeBase,
  settingsSeed: SettingsSeed = SettingsSeedSchema.parse({}),
): EngineTenant {
  return engineTenantFrom(seedTenantConfiguration(config, knowledgeBase, settingsSeed));
}

/** The settings and rules a freshly seeded queue hands out for `config` and `knowledgeBase` (and the settings seed). */
export function seedTenantConfiguration(
  config: TenantConfig,
  knowledgeBase: KnowledgeBase,
  settingsSeed: SettingsSeed = SettingsSeedSchema.parse({}),
): TenantConfiguration {
  const answers = Object.fromEntries(knowledgeBase.intents.map((intent) => [intent, answersOf(knowledgeBase, intent)]));
  const settings = settingsFromSeedItems(tenantSeedItems(config, answers, settingsSeed));
  return { tenantId: config.id, settings, rules: config.escalationRules };
}

/** The folder's settings seed (settings-seed.json), or undefined where the tenant ships none. */
export function loadSettingsSeed(resourcesDir: string, tenantId: string): SettingsSeed | undefined {
  return (
    optionalSeedFile(join(resourcesDir, 'tenants', tenantId), SETTINGS_SEED_FILE, (file) =>
      readJsonFile(file, SettingsSeedSchema, 'settings seed'),
    ) ?? undefined
  );
}

/** A demo tenant's seed folder as the engine uses it: its configuration file, and the engine's tenant from it. */
export function loadSeedEngineTenant(
  resourcesDir: string,
  tenantId: string,
): { config: TenantConfig; engineTenant: EngineTenant } {
  const config = loadTenantConfig(resourcesDir, tenantId);
  return {
    config,
    engineTenant: seedEngineTenant(
      config,
      loadSeedKnowledgeBase(resourcesDir, tenantId),
      loadSettingsSeed(resourcesDir, tenantId),
    ),
  };
}

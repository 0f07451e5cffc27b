import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TenantConfigSchema, type TenantConfig } from '../shared/domain/tenant.js';
import { validateRuleSet } from '../shared/escalation-rules.js';
import { readJsonFile } from './json-file.js';

/** The demo tenants shipped as seed: every folder of resources/tenants/ with a tenant.json, sorted. */
export function seedTenantIds(resourcesDir: string): string[] {
  const dir = join(resourcesDir, 'tenants');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'tenant.json')))
    .map((entry) => entry.name)
    .sort();
}

/** Loads a demo tenant's seed configuration from resources/ and refuses one whose rules leave escalations unowned. */
export function loadTenantConfig(resourcesDir: string, tenantId: string): TenantConfig {
  return readTenantConfigFile(join(resourcesDir, 'tenants', tenantId, 'tenant.json'));
}

/** A tenant.json anywhere (a seed folder given to `tenant seed --from`), checked as loadTenantConfig does. */
export function readTenantConfigFile(file: string): TenantConfig {
  const config = readJsonFile(file, TenantConfigSchema, 'tenant configuration');
  const rules = validateRuleSet(
    config.escalationRules,
    config.queues.map((q) => q.id),
  );
  if (!rules.ok) throw new Error(`${file}: ${rules.error.message}`);
  return config;
}

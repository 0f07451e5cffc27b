import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TenantConfigSchema, type TenantConfig } from '../shared/domain/tenant.js';
import { validateRuleSet } from '../shared/escalation-rules.js';

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
  const file = join(resourcesDir, 'tenants', tenantId, 'tenant.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `The tenant configuration ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = TenantConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `The tenant configuration ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const rules = validateRuleSet(
    parsed.data.escalationRules,
    parsed.data.queues.map((q) => q.id),
  );
  if (!rules.ok) throw new Error(`${file}: ${rules.error.message}`);
  return parsed.data;
}

import type { TenantSeed } from '../lib/tenant-seed/tenant-seed.js';
import type { StoredSetting } from '../shared/settings/stored-setting.js';
import { MAX_SETTINGS_PAGE } from '../shared/settings/stored-setting.js';
import { canonicalJson } from './audit/audit-chain.js';
import type { TokenActor } from './audit/audit-entries.js';
import type { QueueStore } from './storage/queue-store.js';

/** Who the seed's versions are saved by: an item whose latest version is not the seed's is someone's own. */
export const SEED_ACTOR: TokenActor = { name: 'tenant seed', role: 'system' };

export interface SeedReport {
  created: number;
  /** Items the seed made and nobody changed since, whose seed value changed. */
  updated: number;
  unchanged: number;
  /** Items someone else saved or deleted last: the seed leaves them as they are. */
  kept: number;
  /** The seed's escalation rules are saved only while the tenant has none. */
  rules: 'saved' | 'kept';
}

/**
 * Writes a seed into a tenant's settings and rules, idempotently: a missing item is created, an item the seed
 * saved last is brought to the seed's value, any other (an admin's edit or delete) is kept. Seeding twice changes
 * nothing the second time.
 */
export async function seedTenant(
  store: QueueStore,
  tenantId: string,
  seed: TenantSeed,
  now: Date,
): Promise<SeedReport> {
  const stored = await storedSettings(store, tenantId);
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, kept: 0, rules: 'kept' };
  const by = { tenantId, savedBy: SEED_ACTOR.name, savedAt: now.toISOString(), actor: SEED_ACTOR };
  for (const item of seed.items) {
    const current = stored.get(`${item.kind}/${item.id}`);
    if (current && (current.savedBy !== SEED_ACTOR.name || current.deleted)) {
      report.kept++;
      continue;
    }
    if (current && canonicalJson(current.value) === canonicalJson(item.value)) {
      report.unchanged++;
      continue;
    }
    const result = await store.saveSetting({ ...by, ...item, baseVersion: current?.version ?? 0 });
    if (result.status === 'refused') throw new Error(`The seed's ${item.kind} "${item.id}": ${result.message}`);
    if (result.status === 'stored') report[current ? 'updated' : 'created']++;
    else report.kept++; // saved by someone else meanwhile
  }
  if ((await store.getRuleSet(tenantId)).version === 0) {
    const saved = await store.saveRuleSet({ ...by, rules: seed.rules, baseVersion: 0 });
    if (saved.status === 'saved') report.rules = 'saved';
  }
  return report;
}

/** The latest version of every setting of the tenant (tombstones too), by `kind/id`. */
export async function storedSettings(store: QueueStore, tenantId: string): Promise<Map<string, StoredSetting>> {
  const stored = new Map<string, StoredSetting>();
  for (let after = 0, more = true; more;) {
    const page = await store.listSettings(tenantId, after, MAX_SETTINGS_PAGE);
    for (const setting of page.items) stored.set(`${setting.kind}/${setting.id}`, setting);
    ({ cursor: after, hasMore: more } = page);
  }
  return stored;
}

export function describeSeedReport(report: SeedReport): string {
  return `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.kept} kept as someone changed them; escalation rules ${report.rules === 'saved' ? 'saved' : 'kept'}`;
}

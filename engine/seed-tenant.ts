/**
 * The built-in engine's tenant from a demo's seed files (resources/tenants/<id>/tenant.json and
 * knowledge-base.json), for the runs that have no queue: evaluations, the triage benchmark and engine tests. A
 * running autopilot never reads these files: it decides from the queue's settings and rules (engine-tenant.ts),
 * which the queue's seed fills from the same files (each answerable intent's answers as a published article).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TenantConfig } from '../shared/domain/tenant.js';
import { loadTenantConfig } from '../lib/tenant-config.js';
import { assertUsableRules, type EngineTenant } from './engine-tenant.js';
import { answersOf, createKnowledgeBase, loadKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

/** The seed's knowledge base, empty for a tenant that ships none (one answered with tools). */
export function loadSeedKnowledgeBase(resourcesDir: string, tenantId: string): KnowledgeBase {
  const file = join(resourcesDir, 'tenants', tenantId, 'knowledge-base.json');
  return existsSync(file) ? loadKnowledgeBase(file) : createKnowledgeBase({});
}

/**
 * What the engine decides with when the seed is all there is: the answers of the answerable intents only (the
 * seed's other answers become draft articles), the thresholds, and the rules checked against the seed's queues.
 */
export function seedEngineTenant(tenant: TenantConfig, knowledgeBase: KnowledgeBase): EngineTenant {
  assertUsableRules(
    tenant.id,
    tenant.escalationRules,
    tenant.queues.map((queue) => queue.id),
  );
  const answerable = new Set(tenant.answerableIntents);
  const answers = Object.fromEntries(
    knowledgeBase.intents
      .filter((intent) => answerable.has(intent))
      .map((intent) => [intent, answersOf(knowledgeBase, intent)]),
  );
  return {
    id: tenant.id,
    resolveThreshold: tenant.resolveThreshold,
    intentThresholds: tenant.intentThresholds ?? {},
    escalationRules: tenant.escalationRules,
    knowledgeBase: createKnowledgeBase(answers),
  };
}

/** A demo tenant's seed as the engine uses it: its configuration file, and the engine's tenant from it. */
export function loadSeedEngineTenant(
  resourcesDir: string,
  tenantId: string,
): { config: TenantConfig; engineTenant: EngineTenant } {
  const config = loadTenantConfig(resourcesDir, tenantId);
  return { config, engineTenant: seedEngineTenant(config, loadSeedKnowledgeBase(resourcesDir, tenantId)) };
}

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TenantConfig } from '../../../shared/domain/tenant.js';
import { newTicket, type Message, type Ticket } from '../../../shared/domain/ticket.js';
import { createBuiltinEngine, type BuiltinEngine } from '../../../engine/builtin-engine.js';
import type { EngineTenant } from '../../../engine/engine-tenant.js';
import type { ClassifierHyperparameters } from '../../../engine/intent-classifier.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../../engine/knowledge-base.js';
import { seedEngineTenant } from '../../../engine/seed-tenant.js';
import { loadTenantClassifier } from '../../../engine/tenant-classifier.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'ai');
export const FIXTURE_RESOURCES = join(FIXTURES, 'resources');
export const FIXTURE_TENANT_DIR = join(FIXTURE_RESOURCES, 'tenants', 'fixture-bank');
export const FIXTURE_TRAINING_CSV = join(FIXTURE_TENANT_DIR, 'training-multilingual.csv');

/** Small data: no calibration slice, more epochs. Trains in well under a second. */
export const FIXTURE_HYPERPARAMETERS: Partial<ClassifierHyperparameters> = {
  epochs: 40,
  batchSize: 8,
  learningRate: 0.05,
  calibrationFraction: 0,
  seed: 7,
};

export function fixtureTenant(): TenantConfig {
  return JSON.parse(readFileSync(join(FIXTURE_TENANT_DIR, 'tenant.json'), 'utf8')) as TenantConfig;
}

/** The fixture tenant's intent classifier, trained in a fresh cache dir. */
export function fixtureClassifier(): ReturnType<typeof loadTenantClassifier> {
  return loadTenantClassifier({
    resourcesDir: FIXTURE_RESOURCES,
    cacheDir: tempDir(),
    tenantId: 'fixture-bank',
    hyperparameters: FIXTURE_HYPERPARAMETERS,
  });
}

/** The engine's view of the fixture tenant's seed (`tenant`: its configuration, perhaps changed by a test). */
export function fixtureEngineTenant(tenant: TenantConfig = fixtureTenant()): EngineTenant {
  return seedEngineTenant(tenant, fixtureKnowledgeBase());
}

/** The built-in engine for `tenant`, its classifier trained on the fixture tenant (cached in `cacheDir`). */
export async function fixtureEngine(
  tenant: TenantConfig = fixtureTenant(),
  cacheDir = tempDir(),
): Promise<BuiltinEngine> {
  return createBuiltinEngine({
    resourcesDir: FIXTURE_RESOURCES,
    cacheDir,
    tenant: fixtureEngineTenant(tenant),
    hyperparameters: FIXTURE_HYPERPARAMETERS,
  });
}

export function fixtureKnowledgeBase(): KnowledgeBase {
  return loadKnowledgeBase(join(FIXTURE_TENANT_DIR, 'knowledge-base.json'));
}

export function tempDir(prefix = 'sb-ai-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let seq = 0;
export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  const now = '2025-01-01T00:00:00.000Z';
  return {
    ...newTicket({
      id: `t-${++seq}`,
      tenantId: 'fixture-bank',
      subject: 'Question',
      customer: { id: 'c-1', name: 'Dana', tier: 'standard' },
      channel: 'chat',
      at: now,
      seq: 1,
    }),
    ...overrides,
  };
}

export function customerMessage(ticket: Ticket, text: string, n = 1, author: Message['author'] = 'customer'): Message {
  return {
    id: `${ticket.id}-m${n}`,
    ticketId: ticket.id,
    author,
    authorName: null,
    kind: 'reply',
    text,
    createdAt: `2025-01-01T00:00:0${n}.000Z`,
    seq: n,
  };
}

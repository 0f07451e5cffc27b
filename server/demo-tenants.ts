import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  demoTenantTokens,
  QueueTokensFileSchema,
  type QueueTokensFile,
  type TenantTokens,
} from '../lib/embedded-queue.js';
import { readJsonFile } from '../lib/json-file.js';
import { seedTenantIds } from '../lib/tenant-config.js';
import { readTenantSeed } from '../lib/tenant-seed/tenant-seed.js';
import { writeFileAtomically } from '../lib/write-file-atomically.js';
import { PERSON_ROLES, type PersonRole } from '../shared/api/identity-contract.js';
import type { Role } from '../shared/api/queue-contract.js';
import { issueToken } from './auth/tokens.js';
import { newUserId } from './domain/ids.js';
import type { NewToken, QueueStore } from './storage/queue-store.js';
import { SEED_ACTOR, seedTenant, type SeedReport } from './tenant-seeding.js';

const DEMO_TOKEN_NAMES: Record<Role, string> = {
  agent: 'Demo agent',
  lead: 'Demo lead',
  autopilot: 'Demo autopilot',
  admin: 'Demo admin',
};

export interface DemoTenantOutcome {
  tenantId: string;
  /** `created` (tenant, tokens and seed), `tokens_reissued` (the tokens file lacked it) or `unchanged`. */
  tokens: 'created' | 'tokens_reissued' | 'unchanged';
  seed: SeedReport;
}

/**
 * Makes sure every demo tenant of the seed folders (resources/tenants/<id>/, sorted: the first is the default)
 * exists, has its tokens in `tokensFile` (the shape of lib/embedded-queue.ts), has its demo people (ensureDemoUsers)
 * and holds its seed's settings and rules (seedTenant: what an admin changed is kept). Only token hashes are stored,
 * so a tenant the file lacks gets a fresh set of tokens, written to the file before they are stored.
 */
export async function ensureDemoTenants(
  store: QueueStore,
  tokensFile: string,
  resourcesDir: string,
  now = new Date(),
): Promise<DemoTenantOutcome[]> {
  const seeds = seedTenantIds(resourcesDir).map((id) => readTenantSeed(join(resourcesDir, 'tenants', id)));
  if (seeds.length === 0) throw new Error(`No demo tenant seed in ${join(resourcesDir, 'tenants')}.`);
  const written = existsSync(tokensFile) ? readJsonFile(tokensFile, QueueTokensFileSchema, 'queue tokens file') : null;
  const known = new Map((written ? demoTenantTokens(written) : []).map((tenant) => [tenant.tenantId, tenant]));
  const plans = await Promise.all(
    seeds.map(async (seed) => {
      const exists = (await store.getTenant(seed.tenant.id)) !== null;
      const kept = exists ? known.get(seed.tenant.id) : undefined;
      return { seed, exists, tokens: kept ? { tenant: kept, records: [] } : issueTenantTokens(seed.tenant.id) };
    }),
  );
  const [first, ...others] = plans.map((plan) => plan.tokens.tenant);
  if (first && plans.some((plan) => plan.tokens.records.length > 0)) writeTokensFile(tokensFile, first, others);

  const outcomes: DemoTenantOutcome[] = [];
  for (const { seed, exists, tokens } of plans) {
    if (!exists) await store.createTenant(seed.tenant, tokens.records);
    else if (tokens.records.length > 0) await store.addTokens(seed.tenant.id, tokens.records);
    await ensureDemoUsers(store, seed.tenant.id, now);
    outcomes.push({
      tenantId: seed.tenant.id,
      tokens: !exists ? 'created' : tokens.records.length > 0 ? 'tokens_reissued' : 'unchanged',
      seed: await seedTenant(store, seed.tenant.id, seed, now),
    });
  }
  return outcomes;
}

/** The demo person of a role: the name of the role's demo token, an email built from the tenant id. */
export function demoUser(tenantId: string, role: PersonRole): { name: string; email: string } {
  return { name: DEMO_TOKEN_NAMES[role], email: `demo-${role}@${tenantId}.example` };
}

/**
 * The tenant's demo people, "Demo agent", "Demo lead" and "Demo admin" (made once; what an admin changed is kept), each
 * bound to the live unbound demo token of its role and name, so a console on a demo token acts as that person (the
 * autopilot's token stays a machine). Tenants made before people existed get theirs at the next start.
 */
export async function ensureDemoUsers(store: QueueStore, tenantId: string, now: Date): Promise<void> {
  const tokens = await store.identity.listApiTokens(tenantId);
  for (const role of PERSON_ROLES) {
    const { name, email } = demoUser(tenantId, role);
    const userId =
      (await store.identity.findUserByEmail(tenantId, email))?.id ?? (await createDemoUser(store, tenantId, role, now));
    const unbound = tokens.filter(
      (token) => token.role === role && token.name === name && token.userId === null && token.revokedAt === null,
    );
    for (const token of unbound) await store.identity.bindApiToken(tenantId, token.id, userId, SEED_ACTOR);
  }
}

async function createDemoUser(store: QueueStore, tenantId: string, role: PersonRole, now: Date): Promise<string> {
  const { name, email } = demoUser(tenantId, role);
  const created = await store.identity.createUser(
    { id: newUserId(), tenantId, email, name, role, queues: [], language: null, passwordHash: null, sso: null, now },
    SEED_ACTOR,
  );
  if (!created.ok) throw new Error(`The demo user ${email} of tenant ${tenantId} was not made (${created.code}).`);
  return created.user.id;
}

function issueTenantTokens(tenantId: string): { tenant: TenantTokens; records: NewToken[] } {
  const roles = Object.keys(DEMO_TOKEN_NAMES) as Role[];
  const issued = roles.map((role) => ({ role, ...issueToken(role, DEMO_TOKEN_NAMES[role]) }));
  return {
    tenant: {
      tenantId,
      tokens: Object.fromEntries(issued.map(({ role, plaintext }) => [role, plaintext])) as TenantTokens['tokens'],
    },
    records: issued.map(({ record }) => record),
  };
}

/** Writes the plaintext tokens readable by the owner only, replacing the file in one rename. */
function writeTokensFile(path: string, first: TenantTokens, others: readonly TenantTokens[]): void {
  const content: QueueTokensFile = { ...first, ...(others.length > 0 ? { otherTenants: [...others] } : {}) };
  writeFileAtomically(path, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
}

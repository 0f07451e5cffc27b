import { chmodSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import type { Role } from '../shared/api/queue-contract.js';
import { issueToken } from './auth/tokens.js';
import type { QueueStore } from './storage/queue-store.js';

export const DEMO_TENANT = { id: 'payments', name: 'Northwind Pay (demo)' } as const;

const DEMO_TOKEN_NAMES: Record<Role, string> = {
  agent: 'Demo agent',
  lead: 'Demo lead',
  autopilot: 'Demo autopilot',
  admin: 'Demo admin',
};

export interface DemoTokensFile {
  tenantId: string;
  tokens: Record<Role, string>;
}

export type DemoTenantOutcome = 'created' | 'tokens_reissued' | 'unchanged';

/**
 * Makes sure the demo tenant exists and its tokens are in `tokensFile`. Only token hashes are
 * stored, so when the tenant exists but the file is gone a fresh set of tokens is issued and written.
 */
export async function ensureDemoTenant(store: QueueStore, tokensFile: string): Promise<DemoTenantOutcome> {
  const existing = await store.getTenant(DEMO_TENANT.id);
  if (existing && existsSync(tokensFile)) return 'unchanged';

  const roles = Object.keys(DEMO_TOKEN_NAMES) as Role[];
  const issued = roles.map((role) => ({ role, ...issueToken(role, DEMO_TOKEN_NAMES[role]) }));
  const tokens = Object.fromEntries(issued.map(({ role, plaintext }) => [role, plaintext])) as Record<Role, string>;
  // The file first: a token that was stored but never written down would be useless.
  writeTokensFile(tokensFile, { tenantId: DEMO_TENANT.id, tokens });
  const records = issued.map(({ record }) => record);
  if (existing) {
    await store.addTokens(DEMO_TENANT.id, records);
    return 'tokens_reissued';
  }
  await store.createTenant(DEMO_TENANT, records);
  return 'created';
}

/** Writes the plaintext tokens readable by the owner only, replacing the file in one rename. */
export function writeTokensFile(path: string, content: DemoTokensFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QueueTokensFile } from '../../../lib/embedded-queue.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { hashToken } from '../../../server/auth/tokens.js';
import { ensureDemoTenants } from '../../../server/demo-tenants.js';
import { ApiTokenIdSchema } from '../../../shared/api/identity-contract.js';
import { agentReply } from './builders.js';
import { startTestPostgres } from './test-postgres.js';
import { upgradedDatabases } from './upgraded-database.js';

const postgres = await startTestPostgres();
afterAll(async () => {
  if (postgres.ok) await postgres.pg.stop();
});

const KIM = hashToken('kim-token');
/** A tenant with a token and a console's client id bound to it (by the token's hash), from before issue 18. */
const BEFORE_IDENTITY = `
  INSERT INTO tenants (id, name, created_at) VALUES ('acme', 'Acme', '2026-01-01T00:00:00.000Z');
  INSERT INTO tenant_sequences (tenant_id, value) VALUES ('acme', 0);
  INSERT INTO tokens (token_hash, tenant_id, role, name, created_at) VALUES
    ('${KIM}', 'acme', 'agent', 'Kim', '2026-01-01T00:00:00.000Z');
  INSERT INTO client_mutations (tenant_id, client_id, last_mutation_id, owner_token_hash) VALUES
    ('acme', 'console-kim', 7, '${KIM}');`;

/** The demo tenant as a queue from before issue 18 made it: its four tokens, machines all, named as the demo names them. */
const DEMO_ROLES = { agent: 'Demo agent', lead: 'Demo lead', autopilot: 'Demo autopilot', admin: 'Demo admin' };
const BEFORE_PEOPLE = `
  INSERT INTO tenants (id, name, created_at) VALUES ('payments', 'Payments', '2026-01-01T00:00:00.000Z');
  INSERT INTO tenant_sequences (tenant_id, value) VALUES ('payments', 0);
  ${Object.entries(DEMO_ROLES)
    .map(
      ([role, name]) => `INSERT INTO tokens (token_hash, tenant_id, role, name, created_at) VALUES
        ('${hashToken(`old-${role}`)}', 'payments', '${role}', '${name}', '2026-01-01T00:00:00.000Z');`,
    )
    .join('\n')}`;

for (const engine of upgradedDatabases(postgres.ok ? postgres.pg : null)) {
  describe(`a demo tenant from before people (${engine.name})`, () => {
    it('gets its demo people at the next start, with its agent, lead and admin tokens bound to them', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-people-'));
      try {
        const tokensFile = join(dir, 'queue-tokens.json');
        const tokens = { agent: 'old-agent', lead: 'old-lead', autopilot: 'old-autopilot', admin: 'old-admin' };
        const file: QueueTokensFile = { tenantId: 'payments', tokens };
        writeFileSync(tokensFile, JSON.stringify(file));
        await engine.upgrade('CREATE TABLE users', BEFORE_PEOPLE, async (store) => {
          const outcomes = await ensureDemoTenants(store, tokensFile, RESOURCES_DIR);
          expect(outcomes[0]).toMatchObject({ tenantId: 'payments', tokens: 'unchanged' });
          const callers = await Promise.all(
            Object.keys(DEMO_ROLES).map((role) =>
              store.identity.authenticate('api_token', hashToken(`old-${role}`), new Date()),
            ),
          );
          const users = await store.identity.listUsers('payments');
          expect(callers.map((found) => (found.ok ? [found.caller.name, found.caller.userId !== null] : null))).toEqual(
            [
              ['Demo agent', true],
              ['Demo lead', true],
              ['Demo autopilot', false],
              ['Demo admin', true],
            ],
          );
          expect(users.map((user) => user.email).sort()).toEqual([
            'demo-admin@payments.example',
            'demo-agent@payments.example',
            'demo-lead@payments.example',
          ]);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });

  describe(`upgrading to users, sessions and token ids (${engine.name})`, () => {
    it('gives existing tokens an id and carries a client id bound to a token over to its principal', async () => {
      await engine.upgrade('CREATE TABLE users', BEFORE_IDENTITY, async (store) => {
        const [token] = await store.listTokens('acme');
        expect(ApiTokenIdSchema.parse(token?.id)).toBeTruthy();
        expect(token).toMatchObject({ name: 'Kim', role: 'agent', userId: null, expiresAt: null, revokedAt: null });
        const found = await store.identity.authenticate('api_token', KIM, new Date());
        expect(found).toMatchObject({ ok: true, caller: { principal: `token:${token?.id}` } });
        // The console's counter is still its own under the new principal, and another principal is refused.
        const pull = (principal: string) =>
          store.changes('acme', { since: 0, limit: 10, client: { id: 'console-kim', principal } });
        expect((await pull(`token:${token?.id}`)).lastMutationId).toBe(7);
        await expect(pull('user:usr_someone_else')).rejects.toThrow(/client_id_taken/);
        const push = await store
          .applyMutations({
            tenantId: 'acme',
            clientId: 'console-kim',
            principal: 'token:tok_another_one',
            mutations: [agentReply(8, 'tkt_none')],
            gate: () => null,
            now: new Date(),
          })
          .catch((error: unknown) => error);
        expect(String(push)).toMatch(/client_id_taken/);
      });
    });
  });
}

import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { QueueTokensFileSchema, tokensOfTenant } from '../../../lib/embedded-queue.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { readTenantSeed } from '../../../lib/tenant-seed/tenant-seed.js';
import { runAdminCommand } from '../../../server/admin-cli.js';
import { ensureDemoTenants } from '../../../server/demo-tenants.js';
import { SEED_ACTOR, seedTenant } from '../../../server/tenant-seeding.js';
import { tenantProfile, tenantSettingsFrom } from '../../../shared/settings/tenant-settings.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const seedDir = (tenantId: string) => join(RESOURCES_DIR, 'tenants', tenantId);

for (const engine of engines) {
  describe(`the demo tenants' seed (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    const dir = tempDirForEachTest('switchboard-seed-');

    it("creates every demo tenant with its own tokens, and a retail token reads the retail tenant's settings", async () => {
      const tokensFile = join(dir(), 'queue-tokens.json');
      const outcomes = await ensureDemoTenants(queue.store, tokensFile, RESOURCES_DIR);
      // The test queue made "payments" already (without tokens in the file): it gets a fresh set; retail is new.
      expect(outcomes.map(({ tenantId, tokens }) => [tenantId, tokens])).toEqual([
        ['payments', 'tokens_reissued'],
        ['retail', 'created'],
      ]);
      const file = QueueTokensFileSchema.parse(JSON.parse(readFileSync(tokensFile, 'utf8')));
      expect(file.tenantId).toBe('payments');
      expect(file.otherTenants?.map((tenant) => tenant.tenantId)).toEqual(['retail']);

      const retail = tokensOfTenant(file, 'retail');
      const answer = await queue.call('GET', '/v1/settings', { token: retail.tokens.agent });
      const { settings } = tenantSettingsFrom((answer.body as { items: never[] }).items);
      expect(tenantProfile(settings)?.name).toBe('Harbor Goods (retail demo, τ-bench)');
      expect(settings.queue.map((queue) => queue.id)).toEqual(['ai-review', 'general', 'orders', 'returns']);
      expect(settings.macro.map((macro) => macro.id)).toEqual(['order-status', 'return-label', 'verify-identity']);
      expect(settings.article.map((article) => [article.id, article.value.status])).toEqual([
        ['cancel-order', 'draft'],
        ['exchanges', 'published'],
        ['order-status', 'published'],
        ['returns', 'published'],
      ]);
      expect(settings.tag).toHaveLength(4);
      expect(settings.sla_policy.map((policy) => policy.value.businessHours.timeZone)).toEqual(
        Array(4).fill('America/New_York'),
      );
      const whoami = await queue.call('GET', '/v1/whoami', { token: retail.tokens.admin });
      expect(whoami.body).toMatchObject({ tenantId: 'retail', role: 'admin' });
      // The demo's people tokens act as the demo people; the autopilot's stays a machine.
      const agent = await queue.call('GET', '/v1/whoami', { token: retail.tokens.agent });
      expect(agent.body).toEqual({
        tenantId: 'retail',
        role: 'agent',
        name: 'Demo agent',
        userId: expect.stringMatching(/^usr_/),
        email: 'demo-agent@retail.example',
      });
      const autopilot = await queue.call('GET', '/v1/whoami', { token: retail.tokens.autopilot });
      expect(autopilot.body).toMatchObject({ role: 'autopilot', name: 'Demo autopilot', userId: null, email: null });
      expect((await queue.store.identity.listUsers('retail')).map((user) => [user.name, user.role])).toEqual([
        ['Demo admin', 'admin'],
        ['Demo agent', 'agent'],
        ['Demo lead', 'lead'],
      ]);
      expect(() => tokensOfTenant(file, 'nowhere')).toThrow('(it has payments, retail)');

      // A second start: the same tokens, nothing written.
      const cursor = (await queue.store.listSettings('payments', 0, 1000)).cursor;
      const again = await ensureDemoTenants(queue.store, tokensFile, RESOURCES_DIR);
      expect(again.map((outcome) => outcome.tokens)).toEqual(['unchanged', 'unchanged']);
      expect(await queue.store.identity.listUsers('retail')).toHaveLength(3);
      expect(again.every((outcome) => outcome.seed.created + outcome.seed.updated === 0)).toBe(true);
      expect(QueueTokensFileSchema.parse(JSON.parse(readFileSync(tokensFile, 'utf8')))).toEqual(file);
      expect((await queue.store.listSettings('payments', cursor, 1000)).items).toEqual([]);
    });

    it("seeds the payments tenant's profile, queues, macros, tags, SLA hours, articles and rules, once", async () => {
      const seed = readTenantSeed(seedDir('payments'));
      const first = await seedTenant(queue.store, 'payments', seed, new Date('2026-12-01T09:00:00Z'));
      expect(first).toEqual({ created: seed.items.length, updated: 0, unchanged: 0, kept: 0, rules: 'saved' });
      const { settings } = tenantSettingsFrom((await queue.store.listSettings('payments', 0, 1000)).items);
      expect(tenantProfile(settings)).toMatchObject({ name: 'Northwind Pay (demo)', resolveThreshold: 0.97 });
      expect(tenantProfile(settings)?.languages).toHaveLength(16);
      expect(settings.queue).toHaveLength(7);
      expect(settings.macro.map((macro) => macro.id)).toEqual(['card-blocked', 'need-details', 'refund-status']);
      expect(settings.tag.map((tag) => tag.id)).toContain('fraud-suspected');
      const cards = settings.sla_policy.find((policy) => policy.id === 'cards')?.value;
      expect(cards?.businessHours.weekly.saturday).toEqual([{ opens: '09:00', closes: '14:00' }]);
      expect(cards?.businessHours.holidays).toContain('2026-12-25');
      expect(cards?.targets.vip).toEqual({ firstReplyMinutes: 30, resolutionMinutes: 240 });
      const arrival = settings.article.find((article) => article.id === 'card_arrival')?.value;
      expect(arrival?.status).toBe('published');
      expect(arrival?.versions.en?.title).toBe('Card arrival');
      expect(Object.keys(arrival?.versions ?? {})).toHaveLength(16);
      expect((await queue.store.getRuleSet('payments')).rules).toEqual(seed.rules);

      const again = await seedTenant(queue.store, 'payments', seed, new Date());
      expect(again).toEqual({ created: 0, updated: 0, unchanged: seed.items.length, kept: 0, rules: 'kept' });
    });

    it("keeps what an admin changed or deleted and brings the seed's own items to a changed seed", async () => {
      const seed = readTenantSeed(seedDir('payments'));
      await seedTenant(queue.store, 'payments', seed, new Date());
      const stored = (kind: string, id: string) =>
        queue.store
          .listSettings('payments', 0, 1000)
          .then((page) => page.items.find((i) => i.kind === kind && i.id === id));
      const macro = await stored('macro', 'refund-status');
      const edited = await queue.call('PUT', '/v1/settings/macro/refund-status', {
        token: queue.tokens.lead,
        body: { baseVersion: macro?.version, value: { name: 'Refunds (ours)', text: 'Our own words.' } },
      });
      expect(edited.status).toBe(200);
      const deleted = await queue.call('DELETE', `/v1/settings/tag/vip?baseVersion=1`);
      expect(deleted.status).toBe(200);

      const changedSeed = {
        ...seed,
        items: seed.items.map((item) =>
          item.kind === 'queue' && item.id === 'cards'
            ? { ...item, value: { name: 'Cards & PINs' } }
            : item.kind === 'macro' && item.id === 'refund-status'
              ? { ...item, value: { name: 'Seed refunds', text: 'Seed text.' } }
              : item,
        ),
      };
      const report = await seedTenant(queue.store, 'payments', changedSeed, new Date());
      expect(report).toMatchObject({ created: 0, updated: 1, kept: 2, rules: 'kept' });
      expect(await stored('queue', 'cards')).toMatchObject({ version: 2, value: { name: 'Cards & PINs' } });
      expect(await stored('queue', 'cards')).toMatchObject({ savedBy: SEED_ACTOR.name });
      expect(await stored('macro', 'refund-status')).toMatchObject({ value: { name: 'Refunds (ours)' } });
      expect(await stored('tag', 'vip')).toMatchObject({ deleted: true });
    });
  });
}

describe('npm run queue -- tenant seed', () => {
  const dir = tempDirForEachTest('switchboard-seed-cli-');

  it('seeds a tenant from a folder, and seeding it again changes nothing', async () => {
    const db = join(dir(), 'queue.sqlite');
    const out: string[] = [];
    const run = (...argv: string[]) => runAdminCommand(argv, (line) => out.push(line));
    await run('tenant', 'create', '--db', db, '--id', 'harbor', '--name', 'Harbor');
    await run('tenant', 'seed', '--db', db, '--tenant', 'harbor', '--from', seedDir('retail'));
    await run('tenant', 'seed', '--db', db, '--tenant', 'harbor', '--from', seedDir('retail'));
    const items = readTenantSeed(seedDir('retail')).items.length;
    expect(out.slice(1)).toEqual([
      `Seeded tenant harbor from ${seedDir('retail')}: ${items} created, 0 updated, 0 unchanged, 0 kept as someone changed them; escalation rules saved.`,
      `Seeded tenant harbor from ${seedDir('retail')}: 0 created, 0 updated, ${items} unchanged, 0 kept as someone changed them; escalation rules kept.`,
    ]);
    await expect(run('tenant', 'seed', '--db', db, '--tenant', 'nobody', '--from', seedDir('retail'))).rejects.toThrow(
      'There is no tenant "nobody"',
    );
    await expect(run('tenant', 'seed', '--db', db, '--tenant', 'harbor', '--from', dir())).rejects.toThrow(
      /tenant\.json cannot be read/,
    );
  });
});

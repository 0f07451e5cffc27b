import { describe, expect, it } from 'vitest';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { StoredRuleSet } from '../../../shared/rules/rule-set.js';
import type { SettingsPage, StoredSetting } from '../../../shared/settings/stored-setting.js';
import { engineTenantFrom, type TenantConfiguration } from '../../../engine/engine-tenant.js';
import {
  TenantConfigurationFollower,
  type TenantConfigurationSource,
} from '../../../autopilot/tenant-configuration-follower.js';

/** The queue's answers, changed by the test between refreshes (the HTTP path is tested in test/integration/rules). */
class QueueAnswers implements TenantConfigurationSource {
  settings: StoredSetting[] = [];
  rules: StoredRuleSet = { version: 0, rules: null, savedAt: null, savedBy: null };
  down = false;
  save(kind: StoredSetting['kind'], id: string, value: unknown, deleted = false): void {
    const version = (this.settings.filter((s) => s.kind === kind && s.id === id).at(-1)?.version ?? 0) + 1;
    const seq = this.settings.length + 1;
    this.settings.push({ kind, id, value, version, deleted, savedAt: '2026-01-01T00:00:00Z', savedBy: 'admin', seq });
  }
  async listSettings(after: number): Promise<Result<SettingsPage>> {
    if (this.down) return fail('queue_unreachable', 'The queue cannot be reached.');
    const items = this.settings.filter((s) => s.seq > after);
    return ok({ items, cursor: items.at(-1)?.seq ?? after, hasMore: false });
  }
  async getRules(): Promise<Result<StoredRuleSet>> {
    return this.down ? fail('queue_unreachable', 'The queue cannot be reached.') : ok(this.rules);
  }
}

const catchAll = (queue: string): EscalationRule => ({ id: 'catch-all', ownerQueue: queue, when: {} });

function follow(queue: QueueAnswers) {
  const applied: TenantConfiguration[] = [];
  const log: string[] = [];
  const follower = new TenantConfigurationFollower({
    source: queue,
    tenantId: 't1',
    apply: (configuration) => {
      engineTenantFrom(configuration); // refuses what the engine refuses
      applied.push(configuration);
    },
    log: (line) => log.push(line),
  });
  return { follower, applied, log };
}

describe('the tenant configuration follower', () => {
  it('puts settings and rules in force when either moves, and asks again only for what changed', async () => {
    const queue = new QueueAnswers();
    queue.save('queue', 'general', { name: 'General' });
    const { follower, applied } = follow(queue);
    expect((await follower.refresh()).ok).toBe(true);
    expect(applied.at(-1)?.rules).toEqual([catchAll('general')]);
    await follower.refresh();
    expect(applied).toHaveLength(1);

    queue.save('article', 'a1', { status: 'published', intents: ['x'], versions: { en: { title: 'X', body: 'Y' } } });
    await follower.refresh();
    expect(applied).toHaveLength(2);
    expect(applied.at(-1)?.settings.article.map((a) => a.id)).toEqual(['a1']);

    queue.rules = { version: 1, rules: [catchAll('general')], savedAt: null, savedBy: 'lead' };
    await follower.refresh();
    expect(applied).toHaveLength(3);
    expect(follower.rulesVersion).toBe(1);
  });

  it('refuses rules naming a queue the tenant lacks once, keeps them, and still takes the new settings', async () => {
    const queue = new QueueAnswers();
    queue.save('queue', 'general', { name: 'General' });
    const { follower, applied, log } = follow(queue);
    await follower.refresh();
    queue.rules = { version: 1, rules: [catchAll('nowhere')], savedAt: null, savedBy: 'lead' };
    queue.save('profile', 'profile', { name: 'T', languages: ['en'], resolveThreshold: 0.8 });
    await follower.refresh();
    expect(follower.rulesVersion).toBe(0);
    expect(applied.at(-1)?.rules).toEqual([catchAll('general')]);
    expect(applied.at(-1)?.settings.profile[0]?.value.resolveThreshold).toBe(0.8);
    await follower.refresh();
    expect(log.filter((line) => /version 1 .*cannot be used here .*"nowhere"/.test(line))).toHaveLength(1);
  });

  it('keeps the configuration in use while the queue cannot be asked; without one yet, says why', async () => {
    const queue = new QueueAnswers();
    queue.down = true;
    const { follower } = follow(queue);
    expect(await follower.refresh()).toMatchObject({ ok: false, error: { code: 'queue_unreachable' } });
    queue.down = false;
    const first = await follower.refresh();
    queue.down = true;
    expect(await follower.refresh()).toEqual(first);
  });
});

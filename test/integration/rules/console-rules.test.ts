import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { loadTenantConfig } from '../../../lib/tenant-config.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { DEFAULT_CATCH_ALL_ID } from '../../../engine/engine-tenant.js';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import { RuleIssuesDetailsSchema } from '../../../shared/rules/rule-set.js';
import { RulesEditorStateSchema } from '../../../shared/rules/rules-console.js';
import { intakeBody, startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';
import { aiDecision, resolveDecision } from '../queue/builders.js';

/** The payments demo's owner queues and rules (its seed), saved on the test queue as the tenant's settings. */
const tenant = loadTenantConfig(RESOURCES_DIR, 'payments');

/** The console's rules methods over a real queue (HTTP on 127.0.0.1) and real SQLite caches. */
describe('console rules editor methods', () => {
  let queue: TestQueue;
  const consoles = consolesOverFreshQueue(async () => {
    queue = await startTestQueue();
    for (const { id, name } of tenant.queues) {
      const saved = await queue.call('PUT', `/v1/settings/queue/${id}`, { body: { baseVersion: 0, value: { name } } });
      expect(saved.status).toBe(200);
    }
    return queue;
  });

  const openConsole = (file: string, token: string): ConsoleCore => consoles.open(file, { token, agentName: 'Lee' });

  /** A lead's console that synced the tenant's settings (its queues are the valid owners). */
  async function leadConsole(file: string): Promise<ConsoleCore> {
    const lead = openConsole(file, queue.tokens.lead);
    expect((await lead.sync.syncNow()).ok).toBe(true);
    expect(lead.identity.role()).toBe('lead');
    expect(lead.settings.current().queue).toHaveLength(tenant.queues.length);
    return lead;
  }

  const cardsToPeople = (): EscalationRule[] =>
    tenant.escalationRules.map((rule) =>
      rule.id === 'cards' ? { ...rule, ownerQueue: 'payments', escalate: true } : rule,
    );

  it('opens with the default rules, saves a version for the whole tenant, and refuses a stale save without touching what is stored', async () => {
    const first = await leadConsole('lead-1.sqlite');
    const second = await leadConsole('lead-2.sqlite');
    const opened = await first.service.getRules({});
    // Nobody saved rules yet: every escalation goes to the tenant's first queue (by id).
    expect(opened).toMatchObject({
      ok: true,
      value: { version: 0, source: 'shipped', rules: [{ id: DEFAULT_CATCH_ALL_ID, ownerQueue: 'account', when: {} }] },
    });
    if (!opened.ok) return;
    expect(opened.value.queues.map((q) => q.id)).toEqual(tenant.queues.map((q) => q.id).sort());
    expect(opened.value.intents).toEqual([]);

    const saved = await first.service.saveRules({ rules: cardsToPeople(), baseVersion: 0 });
    expect(saved).toMatchObject({ ok: true, value: { version: 1, source: 'saved', savedBy: 'payments lead' } });
    const seenBySecond = await second.service.getRules({});
    expect(seenBySecond).toMatchObject({ value: { version: 1, rules: cardsToPeople() } });
    // The editor offers the intents the saved rules name.
    const named = tenant.escalationRules.flatMap((rule) => rule.when.intents ?? []);
    expect(seenBySecond.ok && seenBySecond.value.intents).toEqual([...new Set(named)].sort());

    // The second lead still edits version 0: refused, told who saved what, and handed the version in force.
    const stale = await second.service.saveRules({ rules: tenant.escalationRules.slice(1), baseVersion: 0 });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('rules_conflict');
    expect(stale.error.message).toMatch(/payments lead .*version 1/);
    const current = RulesEditorStateSchema.parse((stale.error.details as { current: unknown }).current);
    expect(current).toMatchObject({ version: 1, rules: cardsToPeople() });
    expect((await queue.call('GET', '/v1/rules')).body).toMatchObject({ version: 1 });
    // Saving on top of the version in force is a deliberate overwrite.
    expect(await second.service.saveRules({ rules: tenant.escalationRules, baseVersion: 1 })).toMatchObject({
      ok: true,
      value: { version: 2 },
    });
  });

  it('refuses rules without a catch-all or with an unknown queue before calling the queue, naming rule and field', async () => {
    const lead = await leadConsole('lead.sqlite');
    for (const method of ['saveRules', 'previewRules'] as const) {
      const result =
        method === 'saveRules'
          ? await lead.service.saveRules({ rules: tenant.escalationRules.slice(0, -1), baseVersion: 0 })
          : await lead.service.previewRules({ rules: tenant.escalationRules.slice(0, -1) });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('rules_invalid');
      expect(RuleIssuesDetailsSchema.parse(result.error.details).issues.map((i) => i.code)).toEqual([
        'rules_without_catch_all',
      ]);
    }
    const unknownQueue = await lead.service.saveRules({
      rules: [{ id: 'x', ownerQueue: 'nowhere', when: { tiers: ['vip'] } }, ...tenant.escalationRules],
      baseVersion: 0,
    });
    expect(!unknownQueue.ok && RuleIssuesDetailsSchema.parse(unknownQueue.error.details).issues).toEqual([
      expect.objectContaining({ ruleIndex: 0, ruleId: 'x', field: 'ownerQueue', code: 'rules_unknown_queue' }),
    ]);
    expect((await queue.call('GET', '/v1/rules')).body).toMatchObject({ version: 0 });
  });

  it('previews on the cached tickets of the last 7 days', async () => {
    const lead = await leadConsole('lead.sqlite');
    // Two PIN questions the AI answered (change_pin, a "cards" intent), pulled into the lead's cache.
    for (const n of [1, 2]) {
      const id = (
        await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
          body: intakeBody({ text: 'How do I change my PIN?' }),
        })
      ).body.ticket.id;
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
      const decision = { ...resolveDecision, intent: 'change_pin', language: 'en', confidence: 0.99 };
      await queue.call('POST', '/v1/mutations', {
        token: queue.tokens.autopilot,
        body: { clientId: 'bot', mutations: [aiDecision(n, id, decision)] },
      });
    }
    await lead.sync.syncNow();
    const preview = await lead.service.previewRules({ rules: cardsToPeople() });
    expect(preview).toMatchObject({
      ok: true,
      value: { compared: 2, changed: 2, newlyEscalated: 2, byRule: [{ key: 'cards', gained: 2, lost: 0 }] },
    });
    const same = await lead.service.previewRules({ rules: tenant.escalationRules });
    expect(same).toMatchObject({ ok: true, value: { compared: 2, changed: 0 } });
  });

  it('keeps agents out, and shows the last rules seen when the queue is out of reach (saving then says so)', async () => {
    const agent = openConsole('agent.sqlite', queue.tokens.agent);
    await agent.identity.refresh();
    expect(await agent.service.getRules({})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await agent.service.previewRules({ rules: tenant.escalationRules })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const lead = await leadConsole('lead.sqlite');
    expect(await lead.service.saveRules({ rules: cardsToPeople(), baseVersion: 0 })).toMatchObject({ ok: true });
    // The same cache file, but the queue address now answers nothing.
    const offline = await consoles.reopenOffline(lead);
    expect(await offline.service.getRules({})).toMatchObject({
      ok: true,
      value: { version: 1, source: 'saved', rules: cardsToPeople() },
    });
    const save = await offline.service.saveRules({ rules: tenant.escalationRules, baseVersion: 1 });
    expect(save).toMatchObject({ ok: false, error: { code: 'queue_unreachable' } });
    if (!save.ok) expect(save.error.message).toMatch(/edits stay/);
  });
});

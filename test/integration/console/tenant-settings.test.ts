import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import type { ConsoleInput } from '../../../shared/api/console-contract.js';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla/inbox-policy.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';

const profile = { name: 'Acme Support', languages: ['en', 'ja'], resolveThreshold: 0.8 };
const billing = { name: 'Billing', description: 'Invoices and refunds' };
const greeting = { name: 'Greeting', text: 'Hello {{customer.firstName}}, thanks for writing.' };
const refunds = {
  status: 'published',
  intents: ['refund_request'],
  versions: {
    en: { title: 'How refunds work', body: 'A **refund** reaches your card within 5 working days.' },
    ja: { title: '返金について', body: '返金は五営業日以内にカードに戻ります。' },
  },
};
const draft = {
  status: 'draft',
  intents: [],
  versions: { en: { title: 'Refunds for gift cards', body: 'Gift card refunds are not written yet.' } },
};

/** Tenant settings between a real queue (HTTP on 127.0.0.1) and consoles over real SQLite caches. */
describe('tenant settings in the console', () => {
  let queue: TestQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));

  async function online(file: string, token: string): Promise<ConsoleCore> {
    const core = consoles.open(file, { token });
    expect((await core.sync.syncNow()).ok).toBe(true);
    return core;
  }

  async function save(core: ConsoleCore, input: ConsoleInput<'saveSetting'>) {
    const saved = await core.service.saveSetting(input);
    if (!saved.ok) throw new Error(`${input.kind}/${input.id} was not saved: ${saved.error.message}`);
    return saved.value;
  }

  it("reach another console's cache by sync, and stay readable there with the queue out of reach", async () => {
    const admin = await online('admin.sqlite', queue.tokens.admin);
    const agent = await online('agent.sqlite', queue.tokens.agent);
    expect(await agent.service.getTenantSettings({})).toMatchObject({
      ok: true,
      value: { tenantId: queue.tenantId, editableKinds: [], settings: { queue: [], article: [] } },
    });

    await save(admin, { kind: 'profile', id: 'profile', baseVersion: 0, value: profile });
    await save(admin, { kind: 'queue', id: 'billing', baseVersion: 0, value: billing });
    await save(admin, { kind: 'macro', id: 'greeting', baseVersion: 0, value: greeting });
    await save(admin, { kind: 'article', id: 'refunds', baseVersion: 0, value: refunds });
    await save(admin, { kind: 'article', id: 'gift-cards', baseVersion: 0, value: draft });
    // The saving console has them at once, before any sync.
    const own = await admin.service.getTenantSettings({});
    expect(own.ok && own.value.settings.queue.map((entry) => entry.id)).toEqual(['billing']);
    expect(own.ok && own.value.editableKinds).toContain('queue');

    expect((await agent.sync.syncNow()).ok).toBe(true);
    await expectTenantOf(agent);

    const offline = await consoles.reopenOffline(agent);
    expect((await offline.sync.syncNow()).ok).toBe(false);
    await expectTenantOf(offline);
    const refused = await offline.service.saveSetting({ kind: 'macro', id: 'later', baseVersion: 0, value: greeting });
    expect(refused).toMatchObject({ ok: false, error: { code: 'queue_unreachable' } });
    const after = await offline.service.getTenantSettings({});
    expect(after.ok && after.value.settings.macro.map((entry) => entry.id)).toEqual(['greeting']);
  });

  async function expectTenantOf(core: ConsoleCore): Promise<void> {
    const view = await core.service.getTenantSettings({});
    expect(view).toMatchObject({
      ok: true,
      value: {
        tenantId: queue.tenantId,
        syncedAt: expect.any(String),
        settings: {
          profile: [{ id: 'profile', version: 1, value: profile, savedBy: expect.any(String) }],
          queue: [{ id: 'billing', version: 1, value: billing }],
          macro: [{ id: 'greeting', version: 1, value: greeting }],
        },
      },
    });
    expect(await core.service.getConsoleSetup({})).toMatchObject({
      ok: true,
      value: { queues: [{ id: 'billing', name: 'Billing' }], macros: [{ id: 'greeting', ...greeting }] },
    });
    expect(await core.service.getStatus({})).toMatchObject({ ok: true, value: { tenantName: 'Acme Support' } });
    // An agent finds published articles only, in any language, a draft not even when asking for drafts.
    const found = await core.service.searchArticles({ text: 'refund', includeDrafts: true });
    expect(found).toEqual({
      ok: true,
      value: [
        {
          articleId: 'refunds',
          language: 'en',
          title: 'How refunds work',
          snippet: 'A refund reaches your card within 5 working days.',
          status: 'published',
          intents: ['refund_request'],
        },
      ],
    });
    const japanese = await core.service.searchArticles({ text: '返金', language: 'ja' });
    expect(japanese.ok && japanese.value.map((hit) => hit.title)).toEqual(['返金について']);
  }

  it('a save against an older version is refused with the version in force and changes nothing locally', async () => {
    const first = await online('admin-1.sqlite', queue.tokens.admin);
    const second = await online('admin-2.sqlite', queue.tokens.admin);
    const saved = await save(first, { kind: 'macro', id: 'greeting', baseVersion: 0, value: greeting });

    // The second admin never synced the first one's macro: their edit is based on "new".
    const stale = await second.service.saveSetting({
      kind: 'macro',
      id: 'greeting',
      baseVersion: 0,
      value: { name: 'Hi', text: 'Hi there' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'settings_conflict', details: { current: saved } } });
    expect(second.settings.item('macro', 'greeting')).toBeNull();
    const view = await second.service.getTenantSettings({});
    expect(view.ok && view.value.settings.macro).toEqual([]);

    const staleDelete = await second.service.deleteSetting({ kind: 'macro', id: 'greeting', baseVersion: 0 });
    expect(staleDelete).toMatchObject({ ok: false, error: { code: 'settings_conflict' } });
    expect((await queue.call('GET', '/v1/settings?after=0')).body).toMatchObject({
      items: [{ kind: 'macro', id: 'greeting', version: 1, value: greeting }],
    });

    // Against the version in force it is a deliberate change, and a delete leaves the item out everywhere.
    const deleted = await second.service.deleteSetting({ kind: 'macro', id: 'greeting', baseVersion: 1 });
    expect(deleted).toMatchObject({ ok: true, value: { version: 2, deleted: true } });
    expect((await first.sync.syncNow()).ok).toBe(true);
    const firstView = await first.service.getTenantSettings({});
    expect(firstView.ok && firstView.value.settings.macro).toEqual([]);
  });

  it('passes the queue’s field issues and refusals through, and stores nothing of them', async () => {
    const admin = await online('admin.sqlite', queue.tokens.admin);
    const invalid = await admin.service.saveSetting({
      kind: 'queue',
      id: 'billing',
      baseVersion: 0,
      value: { name: '' },
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'settings_invalid', details: { issues: [{ path: ['name'], message: expect.any(String) }] } },
    });
    const agent = await online('agent.sqlite', queue.tokens.agent);
    const forbidden = await agent.service.saveSetting({ kind: 'queue', id: 'billing', baseVersion: 0, value: billing });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(admin.settings.current().queue).toEqual([]);
    expect(agent.settings.current().queue).toEqual([]);

    // A queue its SLA policy still uses is not deleted: the queue's code and what uses it, for the admin screen.
    await save(admin, { kind: 'queue', id: 'billing', baseVersion: 0, value: billing });
    await save(admin, {
      kind: 'sla_policy',
      id: 'billing',
      baseVersion: 0,
      value: { ...DEFAULT_SLA_POLICY, queueId: 'billing' },
    });
    const inUse = await admin.service.deleteSetting({ kind: 'queue', id: 'billing', baseVersion: 1 });
    expect(inUse).toMatchObject({
      ok: false,
      error: {
        code: 'queue_in_use',
        message: expect.stringContaining('the SLA policy'),
        details: { queueId: 'billing', uses: [{ kind: 'sla_policy', id: 'billing' }] },
      },
    });
    expect(admin.settings.current().queue).toMatchObject([{ id: 'billing', version: 1 }]);
  });

  it('a running console learns of a save on another console from the queue’s event, without waiting for a poll', async () => {
    const admin = await online('admin.sqlite', queue.tokens.admin);
    const agent = await online('agent.sqlite', queue.tokens.agent);
    const heard: string[] = [];
    const stop = agent.service.subscribe((event) => heard.push(event.type));
    // Test consoles poll once a minute and read settings unasked every 30 s: only the event can bring the macro
    // in time. Its stream connected and the round after that done, nothing else is pending.
    agent.sync.start();
    await expect.poll(() => queue.events.listenerCount(queue.tenantId), { timeout: 10_000 }).toBe(1);
    expect((await agent.sync.syncNow()).ok).toBe(true);
    await save(admin, { kind: 'macro', id: 'greeting', baseVersion: 0, value: greeting });
    await expect
      .poll(() => agent.settings.current().macro.map((entry) => entry.id), { timeout: 10_000 })
      .toEqual(['greeting']);
    expect(heard).toContain('settings_changed');
    stop();
  });
});

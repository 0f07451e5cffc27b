import { afterAll, describe, expect, it } from 'vitest';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import { MAX_SETTING_VALUE_BYTES, SETTING_KINDS } from '../../../shared/settings/setting-kinds.js';
import {
  SettingConflictDetailsSchema,
  SettingIssuesDetailsSchema,
  SettingsPageSchema,
  StoredSettingSchema,
} from '../../../shared/settings/stored-setting.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const macro = { name: 'Refund status', text: 'Hello {{customer.firstName}}, your refund is on its way.' };
const article = {
  status: 'published',
  intents: ['card_arrival'],
  versions: { de: { title: 'Kartenlieferung', body: 'Karten kommen in 5 bis 7 Werktagen.' } },
};
const slaPolicy = {
  queueId: 'cards',
  businessHours: { timeZone: 'Europe/Berlin', weekly: { monday: [{ opens: '08:00', closes: '20:00' }] } },
  targets: {
    standard: { firstReplyMinutes: 480, resolutionMinutes: 1440 },
    premium: { firstReplyMinutes: 120, resolutionMinutes: 480 },
    vip: { firstReplyMinutes: 30, resolutionMinutes: 240 },
  },
};

const errorOf = (body: unknown) => ErrorBodySchema.parse(body).error;

for (const engine of engines) {
  describe(`tenant settings API (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    const put = (kind: string, id: string, body: unknown, token = queue.tokens.admin) =>
      queue.call('PUT', `/v1/settings/${kind}/${id}`, { token, body });
    const list = async (token = queue.tokens.agent, query = '') => {
      const answer = await queue.call('GET', `/v1/settings${query}`, { token });
      expect(answer.status).toBe(200);
      return SettingsPageSchema.parse(answer.body);
    };
    const client = (token: string) => new QueueClient({ baseUrl: queue.url, token });

    it('lets every role of the tenant read the settings, and each kind be changed by the roles SETTING_KINDS names', async () => {
      expect((await put('queue', 'cards', { baseVersion: 0, value: { name: 'Cards' } })).status).toBe(200);
      expect(SETTING_KINDS.queue.editRoles).toEqual(['admin']);
      const byLead = await put('queue', 'vip', { baseVersion: 0, value: { name: 'VIP' } }, queue.tokens.lead);
      expect(byLead.status).toBe(403);
      expect(errorOf(byLead.body)).toEqual({
        code: 'forbidden',
        message: 'A lead token may not change queue settings; it needs one of: admin.',
      });
      const macroByLead = await put('macro', 'refund-status', { baseVersion: 0, value: macro }, queue.tokens.lead);
      expect(macroByLead.status).toBe(200);
      expect(StoredSettingSchema.parse(macroByLead.body)).toMatchObject({ savedBy: 'payments lead', version: 1 });
      for (const role of ['agent', 'autopilot'] as const) {
        expect((await put('macro', 'other', { baseVersion: 0, value: macro }, queue.tokens[role])).status).toBe(403);
        const deleted = await queue.call('DELETE', '/v1/settings/macro/refund-status?baseVersion=1', {
          token: queue.tokens[role],
        });
        expect(deleted.status).toBe(403);
      }
      for (const role of ['agent', 'lead', 'autopilot', 'admin'] as const)
        expect((await list(queue.tokens[role])).items.map((item) => `${item.kind}/${item.id}`)).toEqual([
          'queue/cards',
          'macro/refund-status',
        ]);
      expect((await queue.call('GET', '/v1/settings', { token: null })).status).toBe(401);
      // The queue setting is an owner queue: the rules check and GET /v1/queues read it.
      expect((await queue.call('GET', '/v1/queues', { token: queue.tokens.agent })).body).toEqual({
        queues: [{ id: 'cards', name: 'Cards' }],
      });
    });

    it('answers a stale save or delete with settings_conflict and what is stored, through the client too', async () => {
      const admin = client(queue.tokens.admin);
      const first = await admin.saveSetting('macro', 'refund-status', 0, macro);
      expect(first).toMatchObject({ ok: true, value: { version: 1, value: macro, deleted: false } });
      const second = await client(queue.tokens.lead).saveSetting('macro', 'refund-status', 1, {
        ...macro,
        name: 'Refunds',
      });
      expect(second.ok).toBe(true);
      const stale = await admin.saveSetting('macro', 'refund-status', 1, { ...macro, text: 'Mine' });
      expect(stale.ok).toBe(false);
      if (stale.ok) return;
      expect(stale.error.code).toBe('queue_rejected');
      const answer = stale.error.details as { status: number; error: { code: string; details: unknown } };
      expect(answer.status).toBe(409);
      expect(answer.error.code).toBe('settings_conflict');
      expect(SettingConflictDetailsSchema.parse(answer.error.details).current).toMatchObject({
        version: 2,
        savedBy: 'payments lead',
        value: { ...macro, name: 'Refunds' },
      });
      const staleDelete = await queue.call('DELETE', '/v1/settings/macro/refund-status?baseVersion=1');
      expect(staleDelete.status).toBe(409);
      expect(errorOf(staleDelete.body).code).toBe('settings_conflict');

      const deleted = await admin.deleteSetting('macro', 'refund-status', 2);
      expect(deleted).toMatchObject({ ok: true, value: { version: 3, deleted: true, value: null } });
      const again = await queue.call('DELETE', '/v1/settings/macro/refund-status?baseVersion=3');
      expect(again.status).toBe(404);
      expect(errorOf(again.body)).toEqual({
        code: 'not_found',
        message: 'There is no macro "refund-status" to delete.',
      });
      const page = await admin.listSettings(0);
      expect(page).toMatchObject({ ok: true, value: { items: [{ id: 'refund-status', version: 3, deleted: true }] } });
    });

    it('refuses a value its kind does not accept with settings_invalid and every issue by path, storing nothing', async () => {
      const badArticle = { ...article, versions: { de: { title: ' ', body: 'Text' }, xx_bad: article.versions.de } };
      const answer = await put('article', 'card-arrival', { baseVersion: 0, value: badArticle });
      expect(answer.status).toBe(400);
      const error = errorOf(answer.body);
      expect(error.code).toBe('settings_invalid');
      const { issues } = SettingIssuesDetailsSchema.parse(error.details);
      expect(issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining([
          ['versions', 'de', 'title'],
          ['versions', 'xx_bad'],
        ]),
      );
      expect(error.message).toMatch(/^The article is invalid at versions\./);

      const cases: [string, string, unknown, { path: (string | number)[]; message: RegExp }][] = [
        ['sla_policy', 'transfers', slaPolicy, { path: ['queueId'], message: /for "cards" but saved as "transfers"/ }],
        [
          'profile',
          'main',
          { name: 'Northwind', languages: ['en'], resolveThreshold: 0.9 },
          { path: [], message: /saved as "profile", not "main"/ },
        ],
        ['queue', 'VIP', { name: 'VIP' }, { path: [], message: /lowercase/ }],
        ['macro', 'x', { name: 'X', text: 'Hi', extra: true }, { path: [], message: /extra/ }],
      ];
      for (const [kind, id, value, expected] of cases) {
        const refused = await put(kind, id, { baseVersion: 0, value });
        expect(refused.status, `${kind}/${id}`).toBe(400);
        const [issue] = SettingIssuesDetailsSchema.parse(errorOf(refused.body).details).issues;
        expect(issue?.path).toEqual(expected.path);
        expect(issue?.message).toMatch(expected.message);
      }
      expect((await put('sla_policy', 'cards', { baseVersion: 0, value: slaPolicy })).status).toBe(200);
      expect((await list()).items.map((item) => item.id)).toEqual(['cards']);
    });

    it('refuses an unknown kind, a bad id, an oversized value, a body over the limit and a kind that is full', async () => {
      const unknownKind = await put('recipe', 'x', { baseVersion: 0, value: {} });
      expect(unknownKind.status).toBe(400);
      expect(errorOf(unknownKind.body)).toMatchObject({ code: 'validation_failed' });
      expect(errorOf(unknownKind.body).message).toMatch(/^The setting path is invalid at kind/);
      expect((await put('macro', '-starts-with-dash', { baseVersion: 0, value: macro })).status).toBe(400);
      const noBase = await queue.call('DELETE', '/v1/settings/macro/x');
      expect(errorOf(noBase.body)).toMatchObject({ code: 'validation_failed' });

      // 21 language versions of 48,000 characters: each passes the article schema, the whole is over 1,000,000 bytes.
      const body = 'x'.repeat(48_000);
      const languages = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'sv', 'da', 'nb', 'fi', 'el', 'ro'];
      const versions = Object.fromEntries(
        [...languages, 'ja', 'ko', 'zh', 'ar', 'he', 'tr'].map((language) => [language, { title: 'T', body }]),
      );
      const oversized = await put('article', 'huge', { baseVersion: 0, value: { ...article, versions } });
      expect(oversized.status).toBe(400);
      const [issue] = SettingIssuesDetailsSchema.parse(errorOf(oversized.body).details).issues;
      expect(issue).toEqual({ path: [], message: expect.stringMatching(/a setting holds at most 1,000,000/) });
      expect(MAX_SETTING_VALUE_BYTES).toBe(1_000_000);
      const tooLargeBody = await put('article', 'huge', {
        baseVersion: 0,
        value: { ...article, versions: { ...versions, uk: { title: 'T', body } } },
      });
      expect(tooLargeBody.status).toBe(413);

      expect((await put('queue', 'chat', { baseVersion: 0, value: { name: 'Chat' } })).status).toBe(200);
      const widget = {
        title: 'Help',
        greeting: { en: 'Hi' },
        accentColor: '#336699',
        position: 'right',
        queueId: 'chat',
        publicKey: 'pk_0123456789abcdef',
        allowedOrigins: ['https://shop.example.com'],
      };
      for (let index = 0; index < SETTING_KINDS.widget.maxItems; index++)
        expect((await put('widget', `w${index}`, { baseVersion: 0, value: widget })).status).toBe(200);
      const full = await put('widget', 'one-more', { baseVersion: 0, value: widget });
      expect(full.status).toBe(400);
      expect(errorOf(full.body).message).toBe(
        'The widget is invalid: A tenant keeps at most 10 items of kind widget; delete one first.',
      );
      expect((await list()).items.filter((item) => item.kind === 'widget')).toHaveLength(SETTING_KINDS.widget.maxItems);
    });

    it("keeps each tenant's settings to itself", async () => {
      const other = await queue.addTenant('retail');
      expect((await put('macro', 'greeting', { baseVersion: 0, value: macro })).status).toBe(200);
      const theirs = await put(
        'macro',
        'greeting',
        { baseVersion: 0, value: { ...macro, name: 'Theirs' } },
        other.admin,
      );
      expect(StoredSettingSchema.parse(theirs.body)).toMatchObject({ version: 1, seq: 1 });
      expect((await list(other.agent)).items.map((item) => item.value)).toEqual([{ ...macro, name: 'Theirs' }]);
      expect((await list()).items.map((item) => item.value)).toEqual([macro]);
      const deleteOurs = await queue.call('DELETE', '/v1/settings/macro/greeting?baseVersion=1', {
        token: other.admin,
      });
      expect(deleteOurs.status).toBe(200);
      expect((await list()).items).toMatchObject([{ version: 1, deleted: false }]);
    });

    it('pages the list by seq and wakes the event stream on every change', async () => {
      const cursors: number[] = [];
      const unsubscribe = queue.events.subscribe(queue.tenantId, (cursor) => cursors.push(cursor));
      try {
        for (const id of ['a', 'b', 'c']) await put('macro', id, { baseVersion: 0, value: macro });
        await queue.call('DELETE', '/v1/settings/macro/a?baseVersion=1');
        expect(cursors).toHaveLength(4);
      } finally {
        unsubscribe();
      }
      const firstPage = await list(queue.tokens.agent, '?after=0&limit=2');
      expect(firstPage).toMatchObject({ items: [{ id: 'b' }, { id: 'c' }], cursor: 3, hasMore: true });
      const rest = await client(queue.tokens.agent).listSettings(firstPage.cursor, 2);
      expect(rest).toMatchObject({ ok: true, value: { items: [{ id: 'a', deleted: true, seq: 4 }], hasMore: false } });
      expect((await queue.call('GET', '/v1/settings?limit=1001', { token: queue.tokens.agent })).status).toBe(400);
    });
  });
}

describe('the settings endpoints in /v1/openapi.json', () => {
  it('documents listing, saving and deleting with their roles and their 409 answers (and the rules save its own)', async () => {
    const queue = await engines[0]!.start();
    try {
      const document = (await queue.call('GET', '/v1/openapi.json', { token: null })).body as {
        paths: Record<
          string,
          Record<string, { 'x-roles': string[]; responses: Record<string, { description: string } | undefined> }>
        >;
      };
      const item = document.paths['/v1/settings/{kind}/{id}'];
      expect(document.paths['/v1/settings']?.get?.['x-roles']).toEqual(['agent', 'lead', 'autopilot', 'admin']);
      // The autopilot records its intent model's versions (the intent_model kind); every other kind is people's.
      expect(item?.put?.['x-roles']).toEqual(['admin', 'lead', 'autopilot']);
      expect(item?.delete?.['x-roles']).toEqual(['admin', 'lead', 'autopilot']);
      expect(document.paths['/v1/settings']?.get?.responses['409']).toBeUndefined();
      expect(item?.put?.responses['409']?.description).toMatch(/: settings_conflict\.$/);
      expect(item?.delete?.responses['409']?.description).toMatch(/: settings_conflict, queue_in_use\.$/);
      expect(document.paths['/v1/rules']?.put?.responses['409']?.description).toMatch(/: rules_conflict\.$/);
    } finally {
      await queue.close();
    }
  });
});

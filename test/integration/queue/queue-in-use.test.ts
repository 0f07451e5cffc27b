import { afterAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import { RuleIssuesDetailsSchema } from '../../../shared/rules/rule-set.js';
import { QueueInUseDetailsSchema } from '../../../shared/settings/queue-uses.js';
import { SettingIssuesDetailsSchema, StoredSettingSchema } from '../../../shared/settings/stored-setting.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const slaPolicy = (queueId: string) => ({
  queueId,
  businessHours: { timeZone: 'Europe/Berlin', weekly: { monday: [{ opens: '08:00', closes: '20:00' }] } },
  targets: Object.fromEntries(
    ['standard', 'premium', 'vip'].map((tier) => [tier, { firstReplyMinutes: 60, resolutionMinutes: 480 }]),
  ),
});
const channel = (name: string, queueId: string) => ({
  type: 'email',
  name,
  queueId,
  enabled: true,
  config: {
    imapUrl: 'imaps://support%40example.com@imap.example.com',
    smtpUrl: 'smtps://support%40example.com@smtp.example.com',
    fromAddress: 'support@example.com',
    fromName: 'Support',
  },
});
const rule = (id: string, ownerQueue: string, intents?: string[]) => ({
  id,
  ownerQueue,
  when: intents ? { intents } : {},
});

const errorOf = (body: unknown) => ErrorBodySchema.parse(body).error;

for (const engine of engines) {
  describe(`a queue in use (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    const put = (kind: string, id: string, value: unknown, baseVersion = 0) =>
      queue.call('PUT', `/v1/settings/${kind}/${id}`, { body: { baseVersion, value } });
    const remove = (kind: string, id: string, baseVersion: number) =>
      queue.call('DELETE', `/v1/settings/${kind}/${id}?baseVersion=${baseVersion}`);
    const saveRules = (rules: unknown[], baseVersion: number) =>
      queue.call('PUT', '/v1/rules', { token: queue.tokens.lead, body: { rules, baseVersion } });
    const createQueues = async (...ids: string[]) => {
      for (const id of ids) expect((await put('queue', id, { name: id.toUpperCase() })).status, id).toBe(200);
    };
    const liveIds = async (kind: string) => {
      const answer = await queue.call<{ items: Array<{ kind: string; id: string; deleted: boolean }> }>(
        'GET',
        '/v1/settings',
      );
      return answer.body.items.filter((item) => item.kind === kind && !item.deleted).map((item) => item.id);
    };

    it('refuses to delete a queue the rules, its SLA policy or a channel use with 409 queue_in_use naming each, and deletes it once unused', async () => {
      await createQueues('cards', 'general');
      expect(
        (await saveRules([rule('cards-first', 'cards', ['card_arrival']), rule('rest', 'general')], 0)).status,
      ).toBe(200);
      expect((await put('sla_policy', 'cards', slaPolicy('cards'))).status).toBe(200);
      expect((await put('channel', 'mail', channel('Support mail', 'cards'))).status).toBe(200);
      expect((await put('channel', 'chat', channel('Website chat', 'general'))).status).toBe(200);

      const refused = await remove('queue', 'cards', 1);
      expect(refused.status).toBe(409);
      const error = errorOf(refused.body);
      expect(error).toMatchObject({
        code: 'queue_in_use',
        message:
          'The queue "cards" is still used by escalation rule "cards-first"; the SLA policy; channel "Support mail": send those elsewhere or delete them first.',
      });
      expect(QueueInUseDetailsSchema.parse(error.details)).toEqual({
        queueId: 'cards',
        uses: [
          { kind: 'rule', id: 'cards-first' },
          { kind: 'sla_policy', id: 'cards' },
          { kind: 'channel', id: 'mail', name: 'Support mail' },
        ],
      });
      expect(await liveIds('queue')).toEqual(['cards', 'general']);

      // Each use taken away in turn: the refusal names what is left.
      expect((await saveRules([rule('rest', 'general')], 1)).status).toBe(200);
      expect(QueueInUseDetailsSchema.parse(errorOf((await remove('queue', 'cards', 1)).body).details).uses).toEqual([
        { kind: 'sla_policy', id: 'cards' },
        { kind: 'channel', id: 'mail', name: 'Support mail' },
      ]);
      expect((await remove('sla_policy', 'cards', 1)).status).toBe(200);
      expect((await put('channel', 'mail', channel('Support mail', 'general'), 1)).status).toBe(200);
      const deleted = await remove('queue', 'cards', 1);
      expect(deleted.status).toBe(200);
      expect(StoredSettingSchema.parse(deleted.body)).toMatchObject({ id: 'cards', version: 2, deleted: true });
      expect(await liveIds('queue')).toEqual(['general']);
      // The catch-all's queue is still named by the rules and both channels (by channel id: chat, mail).
      expect(errorOf((await remove('queue', 'general', 1)).body).message).toBe(
        'The queue "general" is still used by escalation rule "rest"; channels "Website chat", "Support mail": send those elsewhere or delete them first.',
      );
    });

    it('refuses an SLA policy or channel for a queue the tenant does not have, at queueId, storing nothing', async () => {
      await createQueues('cards');
      for (const [kind, id, value] of [
        ['sla_policy', 'billing', slaPolicy('billing')],
        ['channel', 'mail', channel('Support mail', 'billing')],
      ] as const) {
        const refused = await put(kind, id, value);
        expect(refused.status, kind).toBe(400);
        const error = errorOf(refused.body);
        expect(error.code).toBe('settings_invalid');
        expect(SettingIssuesDetailsSchema.parse(error.details).issues).toEqual([
          { path: ['queueId'], message: 'There is no queue "billing"; create it first or pick one of: cards.' },
        ]);
        expect(await liveIds(kind), kind).toEqual([]);
      }
      // A deleted queue is as unknown as one never made.
      await createQueues('billing');
      expect((await remove('queue', 'billing', 1)).status).toBe(200);
      expect((await put('channel', 'mail', channel('Support mail', 'billing'))).status).toBe(400);
      expect((await put('channel', 'mail', channel('Support mail', 'cards'))).status).toBe(200);
      expect((await put('sla_policy', 'cards', slaPolicy('cards'))).status).toBe(200);
    });

    it('refuses rules naming a deleted queue, and a queue delete racing a rules save lets exactly one through', async () => {
      await createQueues('general', 'cards');
      await expect(saveRules([rule('rest', 'general')], 0)).resolves.toMatchObject({ status: 200 });
      let rulesVersion = 1;
      let queueVersion = 1;
      for (let round = 0; round < 6; round++) {
        const [rules, deleted] = await Promise.all([
          saveRules([rule('cards-first', 'cards', ['card_arrival']), rule('rest', 'general')], rulesVersion),
          remove('queue', 'cards', queueVersion),
        ]);
        // Either the rules came first (the delete is refused as in use) or the delete did (the rules are refused).
        expect([rules.status, deleted.status], `round ${round}`).toEqual(
          rules.status === 200 ? [200, 409] : [400, 200],
        );
        if (rules.status === 200) {
          expect(errorOf(deleted.body).code).toBe('queue_in_use');
          rulesVersion++;
          expect((await saveRules([rule('rest', 'general')], rulesVersion)).status).toBe(200);
          rulesVersion++;
        } else {
          expect(errorOf(rules.body).code).toBe('rules_invalid');
          const [issue] = RuleIssuesDetailsSchema.parse(errorOf(rules.body).details).issues;
          expect(issue).toMatchObject({ ruleId: 'cards-first', field: 'ownerQueue' });
          queueVersion++;
          expect((await put('queue', 'cards', { name: 'CARDS' }, queueVersion)).status).toBe(200);
          queueVersion++;
        }
      }
    });
  });
}

import { afterAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import {
  RuleIssuesDetailsSchema,
  RulesConflictDetailsSchema,
  StoredRuleSetSchema,
} from '../../../shared/rules/rule-set.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const catchAll = { id: 'catch-all', ownerQueue: 'general', when: {} };
const bigAmounts = { id: 'big-amounts', ownerQueue: 'payments', escalate: true, when: { minAmount: 1000 } };

for (const engine of engines) {
  describe(`escalation rules API (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());

    const save = (body: unknown, token = queue.tokens.lead) => queue.call('PUT', '/v1/rules', { token, body });
    const stored = async () =>
      StoredRuleSetSchema.parse((await queue.call('GET', '/v1/rules', { token: queue.tokens.agent })).body);

    it('answers version 0 (use the shipped rules) until a lead saves, then every role reads the saved version', async () => {
      expect(await stored()).toEqual({ version: 0, rules: null, savedAt: null, savedBy: null });
      const saved = await save({ rules: [bigAmounts, catchAll], baseVersion: 0 });
      expect(saved.status).toBe(200);
      expect(StoredRuleSetSchema.parse(saved.body)).toMatchObject({
        version: 1,
        rules: [bigAmounts, catchAll],
        savedBy: 'payments lead',
      });
      for (const role of ['agent', 'lead', 'autopilot', 'admin'] as const) {
        const answer = await queue.call('GET', '/v1/rules', { token: queue.tokens[role] });
        expect(answer.status).toBe(200);
        expect(StoredRuleSetSchema.parse(answer.body).version).toBe(1);
      }
      expect((await save({ rules: [catchAll], baseVersion: 1 }, queue.tokens.admin)).status).toBe(200);
      expect((await stored()).rules).toEqual([catchAll]);
    });

    it('lets only leads and admins save, and only with a token of the tenant', async () => {
      for (const role of ['agent', 'autopilot'] as const) {
        const answer = await save({ rules: [catchAll], baseVersion: 0 }, queue.tokens[role]);
        expect(answer.status).toBe(403);
      }
      expect((await queue.call('GET', '/v1/rules', { token: null })).status).toBe(401);
      const other = await queue.addTenant('other');
      expect(
        (
          await queue.call('PUT', '/v1/rules', {
            token: other.lead,
            body: { rules: [bigAmounts, catchAll], baseVersion: 0 },
          })
        ).status,
      ).toBe(200);
      expect((await stored()).version).toBe(0);
    });

    it('refuses a rule set without a catch-all, and names the bad rule and field of every problem; nothing is stored', async () => {
      const noCatchAll = await save({ rules: [bigAmounts], baseVersion: 0 });
      expect(noCatchAll.status).toBe(400);
      const body = ErrorBodySchema.parse(noCatchAll.body);
      expect(body.error.code).toBe('rules_invalid');
      expect(body.error.message).toContain('catch-all');
      expect(RuleIssuesDetailsSchema.parse(body.error.details).issues.map((i) => i.code)).toEqual([
        'rules_without_catch_all',
      ]);

      const badField = await save({
        rules: [{ ...bigAmounts, when: { minConfidence: 2 } }, { id: 'x', ownerQueue: '' }, catchAll],
        baseVersion: 0,
      });
      const error = ErrorBodySchema.parse(badField.body).error;
      expect(badField.status).toBe(400);
      expect(error.message).toMatch(/^Rule "big-amounts" \(rule 1\), field "when\.minConfidence"/);
      expect(RuleIssuesDetailsSchema.parse(error.details).issues).toEqual([
        expect.objectContaining({
          ruleIndex: 0,
          ruleId: 'big-amounts',
          field: 'when.minConfidence',
          code: 'rule_invalid',
        }),
        expect.objectContaining({ ruleIndex: 1, ruleId: 'x', field: 'ownerQueue', code: 'rule_invalid' }),
      ]);

      const notAList = await save({ rules: 'everything to general', baseVersion: 0 });
      expect(notAList.status).toBe(400);
      expect(ErrorBodySchema.parse(notAList.body).error.code).toBe('validation_failed');
      expect(await stored()).toEqual({ version: 0, rules: null, savedAt: null, savedBy: null });
    });

    it("checks owner queues against the tenant's registered queues when it has some", async () => {
      await queue.store.createOwnerQueue(queue.tenantId, { id: 'general', name: 'General' });
      const answer = await save({ rules: [bigAmounts, catchAll], baseVersion: 0 });
      expect(answer.status).toBe(400);
      const issues = RuleIssuesDetailsSchema.parse(ErrorBodySchema.parse(answer.body).error.details).issues;
      expect(issues).toEqual([
        expect.objectContaining({ ruleId: 'big-amounts', field: 'ownerQueue', code: 'rules_unknown_queue' }),
      ]);
    });

    it('refuses a save from a stale version with 409 and the version in force, so the second lead can merge', async () => {
      expect((await save({ rules: [bigAmounts, catchAll], baseVersion: 0 })).status).toBe(200);
      const late = await save({ rules: [catchAll], baseVersion: 0 }, queue.tokens.admin);
      expect(late.status).toBe(409);
      const error = ErrorBodySchema.parse(late.body).error;
      expect(error.code).toBe('rules_conflict');
      expect(error.message).toContain('payments lead');
      expect(RulesConflictDetailsSchema.parse(error.details).current).toMatchObject({
        version: 1,
        rules: [bigAmounts, catchAll],
      });
      expect((await stored()).rules).toEqual([bigAmounts, catchAll]);
    });

    it('is listed in the OpenAPI document with its roles', async () => {
      const document = (
        await queue.call<{ paths: Record<string, Record<string, { 'x-roles': string[] }>> }>(
          'GET',
          '/v1/openapi.json',
          { token: null },
        )
      ).body;
      expect(document.paths['/v1/rules']?.get?.['x-roles']).toEqual(['agent', 'lead', 'autopilot', 'admin']);
      expect(document.paths['/v1/rules']?.put?.['x-roles']).toEqual(['lead', 'admin']);
    });
  });
}

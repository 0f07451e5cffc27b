import { describe, expect, it } from 'vitest';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { msg, QUICK_RETRIES, retailTicket, scriptedOpenAiEngine } from '../openai/fixtures.js';

const server = scriptedOpenAiServerPerFile();

/** The OpenAI provider takes a lead's saved rules the same way the built-in engine does (real SDK, scripted server). */
describe('OpenAI provider with saved escalation rules', () => {
  const engine = () => scriptedOpenAiEngine(server().baseURL, { retry: { ...QUICK_RETRIES, maxRetries: 0 } });
  /** The retail tenant's queues as its queue settings, with `rules` saved by a lead. */
  const configuration = (rules: EscalationRule[]) => ({
    tenantId: 'retail',
    settings: {
      ...emptyTenantSettings(),
      queue: ['ai-review', 'general', 'orders', 'returns'].map((id) => ({
        id,
        version: 1,
        value: { name: id },
        savedAt: new Date(0).toISOString(),
        savedBy: 'test',
      })),
    },
    rules,
  });
  const failOnce = async (e: ReturnType<typeof engine>) => {
    server().script({ status: 500 });
    return (
      await e.decideWithReport({ ticket: retailTicket(), messages: [msg('customer', 'Where is my order #W2403075?')] })
    ).decision;
  };

  it('routes its escalations by the new rules, and refuses rules naming a queue the tenant lacks', async () => {
    const e = engine();
    expect(await failOnce(e)).toMatchObject({
      action: 'escalate',
      ownerQueue: 'ai-review',
      escalation: { code: 'model_error', ruleId: 'model-errors' },
    });

    e.useConfiguration(configuration([{ id: 'everything-to-orders', ownerQueue: 'orders', when: {} }]));
    expect(await failOnce(e)).toMatchObject({
      action: 'escalate',
      ownerQueue: 'orders',
      escalation: { code: 'model_error', ruleId: 'everything-to-orders' },
    });

    expect(() => e.useConfiguration(configuration([{ id: 'lost', ownerQueue: 'nowhere', when: {} }]))).toThrow(
      /"nowhere", which does not exist/,
    );
    expect(() =>
      e.useConfiguration(configuration([{ id: 'no-catch-all', ownerQueue: 'orders', when: { intents: ['x'] } }])),
    ).toThrow(/catch-all/);
    expect(await failOnce(e)).toMatchObject({ ownerQueue: 'orders', escalation: { ruleId: 'everything-to-orders' } });
  });
});

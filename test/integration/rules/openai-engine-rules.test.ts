import { describe, expect, it } from 'vitest';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { msg, QUICK_RETRIES, retailTicket, scriptedOpenAiEngine } from '../openai/fixtures.js';

const server = scriptedOpenAiServerPerFile();

/** The OpenAI provider takes a lead's saved rules the same way the built-in engine does (real SDK, scripted server). */
describe('OpenAI provider with saved escalation rules', () => {
  const engine = () => scriptedOpenAiEngine(server().baseURL, { retry: { ...QUICK_RETRIES, maxRetries: 0 } });
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

    e.useEscalationRules([{ id: 'everything-to-orders', ownerQueue: 'orders', when: {} }]);
    expect(await failOnce(e)).toMatchObject({
      action: 'escalate',
      ownerQueue: 'orders',
      escalation: { code: 'model_error', ruleId: 'everything-to-orders' },
    });

    expect(() => e.useEscalationRules([{ id: 'lost', ownerQueue: 'nowhere', when: {} }])).toThrow(
      /"nowhere", which does not exist/,
    );
    expect(() =>
      e.useEscalationRules([{ id: 'no-catch-all', ownerQueue: 'orders', when: { intents: ['x'] } }]),
    ).toThrow(/catch-all/);
    expect(await failOnce(e)).toMatchObject({ ownerQueue: 'orders', escalation: { ruleId: 'everything-to-orders' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAutopilotProcess } from '../../../autopilot/autopilot-process.js';
import type { ChildService } from '../../../lib/child-service.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { DEFAULT_ROUTING_POLICY, ROUTING_POLICY_ID } from '../../../shared/settings/routing-policy.js';
import { REPO_ROOT } from '../../helpers/child-process.js';
import { decidedTicket } from '../../helpers/queue-decisions.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { articleOf, saveSetting } from '../../helpers/queue-tenant-settings.js';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../helpers/scripted-openai-server.js';
import { tempDirForAllTests } from '../../helpers/temp-dir.js';
import { decisionJson } from '../openai/fixtures.js';

const FEES = 'Topping up with a debit card is free. Topping up with a credit card costs 0.7% of the amount.';
const ANSWER = 'Topping up with a credit card costs 0.7% of the amount; with a debit card it is free.';

/**
 * The autopilot process (autopilot/cli.ts) with the console's provider on its queue line runs the routed engine for
 * a tenant of its token: the routing policy, articles and profile come from the queue; a question the built-in
 * engine cannot answer reaches the scripted model, whose cited answer resolves the ticket with its assist record.
 */
describe('an autopilot with a model provider routes by the tenant policy the queue holds', () => {
  const cacheDir = tempDirForAllTests('autopilot-routed-');
  let queue: TestQueue;
  let openAi: ScriptedOpenAiServer;
  let autopilot: ChildService | null = null;
  let admin: QueueClient;
  const lines: string[] = [];

  beforeAll(async () => {
    [queue, openAi] = await Promise.all([startTestQueue(), startScriptedOpenAiServer()]);
    const tokens = await queue.addTenant('routed-bank');
    admin = new QueueClient({ baseUrl: queue.url, token: tokens.admin });
    await saveSetting(admin, 'profile', 'profile', { name: 'Routed Bank', languages: ['en'], resolveThreshold: 0.5 });
    await saveSetting(admin, 'queue', 'front-desk', { name: 'Front desk' });
    await saveSetting(admin, 'article', 'topup-fees', articleOf('topup_fees', { en: FEES }));
    await saveSetting(admin, 'routing', ROUTING_POLICY_ID, {
      ...DEFAULT_ROUTING_POLICY,
      model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true },
      budget: { monthlyUsd: null, warnAt: 0.8, whenExhausted: 'people' },
    });
    autopilot = await startAutopilotProcess({
      appRoot: REPO_ROOT,
      queue: Promise.resolve({
        queueUrl: queue.url,
        token: tokens.autopilot,
        provider: {
          baseURL: openAi.baseURL,
          model: 'gpt-4o-mini',
          embeddingsModel: 'hashed-64',
          timeoutSeconds: 5,
          apiKey: 'sk-test',
        },
      }),
      // Its own cache: the passage vectors are kept there per tenant, and a file an earlier run left would answer the
      // embeddings without asking the endpoint (this tenant has no intent training data, so no model is cached).
      cacheDir: cacheDir(),
      onLine: (line) => lines.push(line),
    });
  }, 120_000);
  afterAll(async () => {
    await autopilot?.stop();
    await Promise.all([queue?.close(), openAi?.close()]);
  });

  it('the unanswerable-for-the-classifier question is answered by the model from the article, with its citation', async () => {
    openAi.script({ final: decisionJson({ reply: ANSWER, citations: ['topup-fees:en:0'] }) });
    const decided = await decidedTicket(admin, 'Is there a fee for topping up with a credit card?', lines.join('\n'));
    expect(decided.ticket.status).toBe('ai_resolved');
    expect(decided.messages.filter((m) => m.author === 'ai').at(-1)?.text).toBe(ANSWER);
    expect(decided.ticket.aiAssist).toMatchObject({
      routing: { route: 'model', model: 'gpt-4o-mini', promptVersion: expect.stringMatching(/^decide@1\./) },
      citations: [{ articleId: 'topup-fees', language: 'en', passage: FEES }],
    });
    expect(String(openAi.requests[0]!.body.messages[0]!.content)).toContain('customer-support AI of Routed Bank');
    expect(lines.join('\n')).toMatch(
      /Routing with the built-in engine and gpt-4o-mini .*articles ranked by full text and hashed-64 embeddings/,
    );
    // The console's embeddings model reached the engine: the article's passage was embedded at the endpoint.
    expect(openAi.embeddedTexts).toContain(`topup fees\n${FEES}`);
  }, 60_000);
});

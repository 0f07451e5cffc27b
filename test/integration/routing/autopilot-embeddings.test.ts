/**
 * The autopilot's routed engine (autopilot/routed-autopilot-engine.ts) given the provider's embeddings model, as
 * autopilot/cli.ts builds it: the real built-in engine (the fixture bank's classifier), the model and the embeddings
 * through the real OpenAI SDK against the scripted OpenAI-compatible server on 127.0.0.1, the passage vectors in a real
 * SQLite file in the cache dir.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_POLICY, ROUTING_POLICY_ID } from '../../../shared/settings/routing-policy.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import type { AiEngine } from '../../../engine/engine.js';
import { startRoutedAutopilotEngine } from '../../../autopilot/routed-autopilot-engine.js';
import { articleEntry } from '../../helpers/grounding-articles.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';
import { CITED, GROUNDED, TOPUP_FEES, UNSURE } from '../../helpers/topup-fees-case.js';
import { fixtureEngine, fixtureTenant } from '../../unit/ai/fixtures.js';
import { decisionJson, RESOURCES_DIR, scriptedModelEndpoint } from '../openai/fixtures.js';

const openAi = scriptedOpenAiServerPerFile();
const cacheDir = tempDirForEachTest('autopilot-embeddings-');

const ERROR_CODES = articleEntry('error-codes', {
  en: { title: 'Terminal messages', body: 'E4711 means the card reader could not read the chip. Insert it again.' },
});
const ERROR_PASSAGE = 'E4711 means the card reader could not read the chip. Insert it again.';
/** Full text finds no article for it; the hashed-words embeddings rank the error codes first. */
const ERROR_QUESTION = 'E4711?';
const EMBEDDINGS_MODEL = 'hashed-64';

let builtin: AiEngine;
beforeAll(async () => {
  builtin = await fixtureEngine();
}, 120_000);

/** The fixture bank's routed engine as the autopilot starts it with the embeddings model; `log` gets its lines. */
function autopilotEngine(log: string[]) {
  const policy = {
    ...DEFAULT_ROUTING_POLICY,
    model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true },
    budget: { ...DEFAULT_ROUTING_POLICY.budget, monthlyUsd: null },
  };
  const settings = {
    ...emptyTenantSettings(),
    article: [TOPUP_FEES, ERROR_CODES],
    routing: [{ id: ROUTING_POLICY_ID, version: 1, value: policy, savedAt: new Date(0).toISOString(), savedBy: 't' }],
  };
  return startRoutedAutopilotEngine({
    builtin,
    endpoint: scriptedModelEndpoint(openAi().baseURL),
    embeddings: { model: EMBEDDINGS_MODEL, cacheDir: cacheDir() },
    configuration: { tenantId: 'fixture-bank', settings, rules: fixtureTenant().escalationRules },
    resourcesDir: RESOURCES_DIR,
    spend: null,
    health: null,
    log: (line) => log.push(line),
  });
}

const ask = (text: string) => ({ ticket: testTicket({ id: 't-embed' }), messages: [testMessage('t-embed', text)] });
/** The passages the model was shown for its n-th request (the system message lists them). */
const promptOf = (n: number) => String(openAi().requests[n]?.body.messages[0]?.content);

describe("the autopilot's routed engine with the provider's embeddings model", () => {
  it('embeds the passages into the cache dir and shows the model the passage only embeddings rank', async () => {
    const log: string[] = [];
    const routed = autopilotEngine(log);
    try {
      openAi().script({ final: decisionJson({ reply: ERROR_PASSAGE, citations: ['error-codes:en:0'] }) });
      const decision = await routed.engine.decide(ask(ERROR_QUESTION));
      expect(decision).toMatchObject({
        action: 'resolve',
        assist: { routing: { route: 'model' }, citations: [{ articleId: 'error-codes', passage: ERROR_PASSAGE }] },
      });
      expect(promptOf(0)).toContain(`[error-codes:en:0] Terminal messages\n${ERROR_PASSAGE}`);
      expect(openAi().embeddedTexts).toEqual(
        expect.arrayContaining([`Terminal messages\n${ERROR_PASSAGE}`, ERROR_QUESTION]),
      );
      expect(existsSync(join(cacheDir(), 'article-vectors-fixture-bank.sqlite'))).toBe(true);
      expect(log.filter((line) => line.startsWith('Embeddings off'))).toEqual([]);
    } finally {
      routed.close();
    }
  });

  it('without embeddings at the endpoint says so once and answers by full text', async () => {
    openAi().embeddings('off');
    const log: string[] = [];
    const routed = autopilotEngine(log);
    try {
      openAi().script(
        { final: decisionJson({ reply: GROUNDED, citations: [CITED], intent: 'topup_fees' }) },
        { final: decisionJson({ reply: GROUNDED, citations: [CITED], intent: 'topup_fees' }) },
      );
      for (const n of [0, 1]) {
        const decision = await routed.engine.decide(ask(UNSURE));
        expect(decision).toMatchObject({ action: 'resolve', reply: GROUNDED, assist: { routing: { route: 'model' } } });
        expect(promptOf(n)).toContain(`[${CITED}] Top-up fees`);
      }
      expect(log.filter((line) => line.startsWith('Embeddings off'))).toEqual([
        expect.stringMatching(/^Embeddings off for model hashed-64: 404 .*Retrieval continues by full text only\.$/),
      ]);
      expect(openAi().embeddedTexts).toEqual([]);
    } finally {
      routed.close();
    }
  });
});

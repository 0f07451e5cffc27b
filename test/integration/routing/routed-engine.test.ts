/**
 * The routed engine through the real OpenAI SDK against the scripted OpenAI-compatible server on 127.0.0.1: the real
 * built-in engine (the fixture bank's classifier) decides first, chooseRoute picks the route, the model engine answers
 * from the tenant's articles (real retrieval and grounding check), the tenant's tools through the OpenAPI tool layer
 * (the retail demo API, its drift switch on), the month's budget from a spend source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiHealthEvent } from '../../../shared/api/ai-health-contract.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { AiDecisionSchema } from '../../../shared/domain/decision.js';
import {
  DEFAULT_ROUTING_POLICY,
  ROUTING_POLICY_ID,
  type RoutingPolicy,
} from '../../../shared/settings/routing-policy.js';
import { emptyTenantSettings, type TenantSettings } from '../../../shared/settings/tenant-settings.js';
import { BuiltinEngine } from '../../../engine/builtin-engine.js';
import type { AiEngine } from '../../../engine/engine.js';
import type { TenantConfiguration } from '../../../engine/engine-tenant.js';
import {
  checkGrounding,
  citationsOf,
  createArticleRetriever,
  createMacroSuggester,
} from '../../../engine/grounding/index.js';
import { createKnowledgeBase } from '../../../engine/knowledge-base.js';
import { OpenAiEngine } from '../../../engine/openai/engine.js';
import { DECIDE_PROMPT, loadPromptFile } from '../../../engine/prompts/prompt-file.js';
import { CostBudget } from '../../../engine/routing/cost-budget.js';
import { createRoutedEngine, suggestersOf } from '../../../engine/routing/routed-engine.js';
import { seedEngineTenant, settingsFromSeedItems } from '../../../engine/seed-tenant.js';
import { createToolBox } from '../../../engine/tools/index.js';
import { startRetailApi, type RetailApi } from '../../../examples/retail-api/retail-api-server.js';
import { loadTenantConfig } from '../../../lib/tenant-config.js';
import { readTenantSeed } from '../../../lib/tenant-seed/tenant-seed.js';
import { articleEntry } from '../../helpers/grounding-articles.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';
import { fixtureEngine, fixtureTenant } from '../../unit/ai/fixtures.js';
import { decisionJson, QUICK_RETRIES, RESOURCES_DIR } from '../openai/fixtures.js';

const server = scriptedOpenAiServerPerFile();

const TOPUP_FEES = articleEntry('topup-fees', {
  en: {
    title: 'Top-up fees',
    body: 'Topping up with a debit card is free. Topping up with a credit card costs 0.7% of the amount.',
  },
});
const UNSURE = 'Is there a fee for topping up with a credit card?'; // the built-in engine: low_confidence (38%)
const SURE = 'When will my new card arrive?'; // the built-in engine resolves it (99%)
const COMPLAINT = 'This is outrageous, I am furious with your service'; // a complaint: people first
const CITED = 'topup-fees:en:0';
const GROUNDED = 'Topping up with a credit card costs 0.7% of the amount; with a debit card it is free.';

const policyWith = (over: Partial<RoutingPolicy> = {}, model: Partial<RoutingPolicy['model']> = {}): RoutingPolicy => ({
  ...DEFAULT_ROUTING_POLICY,
  model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true, ...model },
  budget: { monthlyUsd: 10, warnAt: 0.8, whenExhausted: 'people' },
  ...over,
});

function settingsWith(policy: RoutingPolicy, base: TenantSettings = emptyTenantSettings()): TenantSettings {
  return {
    ...base,
    article: [...base.article, TOPUP_FEES],
    macro: [
      {
        id: 'fees',
        version: 1,
        value: { name: 'Fees', text: 'Our fees for topping up with a card are listed in the app.' },
        savedAt: new Date(0).toISOString(),
        savedBy: 'test',
      },
    ],
    routing: [
      { id: ROUTING_POLICY_ID, version: 1, value: policy, savedAt: new Date(0).toISOString(), savedBy: 'test' },
    ],
  };
}

let builtin: AiEngine;
const health: AiHealthEvent[] = [];

/** The routed engine of the fixture bank (or `tenant`) with `policy`, spend `spentUsd` so far this month. */
function routed(
  policy: RoutingPolicy,
  o: {
    spentUsd?: number;
    model?: Partial<ConstructorParameters<typeof OpenAiEngine>[0]>;
    settings?: TenantSettings;
    engine?: AiEngine;
    tenantId?: string;
  } = {},
) {
  const settings = settingsWith(policy, o.settings);
  const tenantId = o.tenantId ?? 'fixture-bank';
  const rules = o.tenantId
    ? loadTenantConfig(RESOURCES_DIR, tenantId).escalationRules
    : fixtureTenant().escalationRules;
  const configuration: TenantConfiguration = { tenantId, settings, rules };
  const retriever = createArticleRetriever({ articles: settings.article });
  const macros = createMacroSuggester(settings.macro);
  const model = new OpenAiEngine(
    {
      baseURL: server().baseURL,
      apiKey: 'sk-test',
      model: 'gpt-4o-mini',
      timeoutMs: 2_000,
      retry: QUICK_RETRIES,
      ...o.model,
    },
    {
      tenant: { id: tenantId, name: 'Fixture Bank', escalationRules: rules },
      toolBox: createToolBox(settings.tool_api),
      prompt: loadPromptFile(RESOURCES_DIR, DECIDE_PROMPT),
      policy,
      grounding: { retriever, check: checkGrounding, citations: citationsOf },
      health: { report: async (event) => void health.push(event) },
    },
  );
  const budget = new CostBudget({
    spend: { monthToDateUsd: async () => o.spentUsd ?? 0 },
    budget: () => policy.budget,
  });
  return createRoutedEngine({
    builtin: o.engine ?? builtin,
    model,
    configuration,
    budget,
    suggest: suggestersOf(retriever, macros),
    initialEstimateUsd: 0.001,
  });
}

const ask = (text: string, over: Partial<Ticket> = {}) => {
  const ticket = testTicket({ subject: 'Question', ...over, id: 't-route' });
  return { ticket, messages: [testMessage('t-route', text)] };
};

function escalation(d: AiDecision) {
  if (d.action !== 'escalate') throw new Error(`expected an escalation, got ${JSON.stringify(d)}`);
  return d;
}

beforeAll(async () => {
  builtin = await fixtureEngine();
});

describe('the routed engine: who answers each ticket', () => {
  it('what the built-in engine is sure of stays with it: no model call, no cost', async () => {
    const d = await routed(policyWith()).decide(ask(SURE));
    expect(d.action).toBe('resolve');
    expect(server().requests).toHaveLength(0);
    expect(d.usage).toBeUndefined();
    expect(d.assist).toEqual({
      routing: { route: 'builtin', reason: 'The built-in engine was sure (99%).', model: null, promptVersion: null },
      citations: [],
      suggestedMacros: [],
      suggestedArticles: [],
    });
    expect(AiDecisionSchema.parse(d)).toEqual(d);
  });

  it('an answerable question the classifier is unsure of reaches the model, which answers from the article with its citation', async () => {
    server().script({ final: decisionJson({ reply: GROUNDED, citations: [CITED], intent: 'topup_fees' }) });
    const d = await routed(policyWith()).decide(ask(UNSURE));
    expect(d.action === 'resolve' && d.reply).toBe(GROUNDED);
    expect(d.assist?.routing).toMatchObject({
      route: 'model',
      model: 'gpt-4o-mini',
      promptVersion: expect.stringMatching(/^decide@1\.[0-9a-f]{8}$/),
      reason: expect.stringMatching(/built-in engine was unsure \(low_confidence, 38%\)/),
    });
    expect(d.assist?.citations).toEqual([
      { articleId: 'topup-fees', language: 'en', title: 'Top-up fees', passage: TOPUP_FEES.value.versions.en!.body },
    ]);
    expect(d.usage).toMatchObject({ model: 'gpt-4o-mini', calls: 1 });
    expect(d.usage!.costUsd).toBeGreaterThan(0);
    // The model was given the passage under its id, the tenant's name, and the customer's text as data.
    const system = String(server().requests[0]!.body.messages[0]!.content);
    expect(system).toContain(`[${CITED}] Top-up fees`);
    expect(system).toContain('customer-support AI of Fixture Bank');
    expect(AiDecisionSchema.parse(d)).toEqual(d);
  });

  it('an answer its cited passages do not support goes to a person as a draft, with the reason and suggestions', async () => {
    const invented = 'Topping up with a credit card costs 3% of the amount.';
    server().script({ final: decisionJson({ reply: invented, citations: [CITED] }) });
    const d = escalation(await routed(policyWith()).decide(ask(UNSURE)));
    expect(d.escalation.code).toBe('ungrounded');
    expect(d.escalation.detail).toMatch(/not supported by the articles it cites: .*3/);
    expect(d.draft).toBe(invented);
    expect(d.summary).toMatch(/^Wants: /);
    expect(d.assist?.routing).toMatchObject({ route: 'person', model: 'gpt-4o-mini' });
    expect(d.assist?.suggestedArticles).toEqual(['topup-fees']);
    expect(d.assist?.suggestedMacros).toEqual(['fees']);
  });

  it("the model's own doubt below the policy's minimum makes its answer a draft", async () => {
    server().script({ final: decisionJson({ reply: GROUNDED, citations: [CITED], confidence: 0.4 }) });
    const d = escalation(await routed(policyWith({}, { minConfidence: 0.7 })).decide(ask(UNSURE)));
    expect([d.escalation.code, d.draft, d.confidence]).toEqual(['low_confidence', GROUNDED, 0.4]);
  });

  it('a complaint goes to people; the model writes the summary and draft for them (assist)', async () => {
    server().script({
      final: decisionJson({
        action: 'escalate',
        reply: 'I am sorry about your experience. A colleague will look into it today.',
        summary: { wants: 'To complain about the service.', tried: 'Nothing yet.', missing: 'What went wrong.' },
        escalation_reason: 'A complaint.',
      }),
    });
    const d = escalation(await routed(policyWith()).decide(ask(COMPLAINT)));
    expect([d.escalation.code, d.ownerQueue]).toEqual(['complaint', 'complaints']);
    expect(d.summary).toBe('Wants: To complain about the service.\nTried: Nothing yet.\nMissing: What went wrong.');
    expect(d.draft).toBe('I am sorry about your experience. A colleague will look into it today.');
    expect(d.assist?.routing).toMatchObject({
      route: 'person',
      model: 'gpt-4o-mini',
      reason: expect.stringMatching(/complaint/),
    });
  });
});

describe('the routed engine: faults, outages and the budget', () => {
  it('model down (500 on every attempt), whenModelDown people: model_error to people, no model recorded', async () => {
    server().script({ status: 500 }, { status: 502 }, { status: 503 });
    const d = escalation(await routed(policyWith({ whenModelDown: 'people' })).decide(ask(UNSURE)));
    expect(d.escalation.code).toBe('model_error');
    expect(d.escalation.detail).toMatch(
      /failed after 3 attempts: HTTP 503.*The model endpoint is down; the policy sends it to people/,
    );
    expect(d.assist?.routing).toMatchObject({ route: 'person', model: null, promptVersion: null });
    expect(d.usage).toMatchObject({ calls: 3, costUsd: 0 });
    expect(d.assist?.suggestedArticles).toEqual(['topup-fees']);
  });

  it('model down (hangs past the timeout), whenModelDown builtin: the built-in answer at the fallback threshold', async () => {
    server().script({ hangMs: 2_000 }, { hangMs: 2_000 }, { hangMs: 2_000 });
    const policy = policyWith({ whenModelDown: 'builtin', fallbackResolveThreshold: 0.3 });
    const d = await routed(policy, { model: { timeoutMs: 100 } }).decide(ask(UNSURE));
    expect(d.action).toBe('resolve');
    expect(d.action === 'resolve' && d.reply).toMatch(/^Cards arrive within 5-7 business days/);
    expect(d.assist?.routing).toMatchObject({
      route: 'builtin',
      model: null,
      reason: expect.stringMatching(/timed out.*built-in engine answers at its fallback threshold \(38%\)/),
    });
  });

  it('malformed JSON twice is the model failing, not down: escalated model_error with the model recorded', async () => {
    server().script({ final: 'Sure! Fees apply.' }, { final: '{"action": "resolve"' });
    const d = escalation(
      await routed(policyWith({ whenModelDown: 'builtin', fallbackResolveThreshold: 0.3 })).decide(ask(UNSURE)),
    );
    expect(d.escalation.code).toBe('model_error');
    expect(d.escalation.detail).toMatch(/invalid decision 2 times/);
    expect(d.assist?.routing).toMatchObject({ route: 'person', model: 'gpt-4o-mini' });
  });

  it('a budget of 0: nothing is asked, the ticket goes to people as budget_exhausted', async () => {
    const policy = policyWith({ budget: { monthlyUsd: 0, warnAt: 0.8, whenExhausted: 'people' } });
    const d = escalation(await routed(policy).decide(ask(UNSURE)));
    expect(server().requests).toHaveLength(0);
    expect(d.escalation.code).toBe('budget_exhausted');
    expect(d.assist?.routing).toMatchObject({
      route: 'person',
      model: null,
      reason: expect.stringMatching(/budget is used up/),
    });
  });

  it("the month's spend from the queue counts: at the budget, the model is skipped; a shadow run stops at the warning level", async () => {
    const policy = policyWith({ budget: { monthlyUsd: 1, warnAt: 0.5, whenExhausted: 'people' } });
    const full = escalation(await routed(policy, { spentUsd: 1 }).decide(ask(UNSURE)));
    expect(full.escalation.code).toBe('budget_exhausted');
    const warned = routed(policy, { spentUsd: 0.6 });
    const shadow = escalation(await warned.decide({ ...ask(UNSURE), mode: 'shadow' }));
    expect(shadow.escalation.code).toBe('budget_exhausted');
    expect(server().requests).toHaveLength(0);
    server().script({ final: decisionJson({ reply: GROUNDED, citations: [CITED] }) });
    expect((await warned.decide(ask(UNSURE))).assist?.routing.route).toBe('model'); // a live ticket still may
  });
});

describe('the routed engine: the tenant tools through the OpenAPI layer', () => {
  let api: RetailApi;
  beforeAll(async () => {
    api = await startRetailApi({ drift: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a tool answer that breaks its declared schema is integration drift: reported, and a person takes over', async () => {
    const seed = readTenantSeed(`${RESOURCES_DIR}/tenants/retail`);
    const retail = settingsFromSeedItems(
      seed.items.map((item) =>
        item.kind === 'tool_api' ? { ...item, value: { ...item.value, baseUrl: api.baseUrl } } : item,
      ),
    );
    const config = loadTenantConfig(RESOURCES_DIR, 'retail');
    const classifierless = new BuiltinEngine(seedEngineTenant(config, createKnowledgeBase({})), null);
    server().script(
      { tool: 'find_user_id_by_email', arguments: { email: '[EMAIL_1]' } },
      { tool: 'get_order_details', arguments: { order_id: '#W2403075' } },
      { final: decisionJson({ reply: 'Your order #W2403075 is pending.' }) },
    );
    health.length = 0;
    const d = escalation(
      await routed(policyWith(), { settings: retail, engine: classifierless, tenantId: 'retail' }).decide(
        ask('Where is my order #W2403075?', {
          tenantId: 'retail',
          customer: { id: 'c-aarav', name: 'Aarav Davis', email: 'aarav.davis1165@example.com', tier: 'standard' },
        }),
      ),
    );
    expect(d.escalation.code).toBe('integration_drift');
    expect(d.escalation.detail).toMatch(/get_order_details answered outside its declared schema/);
    expect(health).toEqual([
      expect.objectContaining({
        kind: 'integration_drift',
        toolApiId: 'retail-shop',
        operationId: 'get_order_details',
        ticketId: 't-route',
      }),
    ]);
  });
});

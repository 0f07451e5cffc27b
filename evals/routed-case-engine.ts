/**
 * `--provider routed`: the routed engine (engine/routing) over the tenant's seed configuration, as an autopilot runs it
 * with the tenant's routing policy: the built-in engine decides first, the model gets what the policy sends it
 * (grounded in the tenant's published articles, with its tools), people the rest. The model is the endpoint given, or
 * the replay model: each case's recorded answers served on 127.0.0.1 (evals/model-replay-server.ts). Each case runs
 * under its own conditions (the month's budget left, the policy's overrides) with a fresh cost budget.
 *
 * A replayed run has the model only in the cases written for routing (recorded answers, `outage`, conditions or an
 * expected route); the others run as for a tenant without a provider (the built-in engine and people), since there is
 * nothing to replay. With a live endpoint and its embeddings model, retrieval ranks the articles by meaning too (the
 * vectors kept in the cache dir), as an autopilot given that model does.
 */
import type { AiDecision } from '../shared/domain/decision.js';
import type { PromptVersions, RunPricing } from '../shared/evals/run-report.js';
import { routedOnlyReason, type CaseConditions, type PolicyOverride } from '../shared/evals/suite-format.js';
import { ROUTING_POLICY_ID, type RoutingPolicy } from '../shared/settings/routing-policy.js';
import { routingPolicy, type TenantSettings } from '../shared/settings/tenant-settings.js';
import type { TenantConfiguration } from '../engine/engine-tenant.js';
import {
  checkGrounding,
  citationsOf,
  createArticleRetriever,
  createMacroSuggester,
  providerEmbeddings,
} from '../engine/grounding/index.js';
import { OpenAiEngine } from '../engine/openai/engine.js';
import { pricingFor } from '../engine/openai/pricing.js';
import type { ModelPricing } from '../engine/openai/types.js';
import { DECIDE_PROMPT, loadPromptFile } from '../engine/prompts/prompt-file.js';
import { CostBudget } from '../engine/routing/cost-budget.js';
import { RoutedEngine } from '../engine/routing/routed-engine.js';
import { createToolBox } from '../engine/tools/index.js';
import type { ToolCallSeen } from './check-case.js';
import { REPLAY_MODEL, startModelReplay } from './model-replay-server.js';
import { promptVersionsOf } from './prompt-gate.js';
import { seedBuiltinEngine, type BuiltinCaseEngineOptions, type CaseEngine } from './suite-engines.js';
import { startToolTenant } from './tau/tool-tenant.js';

export interface ModelEndpoint {
  baseURL: string;
  model: string;
  apiKey: string;
  timeoutMs: number;
}

export interface RoutedCaseEngineOptions extends BuiltinCaseEngineOptions {
  /** A live model; null: the cases' recorded answers are replayed. */
  endpoint: ModelEndpoint | null;
  /** --pricing; null: the model's list price, if known. */
  pricing: ModelPricing | null;
  /** --openai-embeddings-model, with a live endpoint; null: retrieval by full text only. */
  embeddingsModel: string | null;
  /** Where a turned-off embeddings endpoint is told (once). */
  log: (line: string) => void;
}

/** Replayed answers need no patience: retries come at once, and a hang is a timeout after a second. */
const REPLAY_RETRY = { baseDelayMs: 1, maxDelayMs: 1 };
const REPLAY_TIMEOUT_MS = 1_000;
const MAX_PRICE_PER_MILLION = 10_000;

/** `--pricing IN,OUT`: US dollars per million input and output tokens; an Error says what is wrong. */
export function parsePricingFlag(text: string): ModelPricing | Error {
  const parts = text.split(',').map((p) => p.trim());
  const [input, output] = parts.map(Number);
  if (parts.length !== 2 || parts.some((p) => p === '') || !isPrice(input) || !isPrice(output))
    return new Error(
      `--pricing takes two prices in US dollars per million tokens, input then output (e.g. 0.15,0.6), each 0 to ${MAX_PRICE_PER_MILLION}; not "${text}".`,
    );
  return { inputPerMillion: input, outputPerMillion: output };
}

function isPrice(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n) && n >= 0 && n <= MAX_PRICE_PER_MILLION;
}

/** The price costs are computed with, and where it came from. */
export function runPricing(model: string, flag: ModelPricing | null): RunPricing {
  if (flag) return { ...flag, source: 'flag' };
  const known = pricingFor(model);
  return { ...known, source: known.inputPerMillion || known.outputPerMillion ? 'known' : 'none' };
}

/** The tenant's policy with a case's overrides. */
export function policyWith(policy: RoutingPolicy, override: PolicyOverride | undefined): RoutingPolicy {
  if (!override) return policy;
  return {
    ...policy,
    ...override,
    model: { ...policy.model, ...override.model },
    budget: { ...policy.budget, ...override.budget },
  };
}

/** The configuration a case is decided in: the seed's with the case's routing policy. */
function caseConfiguration(seed: TenantConfiguration, conditions: CaseConditions | undefined): TenantConfiguration {
  const base = routingPolicy(seed.settings);
  const policy = policyWith(base, conditions?.policy);
  const withBudget =
    conditions?.budgetUsd === undefined
      ? policy
      : { ...policy, budget: { ...policy.budget, monthlyUsd: conditions.budgetUsd } };
  const entry = seed.settings.routing.find((e) => e.id === ROUTING_POLICY_ID);
  const routing: TenantSettings['routing'] = [
    {
      id: ROUTING_POLICY_ID,
      version: entry?.version ?? 1,
      savedAt: entry?.savedAt ?? '',
      savedBy: entry?.savedBy ?? 'eval',
      value: withBudget,
    },
  ];
  return { ...seed, settings: { ...seed.settings, routing } };
}

/** The tool calls a decision records, as the case checks see them. */
function toolCallsOf(decision: AiDecision): ToolCallSeen[] {
  return (decision.toolResults ?? []).map((t) => ({
    name: t.name,
    arguments: JSON.stringify(t.arguments),
    outcome: t.status === 'ok' || t.status === 'failed' ? 'ran' : t.status,
  }));
}

export async function createRoutedCaseEngine(o: RoutedCaseEngineOptions): Promise<CaseEngine> {
  const { configuration: seed, engine: builtin } = seedBuiltinEngine(o);
  const replay = o.endpoint ? null : await startModelReplay();
  const modelName = o.endpoint?.model ?? REPLAY_MODEL;
  const pricing = runPricing(modelName, o.pricing);
  const embeddings =
    o.endpoint && o.embeddingsModel
      ? providerEmbeddings(o.endpoint, { model: o.embeddingsModel, cacheDir: o.cacheDir }, seed.tenantId)
      : null;
  const retriever = createArticleRetriever({
    articles: seed.settings.article,
    ...(embeddings ? { embeddings } : {}),
    log: o.log,
  });
  const macros = createMacroSuggester(seed.settings.macro);
  const profileName = seed.settings.profile[0]?.value.name ?? seed.tenantId;
  // A tenant with tool APIs gets them served by the demo API on 127.0.0.1, each case from a fresh copy of its data.
  const tools =
    seed.settings.tool_api.length > 0
      ? await startToolTenant({ resourcesDir: o.resourcesDir, tenantId: o.tenantId })
      : null;
  const model = new OpenAiEngine(
    {
      baseURL: o.endpoint?.baseURL ?? replay!.baseURL,
      model: modelName,
      apiKey: o.endpoint?.apiKey ?? 'replay',
      timeoutMs: o.endpoint?.timeoutMs ?? REPLAY_TIMEOUT_MS,
      pricing: { inputPerMillion: pricing.inputPerMillion, outputPerMillion: pricing.outputPerMillion },
      ...(replay ? { retry: REPLAY_RETRY } : {}),
    },
    {
      tenant: { id: seed.tenantId, name: profileName, escalationRules: seed.rules },
      toolBox: tools?.parts().toolBox ?? createToolBox([]),
      prompt: loadPromptFile(o.resourcesDir, DECIDE_PROMPT),
      policy: routingPolicy(seed.settings),
      grounding: { retriever, check: checkGrounding, citations: citationsOf },
      health: null,
    },
  );
  const promptVersions: PromptVersions = promptVersionsOf(o.resourcesDir);
  return {
    provider: 'routed',
    model: modelName,
    pricing,
    promptVersions,
    skips: () => null,
    async decide(input, c) {
      const configuration = caseConfiguration(seed, c.conditions);
      const policy = routingPolicy(configuration.settings);
      model.useParts({ policy });
      replay?.useCase(c);
      tools?.api.reset();
      const asksModel = replay === null || routedOnlyReason(c) !== null;
      const routed = new RoutedEngine({
        builtin,
        model: asksModel ? model : null,
        configuration,
        // A fresh month for every case: nothing spent yet, the budget the case's policy sets.
        budget: new CostBudget({ spend: { monthToDateUsd: async () => 0 }, budget: () => policy.budget }),
        suggest: {
          macros: (text, language, limit) => macros.suggest(text, language, limit),
          articles: (text, language, limit) => retriever.suggestArticles(text, language, limit),
        },
      });
      const decision = await routed.decide(input);
      return { decision, toolCalls: toolCallsOf(decision), problems: replay?.departures(c) ?? [] };
    },
    async close() {
      retriever.close();
      macros.close();
      await replay?.close();
      await tools?.close();
    },
  };
}

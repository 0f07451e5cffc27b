/**
 * The routed engine as an autopilot runs it (issue 17): the built-in engine first, then the model (any
 * OpenAI-compatible endpoint) or people, by the tenant's routing policy. Everything it decides with comes from the
 * tenant's configuration as the queue holds it and follows its changes: the routing policy, the published articles
 * (retrieval and the grounding check), the macros (suggestions) and the tool_api settings (the tenant's tools). With an
 * embeddings model, retrieval ranks the articles by meaning too, through the same endpoint, the passage vectors kept
 * in the autopilot's cache dir; an endpoint without embeddings turns them off once (logged) and full text goes on.
 */
import {
  createArticleRetriever,
  checkGrounding,
  citationsOf,
  createMacroSuggester,
  providerEmbeddings,
  type ProviderEmbeddingsSetting,
} from '../engine/grounding/index.js';
import type { AiEngine } from '../engine/engine.js';
import type { TenantConfiguration } from '../engine/engine-tenant.js';
import { OpenAiEngine } from '../engine/openai/engine.js';
import { costUsd, pricingFor } from '../engine/openai/pricing.js';
import type { OpenAiEngineOptions } from '../engine/openai/types.js';
import { DECIDE_PROMPT, loadPromptFile } from '../engine/prompts/prompt-file.js';
import { CostBudget } from '../engine/routing/cost-budget.js';
import type { AiHealthReporter, ModelSpendSource } from '../engine/routing/ports.js';
import { createRoutedEngine, suggestersOf, type RoutedEngine } from '../engine/routing/routed-engine.js';
import { createToolBox } from '../engine/tools/index.js';
import { routingPolicy, tenantProfile } from '../shared/settings/tenant-settings.js';

/** A first guess of one ticket's model use, before any was measured: a few rounds of a prompt with passages. */
const FIRST_ESTIMATE_TOKENS = { prompt: 12_000, completion: 1_200 };

export interface RoutedAutopilotEngineOptions {
  /** The built-in engine (startBuiltinAutopilotEngine). */
  builtin: AiEngine;
  /** The model's endpoint and name. */
  endpoint: OpenAiEngineOptions;
  /** The endpoint's embeddings model, and where its passage vectors are kept; absent: retrieval by full text only. */
  embeddings?: ProviderEmbeddingsSetting;
  configuration: TenantConfiguration;
  resourcesDir: string;
  /** The queue's month-to-date model spend; null: only this process's spend counts against the budget. */
  spend: ModelSpendSource | null;
  /** Where integration drift goes (the queue's AI health); null: the ticket's escalation only. */
  health: AiHealthReporter | null;
  log: (line: string) => void;
}

export interface RoutedAutopilotEngine {
  engine: RoutedEngine;
  /** The prompt the model decides with (`decide@N.<hash>`). */
  promptVersion: string;
  /** Closes the article and macro indexes. */
  close(): void;
}

export function startRoutedAutopilotEngine(options: RoutedAutopilotEngineOptions): RoutedAutopilotEngine {
  const { configuration, log } = options;
  const toolBoxFor = (c: TenantConfiguration) => createToolBox(c.settings.tool_api, { log });
  const tenantFor = (c: TenantConfiguration) => ({
    id: c.tenantId,
    name: tenantProfile(c.settings)?.name ?? c.tenantId,
    escalationRules: c.rules,
  });
  const { embeddings } = options;
  const retriever = createArticleRetriever({
    articles: configuration.settings.article,
    ...(embeddings ? { embeddings: providerEmbeddings(options.endpoint, embeddings, configuration.tenantId) } : {}),
    log,
  });
  // The passages are embedded while the autopilot waits for its first ticket (a search would do it then).
  if (embeddings) void retriever.prepare();
  const macros = createMacroSuggester(configuration.settings.macro);
  let policy = routingPolicy(configuration.settings);
  const model = new OpenAiEngine(
    options.endpoint,
    {
      tenant: tenantFor(configuration),
      toolBox: toolBoxFor(configuration),
      prompt: loadPromptFile(options.resourcesDir, DECIDE_PROMPT),
      policy,
      grounding: { retriever, check: checkGrounding, citations: citationsOf },
      health: options.health,
    },
    log,
  );
  const budget = new CostBudget({
    spend: options.spend ?? { monthToDateUsd: () => Promise.reject(new Error('no spend source')) },
    budget: () => policy.budget,
    log,
  });
  const pricing = pricingFor(options.endpoint.model, options.endpoint.pricing);
  const engine = createRoutedEngine({
    builtin: options.builtin,
    model,
    configuration,
    budget,
    suggest: suggestersOf(retriever, macros),
    onConfiguration: (c) => {
      policy = routingPolicy(c.settings);
      retriever.useArticles(c.settings.article);
      macros.useMacros(c.settings.macro);
      model.useParts({ tenant: tenantFor(c), toolBox: toolBoxFor(c), policy });
    },
    initialEstimateUsd: costUsd(pricing, FIRST_ESTIMATE_TOKENS.prompt, FIRST_ESTIMATE_TOKENS.completion),
    log,
  });
  return {
    engine,
    promptVersion: model.promptVersion,
    close: () => {
      retriever.close();
      macros.close();
    },
  };
}

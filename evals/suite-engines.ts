/**
 * The engines a suite runs through: the tenant's real built-in pipeline, or the OpenAI-compatible
 * provider with the tenant's tools and guardrails. Each case starts from the same tenant state.
 */
import type { AiDecision } from '../shared/domain/decision.js';
import type { TenantConfig } from '../shared/domain/tenant.js';
import type { EvalProviderName, PromptVersions, RunPricing } from '../shared/evals/run-report.js';
import { routedOnlyReason, type EvalCase } from '../shared/evals/suite-format.js';
import { BuiltinEngine } from '../engine/builtin-engine.js';
import type { AiEngineInput } from '../engine/engine.js';
import { assertUsableRules, engineTenantFrom, type TenantConfiguration } from '../engine/engine-tenant.js';
import { OpenAiEngine } from '../engine/openai/engine.js';
import { TenantRateLimiter } from '../engine/openai/rate-limiter.js';
import type { OpenAiEngineOptions } from '../engine/openai/types.js';
import { loadSeedKnowledgeBase, loadSettingsSeed, seedTenantConfiguration } from '../engine/seed-tenant.js';
import { loadTenantClassifier } from '../engine/tenant-classifier.js';
import { hasTrainingData } from '../engine/training-data.js';
import { loadTenantConfig } from '../lib/tenant-config.js';
import type { ToolCallSeen } from './check-case.js';
import { applyKnowledgeBaseOverride, applyTenantOverride, type EngineOverride } from './engine-override.js';
import { startToolTenant } from './tau/tool-tenant.js';

export interface CaseOutcome {
  decision: AiDecision;
  toolCalls: ToolCallSeen[];
  /** What went wrong around the decision (e.g. the recorded model answers ran out), one sentence each: failures. */
  problems?: string[];
}

export interface CaseEngine {
  provider: EvalProviderName;
  model: string | null;
  pricing: RunPricing | null;
  promptVersions: PromptVersions | null;
  /** Why this engine does not run the case (reported as skipped), or null. */
  skips(c: EvalCase): string | null;
  decide(input: AiEngineInput, c: EvalCase): Promise<CaseOutcome>;
  /** Ends what the engine started for the run (a replay server). */
  close?(): Promise<void>;
}

/** Cases with a route, conditions or recorded model answers mean nothing to an engine that does not route. */
export function skipsRoutedCases(c: EvalCase): string | null {
  const why = routedOnlyReason(c);
  return why === null ? null : `runs under --provider routed only: ${why}`;
}

/** A tenant's seed configuration with the override's fields replaced; throws when its rules are unusable. */
function overriddenSeedConfig(resourcesDir: string, tenantId: string, override: EngineOverride | null): TenantConfig {
  const config = applyTenantOverride(loadTenantConfig(resourcesDir, tenantId), override);
  assertUsableRules(
    config.id,
    config.escalationRules,
    config.queues.map((queue) => queue.id),
  );
  return config;
}

export interface BuiltinCaseEngineOptions {
  resourcesDir: string;
  cacheDir: string;
  tenantId: string;
  override: EngineOverride | null;
  onTrainingProgress?: (phase: string) => void;
}

/**
 * The built-in engine on the tenant's seed files (an evaluation runs without a queue: engine/seed-tenant.ts), and the
 * configuration it decides with (the settings and rules a freshly seeded queue hands out, the override applied). A
 * tenant without intent training data (the retail demo has tools instead) gets the engine without a classifier: it
 * tells the language and whether the customer asks for a human or complains, and sends every ticket to a human.
 */
export function seedBuiltinEngine(o: BuiltinCaseEngineOptions): {
  configuration: TenantConfiguration;
  engine: BuiltinEngine;
} {
  const config = overriddenSeedConfig(o.resourcesDir, o.tenantId, o.override);
  const knowledgeBase = applyKnowledgeBaseOverride(loadSeedKnowledgeBase(o.resourcesDir, o.tenantId), o.override);
  const classifier = hasTrainingData(o.resourcesDir, o.tenantId)
    ? loadTenantClassifier({
        resourcesDir: o.resourcesDir,
        cacheDir: o.cacheDir,
        tenantId: o.tenantId,
        onProgress: (p) =>
          o.onTrainingProgress?.(
            p.epoch !== undefined ? `training ${p.phase} ${p.epoch}/${p.epochs}` : `training ${p.phase}`,
          ),
      }).classifier
    : null;
  const configuration = seedTenantConfiguration(config, knowledgeBase, loadSettingsSeed(o.resourcesDir, o.tenantId));
  return { configuration, engine: new BuiltinEngine(engineTenantFrom(configuration), classifier) };
}

export function createBuiltinCaseEngine(o: BuiltinCaseEngineOptions): CaseEngine {
  const { engine } = seedBuiltinEngine(o);
  return {
    provider: 'builtin',
    model: null,
    pricing: null,
    promptVersions: null,
    skips: skipsRoutedCases,
    decide: async (input) => ({ decision: await engine.decide(input), toolCalls: [] }),
  };
}

export interface OpenAiCaseEngineOptions extends Omit<OpenAiEngineOptions, 'rateLimiter'> {
  resourcesDir: string;
  tenantId: string;
  override: EngineOverride | null;
}

/**
 * The model engine with the tenant's tools: the seed's tool APIs served by the retail demo API on 127.0.0.1 through
 * the OpenAPI tool layer (evals/tau/tool-tenant.ts). Each case starts from a fresh copy of the shop's data, so one
 * case's cancellation cannot change the next; the override's rules pick the owner of an escalation.
 */
export async function createOpenAiCaseEngine(o: OpenAiCaseEngineOptions): Promise<CaseEngine> {
  const config = overriddenSeedConfig(o.resourcesDir, o.tenantId, o.override);
  const tools = await startToolTenant({ resourcesDir: o.resourcesDir, tenantId: o.tenantId });
  const { override: _override, resourcesDir: _resources, tenantId: _tenant, ...engineOptions } = o;
  const limiter = new TenantRateLimiter(() => ({
    requestsPerMinute: o.rateLimit?.requestsPerMinute ?? 600,
    maxWaitMs: o.rateLimit?.maxWaitMs ?? 60_000,
  }));
  return {
    provider: 'openai',
    model: o.model,
    pricing: null,
    promptVersions: null,
    skips: skipsRoutedCases,
    async decide(input) {
      tools.api.reset();
      const engine = new OpenAiEngine(
        { ...engineOptions, rateLimiter: limiter },
        { ...tools.parts(), tenant: { id: config.id, name: config.name, escalationRules: config.escalationRules } },
      );
      const report = await engine.decideWithReport(input);
      return {
        decision: report.decision,
        toolCalls: report.toolCalls.map((c) => ({ name: c.name, arguments: c.arguments, outcome: c.outcome })),
      };
    },
    close: () => tools.close(),
  };
}

/**
 * The engines a suite runs through: the tenant's real built-in pipeline, or the OpenAI-compatible
 * provider with the tenant's tools and guardrails. Each case starts from the same tenant state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AiDecision } from '../shared/domain/decision.js';
import { TenantConfigSchema, type TenantConfig } from '../shared/domain/tenant.js';
import { chooseOwner } from '../shared/escalation-rules.js';
import { latestCustomerText } from '../engine/customer-text.js';
import { assertUsableTenant, BuiltinEngine } from '../engine/builtin-engine.js';
import type { AiEngineInput } from '../engine/engine.js';
import { loadKnowledgeBase } from '../engine/knowledge-base.js';
import { detectLanguage } from '../engine/language-detector.js';
import { OpenAiEngine } from '../engine/openai/engine.js';
import { TenantRateLimiter } from '../engine/openai/rate-limiter.js';
import { loadRetailPolicy } from '../engine/openai/retail-policy.js';
import { RetailStore } from '../engine/openai/retail-store.js';
import { loadRetailTools } from '../engine/openai/retail-tools.js';
import type { OpenAiEngineOptions } from '../engine/openai/types.js';
import { detectSignals } from '../engine/signals.js';
import { loadTenantClassifier } from '../engine/tenant-classifier.js';
import type { ToolCallSeen } from './check-case.js';
import { applyKnowledgeBaseOverride, applyTenantOverride, type EngineOverride } from './engine-override.js';

export interface CaseOutcome {
  decision: AiDecision;
  toolCalls: ToolCallSeen[];
}

export interface CaseEngine {
  provider: 'builtin' | 'openai';
  model: string | null;
  decide(input: AiEngineInput): Promise<CaseOutcome>;
}

export function loadTenantConfig(resourcesDir: string, tenantId: string): TenantConfig {
  const file = join(resourcesDir, 'tenants', tenantId, 'tenant.json');
  if (!existsSync(file)) throw new Error(`There is no tenant "${tenantId}" (${file} does not exist).`);
  return TenantConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** True when the tenant ships what the built-in engine needs: training phrases and a knowledge base. */
export function hasBuiltinModel(resourcesDir: string, tenantId: string): boolean {
  const dir = join(resourcesDir, 'tenants', tenantId);
  return existsSync(join(dir, 'knowledge-base.json')) && existsSync(join(dir, 'training-multilingual.csv'));
}

export interface BuiltinCaseEngineOptions {
  resourcesDir: string;
  cacheDir: string;
  tenantId: string;
  override: EngineOverride | null;
  onTrainingProgress?: (phase: string) => void;
}

export function createBuiltinCaseEngine(o: BuiltinCaseEngineOptions): CaseEngine {
  const tenant = assertUsableTenant(applyTenantOverride(loadTenantConfig(o.resourcesDir, o.tenantId), o.override));
  if (!hasBuiltinModel(o.resourcesDir, o.tenantId)) return triageOnlyEngine(tenant);
  const kb = applyKnowledgeBaseOverride(
    loadKnowledgeBase(join(o.resourcesDir, 'tenants', tenant.id, 'knowledge-base.json')),
    o.override,
  );
  const { classifier } = loadTenantClassifier({
    resourcesDir: o.resourcesDir,
    cacheDir: o.cacheDir,
    tenantId: tenant.id,
    onProgress: (p) =>
      o.onTrainingProgress?.(
        p.epoch !== undefined ? `training ${p.phase} ${p.epoch}/${p.epochs}` : `training ${p.phase}`,
      ),
  });
  const engine = new BuiltinEngine(tenant, classifier, kb);
  return {
    provider: 'builtin',
    model: null,
    decide: async (input) => ({ decision: await engine.decide(input), toolCalls: [] }),
  };
}

/**
 * A tenant without a built-in model (the retail demo has tools, not a knowledge base): the built-in
 * engine can only triage. It tells the language and whether the customer asks for a human or complains,
 * and sends every ticket to a human with that reason; nothing is resolved.
 */
function triageOnlyEngine(tenant: TenantConfig): CaseEngine {
  return {
    provider: 'builtin',
    model: null,
    async decide({ ticket, messages }) {
      const started = performance.now();
      const text = latestCustomerText(ticket, messages);
      const detected = detectLanguage(text).language;
      const language = detected !== 'unknown' ? detected : ticket.language;
      const signals = detectSignals(text);
      const human = signals.find((s) => s.kind === 'human_request');
      const complaint = signals.find((s) => s.kind === 'complaint');
      const code = human ? 'human_requested' : complaint ? 'complaint' : 'no_answer';
      const detail = human
        ? `The customer asked for a human ("${human.evidence}").`
        : complaint
          ? `The customer's message reads as a complaint ("${complaint.evidence}").`
          : `The built-in engine has no model for tenant "${tenant.id}" (it answers with tools); run it with the OpenAI-compatible provider.`;
      const rule = chooseOwner(tenant.escalationRules, {
        reason: code,
        intent: null,
        language,
        tier: ticket.customer.tier,
      });
      const decision: AiDecision = {
        action: 'escalate',
        language,
        intent: null,
        confidence: null,
        ownerQueue: rule.ownerQueue,
        escalation: { code, ruleId: rule.id, detail },
        draft: null,
        summary: detail,
        engine: 'builtin',
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
      };
      return { decision, toolCalls: [] };
    },
  };
}

export interface OpenAiCaseEngineOptions extends Omit<OpenAiEngineOptions, 'tenantId' | 'rateLimiter'> {
  tenantId: string;
  override: EngineOverride | null;
}

/** Each case gets a fresh copy of the tenant's backend, so one case's cancellation cannot change the next. */
export function createOpenAiCaseEngine(o: OpenAiCaseEngineOptions): CaseEngine {
  const dir = join(o.resourcesDir, 'tenants', o.tenantId);
  if (!existsSync(join(dir, 'tools.json'))) {
    throw new Error(
      `Tenant "${o.tenantId}" has no tools for the OpenAI provider (${join(dir, 'tools.json')} does not exist); the retail tenant has them.`,
    );
  }
  const config = assertUsableTenant(applyTenantOverride(loadTenantConfig(o.resourcesDir, o.tenantId), o.override));
  const tenant = { config, policyText: readFileSync(join(dir, 'policy.md'), 'utf8') };
  const pristine = RetailStore.load(dir);
  const policy = loadRetailPolicy(dir);
  const tools = loadRetailTools(dir);
  const { override: _ignored, ...engineOptions } = o;
  const limiter = new TenantRateLimiter(() => ({
    requestsPerMinute: o.rateLimit?.requestsPerMinute ?? 600,
    maxWaitMs: o.rateLimit?.maxWaitMs ?? 60_000,
  }));
  return {
    provider: 'openai',
    model: o.model,
    async decide(input) {
      const engine = new OpenAiEngine(
        { ...engineOptions, rateLimiter: limiter },
        tenant,
        pristine.clone(),
        policy,
        tools,
      );
      const report = await engine.decideWithReport(input);
      return {
        decision: report.decision,
        toolCalls: report.toolCalls.map((c) => ({ name: c.name, arguments: c.arguments, outcome: c.outcome })),
      };
    },
  };
}

import type { AiDecision, AiUsage } from '../../shared/domain/decision.js';
import type { TenantConfig } from '../../shared/domain/tenant.js';
import type { OpenAiEndpoint } from './client.js';
import type { RateLimit, TenantRateLimiter } from './rate-limiter.js';
import type { RetryPolicy } from './retry.js';

/** US dollars per million tokens. */
export interface ModelPricing {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** The endpoint (base URL, key, headers, timeout) is any OpenAI-compatible one: OpenAI, Azure /openai/v1, Ollama, vLLM, llama.cpp. */
export interface OpenAiEngineOptions extends OpenAiEndpoint {
  model: string;
  /** Folder that holds tenants/<tenantId>/ (tenant.json, policy.json, policy.md, tools.json, users/orders/products.json). */
  resourcesDir: string;
  /** The tenant whose tool backend (tools.json and its data) the model works with. */
  tenantId: string;
  retry?: Partial<RetryPolicy>;
  rateLimit?: Partial<RateLimit>;
  /** Share one limiter between engines of the same process so the limit is per tenant, not per engine. */
  rateLimiter?: TenantRateLimiter;
  /** Default: a table of known OpenAI models; 0 for anything else (a local model costs no tokens). */
  pricing?: ModelPricing;
  /** Tool-call rounds per ticket before the engine gives up and escalates. Default 8. */
  maxToolRounds?: number;
  /** Malformed tool arguments or decisions the model gets to correct, per ticket. Default 1. */
  maxRepairs?: number;
  /** Sent to the provider; some local servers ignore it. Default 0. */
  temperature?: number;
  /**
   * How the final decision is requested: 'json_schema' (strict structured output, default), 'json_object'
   * (JSON mode, for servers without json_schema) or 'none' (the prompt asks for JSON; the reply is validated all the same).
   */
  responseFormat?: 'json_schema' | 'json_object' | 'none';
  /** Most time one ticket may spend on the model, waits included; past it the ticket is escalated. Default 120 s. */
  ticketDeadlineMs?: number;
}

export interface ResolvedTenant {
  config: TenantConfig;
  policyText: string;
}

/** One HTTP call to the model. */
export interface ModelCallRecord {
  round: number;
  attempt: number;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  /** How long the engine waited before this attempt (backoff or retry-after). */
  waitedMs: number;
}

/** One tool call the model asked for, and what the guardrail made of it. Arguments as the model sent them (redacted). */
export interface ToolCallRecord {
  name: string;
  arguments: string;
  outcome: 'ran' | 'invalid' | 'forbidden' | 'malformed' | 'handoff';
  reason: string | null;
}

export interface OpenAiDecisionReport {
  decision: AiDecision;
  calls: ModelCallRecord[];
  toolCalls: ToolCallRecord[];
  usage: AiUsage;
}

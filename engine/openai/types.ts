import type { Citation } from '../../shared/domain/ai-assist.js';
import type { AiDecision, AiUsage } from '../../shared/domain/decision.js';
import type { EscalationRule } from '../../shared/domain/tenant.js';
import type { RoutingPolicy } from '../../shared/settings/routing-policy.js';
import type { PromptFile } from '../prompts/prompt-file.js';
import type { AiHealthReporter, ArticleRetriever, GroundingVerdict, Passage, ToolBox } from '../routing/ports.js';
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

/** The tenant as the model engine sees it. */
export interface ModelTenant {
  id: string;
  /** Its name, as the customer knows it (the prompt's {{tenant}}). */
  name: string;
  /** Pick the owner of an escalation (checked against the tenant's queues by whoever sets them). */
  escalationRules: readonly EscalationRule[];
}

/** Retrieval and the grounding check over the tenant's published articles (engine/grounding). */
export interface GroundingParts {
  retriever: ArticleRetriever;
  check(answer: string, cited: readonly Passage[], language: string): GroundingVerdict;
  citations(passages: readonly Passage[]): Citation[];
  /** Passages put in front of the model per ticket. Default 6. */
  passagesPerTicket?: number;
}

/** What the model engine decides with, besides the endpoint; replaced as the tenant's settings change. */
export interface ModelEngineParts {
  tenant: ModelTenant;
  /** The tenant's tools (its tool_api settings). */
  toolBox: ToolBox;
  /** The versioned prompt (engine/prompts). */
  prompt: PromptFile;
  /** forbiddenPromises and model.minConfidence are read here. */
  policy: RoutingPolicy;
  /** Null: no articles to answer from (the tools only), and no grounding check. */
  grounding: GroundingParts | null;
  /** Where integration drift is reported; null: only the ticket's escalation tells. */
  health: AiHealthReporter | null;
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
  /** `ran`: it ran (ok, or the tenant's API failed and the model was told). */
  outcome: 'ran' | 'invalid' | 'forbidden' | 'malformed' | 'handoff' | 'drift';
  reason: string | null;
}

export interface OpenAiDecisionReport {
  decision: AiDecision;
  calls: ModelCallRecord[];
  toolCalls: ToolCallRecord[];
  usage: AiUsage;
  /** The passages the answer cites (known ids only), as the agent sees them. */
  citations: Citation[];
  /** The model could not be asked (retries used up, timeouts, refused, rate limit): the decision is not the model's. */
  outage: boolean;
  promptVersion: string;
}

/** `assist`: a person answers (the rules sent it there); the model only writes the summary and draft, no action runs. */
export interface ModelDecideOptions {
  assist?: boolean;
}

export { OpenAiEngine } from './engine.js';
export { TenantRateLimiter, RateLimitExceeded, type RateLimit } from './rate-limiter.js';
export type { RetryPolicy } from './retry.js';
export type {
  GroundingParts,
  ModelCallRecord,
  ModelDecideOptions,
  ModelEngineParts,
  ModelPricing,
  ModelTenant,
  OpenAiDecisionReport,
  OpenAiEngineOptions,
  ToolCallRecord,
} from './types.js';

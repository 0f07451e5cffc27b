export { createOpenAiEngine, OpenAiEngine } from './engine.js';
export { TenantRateLimiter, RateLimitExceeded, type RateLimit } from './rate-limiter.js';
export type { RetryPolicy } from './retry.js';
export type {
  ModelCallRecord,
  ModelPricing,
  OpenAiDecisionReport,
  OpenAiEngineOptions,
  ToolCallRecord,
} from './types.js';

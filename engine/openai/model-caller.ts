/**
 * One model round for a ticket: the per-tenant rate limit, the request timeout, retries with backoff and the
 * ticket's time limit. Every attempt is recorded (tokens and cost included); when the model cannot be asked the
 * round ends in an outage Stop (stop.ts).
 */
import type OpenAI from 'openai';
import { createOpenAiClient, DEFAULT_REQUEST_TIMEOUT_MS } from './client.js';
import { DECISION_RESPONSE_FORMAT } from './decision-output.js';
import { costUsd, pricingFor } from './pricing.js';
import { DEFAULT_RATE_LIMIT, RateLimitExceeded, TenantRateLimiter } from './rate-limiter.js';
import { classify, decideRetry, DEFAULT_RETRY_POLICY, sleep, type RetryPolicy } from './retry.js';
import { outage } from './stop.js';
import type { ModelCallRecord, ModelPricing, OpenAiEngineOptions } from './types.js';

export type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;
type Completion = OpenAI.Chat.Completions.ChatCompletion;

export const DEFAULT_TICKET_DEADLINE_MS = 120_000;

/** One ticket's model calls: where they are recorded and when its time is up. */
export interface TicketCalls {
  tenantId: string;
  calls: ModelCallRecord[];
  /** performance.now() when the ticket started. */
  started: number;
}

export class ModelCaller {
  private readonly client: OpenAI;
  private readonly retry: RetryPolicy;
  private readonly limiter: TenantRateLimiter;
  readonly pricing: ModelPricing;

  constructor(private readonly options: OpenAiEngineOptions) {
    this.client = createOpenAiClient(options);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const rate = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
    this.limiter = options.rateLimiter ?? new TenantRateLimiter(() => rate);
    this.pricing = pricingFor(options.model, options.pricing);
  }

  async call(
    chat: ChatMessage[],
    tools: OpenAI.Chat.Completions.ChatCompletionFunctionTool[],
    round: number,
    ticket: TicketCalls,
  ): Promise<Completion> {
    const { calls } = ticket;
    let waited = 0;
    const limitMs = this.options.ticketDeadlineMs ?? DEFAULT_TICKET_DEADLINE_MS;
    const deadline = ticket.started + limitMs;
    const timeout = this.options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const format = this.options.responseFormat ?? 'json_schema';
    for (let attempt = 1; ; attempt++) {
      if (performance.now() + Math.min(timeout, 1_000) > deadline)
        throw outage(
          `The ticket used up its ${+(limitMs / 1000).toFixed(1)} s for the model without a decision (model calls: ${calls.length}; last: ${calls.at(-1)?.error ?? 'ok'}).`,
        );
      try {
        await this.limiter.acquire(ticket.tenantId);
      } catch (e) {
        if (e instanceof RateLimitExceeded) throw outage(e.message);
        throw e;
      }
      const t0 = performance.now();
      const record = (fields: Pick<ModelCallRecord, 'ok' | 'httpStatus' | 'error'>, p = 0, c = 0) =>
        calls.push({
          round,
          attempt,
          ...fields,
          latencyMs: Math.round(performance.now() - t0),
          promptTokens: p,
          completionTokens: c,
          costUsd: costUsd(this.pricing, p, c),
          waitedMs: waited,
        });
      try {
        const completion = await this.client.chat.completions.create(
          {
            model: this.options.model,
            messages: chat,
            ...(tools.length ? { tools, tool_choice: 'auto' as const } : {}),
            ...(format === 'json_schema'
              ? { response_format: DECISION_RESPONSE_FORMAT }
              : format === 'json_object'
                ? { response_format: { type: 'json_object' as const } }
                : {}),
            temperature: this.options.temperature ?? 0,
          },
          { timeout: Math.max(1, Math.min(timeout, deadline - performance.now())), maxRetries: 0 },
        );
        record(
          { ok: true, httpStatus: 200, error: null },
          completion.usage?.prompt_tokens ?? 0,
          completion.usage?.completion_tokens ?? 0,
        );
        return completion;
      } catch (err) {
        const f = classify(err);
        record({ ok: false, httpStatus: f.httpStatus, error: f.message });
        const next = decideRetry(this.retry, attempt, f);
        if (!next.retry) {
          if (next.why === 'not_retryable')
            throw outage(`The model endpoint refused the request (${f.message}); not retried.`);
          if (next.why === 'attempts_used')
            throw outage(
              `The model endpoint failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${f.message}.`,
            );
          throw outage(
            `The model endpoint asked to retry after ${Math.round((next.retryAfterMs ?? 0) / 1000)} s (${f.message}), longer than the ${Math.round(this.retry.maxRetryAfterMs / 1000)} s the engine waits.`,
          );
        }
        waited = next.waitMs;
        if (performance.now() + waited > deadline)
          throw outage(
            `The model endpoint failed (${f.message}) and the next retry would pass the ticket's time limit.`,
          );
        await sleep(waited);
      }
    }
  }
}

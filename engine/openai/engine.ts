/**
 * The OpenAI-compatible provider. For one ticket:
 *   redact the thread -> chat with tools (each call guarded by the tenant's policy, arguments restored
 *   locally, results redacted) -> structured decision -> restore PII in the reply -> reply guardrails.
 * It never throws and never drops a ticket: any failure (HTTP, timeout, rate limit, malformed output,
 * a forbidden tool call) becomes an escalation that says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type OpenAI from 'openai';
import { boundToolResult, limitToolResults, type AiToolResult } from '../../shared/domain/ai-tool-results.js';
import type { AiDecision, AiUsage } from '../../shared/domain/decision.js';
import { TenantConfigSchema, type EscalationRule } from '../../shared/domain/tenant.js';
import type { EscalationReasonCode } from '../../shared/domain/ticket.js';
import { chooseOwner, validateRuleSet } from '../../shared/escalation-rules.js';
import { createVault, redactDeep, restoreDeep, restorePii, type PiiVault } from '../../shared/pii/index.js';
import { latestCustomerText } from '../customer-text.js';
import type { AiEngine, AiEngineInput } from '../engine.js';
import { ownerQueueIds, type TenantConfiguration } from '../engine-tenant.js';
import { detectLanguage } from '../language-detector.js';
import { createOpenAiClient, DEFAULT_REQUEST_TIMEOUT_MS } from './client.js';
import { DECISION_RESPONSE_FORMAT, parseModelDecision, type ModelDecision } from './decision-output.js';
import { costUsd, pricingFor } from './pricing.js';
import { systemPrompt, threadMessages } from './prompt.js';
import { DEFAULT_RATE_LIMIT, RateLimitExceeded, TenantRateLimiter } from './rate-limiter.js';
import { checkReply } from './reply-check.js';
import { loadRetailPolicy, type RetailPolicy } from './retail-policy.js';
import { RetailStore } from './retail-store.js';
import { loadRetailTools, runRetailTool, type ToolDefinition } from './retail-tools.js';
import { classify, decideRetry, DEFAULT_RETRY_POLICY, sleep, type RetryPolicy } from './retry.js';
import { checkToolCall, HANDOFF_TOOL, isExplicitConfirmation, WRITE_TOOLS, type GuardSession } from './tool-guard.js';
import type {
  ModelCallRecord,
  ModelPricing,
  OpenAiDecisionReport,
  OpenAiEngineOptions,
  ResolvedTenant,
  ToolCallRecord,
} from './types.js';

type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** Ends the ticket's model work with an escalation; `code` and `detail` go to the agent. */
class Stop extends Error {
  constructor(
    readonly code: EscalationReasonCode,
    readonly detail: string,
    readonly draft: string | null = null,
  ) {
    super(detail);
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export class OpenAiEngine implements AiEngine {
  private readonly client: OpenAI;
  private readonly retry: RetryPolicy;
  private readonly limiter: TenantRateLimiter;
  private readonly pricing: ModelPricing;

  constructor(
    private readonly options: OpenAiEngineOptions,
    private tenant: ResolvedTenant,
    /** The tenant's backend; actions change it. */
    readonly store: RetailStore,
    private readonly policy: RetailPolicy,
    private readonly tools: ToolDefinition[],
  ) {
    this.client = createOpenAiClient(options);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const rate = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
    this.limiter = options.rateLimiter ?? new TenantRateLimiter(() => rate);
    this.pricing = pricingFor(options.model, options.pricing);
  }

  /** Replaces the escalation rules, checked against the owner queues `queueIds` (default: the tenant's configured ones). */
  useEscalationRules(
    rules: readonly EscalationRule[],
    queueIds: readonly string[] | null = this.configuredQueueIds(),
  ): void {
    const checked = validateRuleSet(rules, queueIds);
    if (!checked.ok) throw new Error(checked.error.message);
    this.tenant = { ...this.tenant, config: { ...this.tenant.config, escalationRules: [...rules] } };
  }

  /** The queue's rules, checked against its queue settings; its tools and policy stay the tenant's backend's. */
  useConfiguration(configuration: TenantConfiguration): void {
    this.useEscalationRules(configuration.rules, ownerQueueIds(configuration.settings) ?? this.configuredQueueIds());
  }

  private configuredQueueIds(): string[] {
    return this.tenant.config.queues.map((q) => q.id);
  }

  async decide(input: AiEngineInput): Promise<AiDecision> {
    return (await this.decideWithReport(input)).decision;
  }

  async decideWithReport({ ticket, messages }: AiEngineInput): Promise<OpenAiDecisionReport> {
    const started = performance.now();
    const calls: ModelCallRecord[] = [];
    const toolCalls: ToolCallRecord[] = [];
    // What each tool call looked up, for the agent: arguments and results as the model saw them, with the PII
    // placeholders restored locally like the reply's (the ticket already carries this customer's own data).
    // Each is bounded (and so copied) when made: a later action must not change what an earlier lookup showed.
    const toolResults: AiToolResult[] = [];
    const withToolResults = () => (toolResults.length ? { toolResults: limitToolResults(toolResults) } : {});
    const vault = createVault();
    const latest = latestCustomerText(ticket, messages);
    const detected = latest ? detectLanguage(latest, { prior: ticket.language }).language : 'unknown';
    const customerLanguage = detected !== 'unknown' ? detected : ticket.language;
    let intent: string | null = null;
    let language: string | null = customerLanguage;
    let summary: string | null = null;

    const usage = (): AiUsage => ({
      model: this.options.model,
      calls: calls.length,
      promptTokens: calls.reduce((s, c) => s + c.promptTokens, 0),
      completionTokens: calls.reduce((s, c) => s + c.completionTokens, 0),
      costUsd: Math.round(calls.reduce((s, c) => s + c.costUsd, 0) * 1e8) / 1e8,
    });
    const latencyMs = () => Math.round((performance.now() - started) * 100) / 100;
    const escalate = (code: EscalationReasonCode, detail: string, draft: string | null): AiDecision => {
      const rule = chooseOwner(this.tenant.config.escalationRules, {
        reason: code,
        intent,
        language,
        tier: ticket.customer.tier,
      });
      return {
        action: 'escalate',
        language,
        intent,
        confidence: null,
        ownerQueue: rule.ownerQueue,
        escalation: { code, ruleId: rule.id, detail: detail.slice(0, 2000) },
        draft,
        summary: summary ?? `OpenAI provider (${this.options.model}): ${detail}`.slice(0, 2000),
        engine: 'openai',
        latencyMs: latencyMs(),
        usage: usage(),
        ...withToolResults(),
      };
    };

    const store = this.store;
    const fixedUser =
      (ticket.customer.email ? store.userIdByEmail(ticket.customer.email) : null) ??
      (store.user(ticket.customer.id) ? ticket.customer.id : null);
    const session: GuardSession = {
      store,
      policy: this.policy,
      userId: fixedUser,
      userFixedByTicket: fixedUser !== null,
      confirmed: isExplicitConfirmation(latest),
      humanTouched: ticket.humanTouched,
      refundedSoFar: 0,
    };
    const actionsDone = new Set<string>();

    let decision: AiDecision;
    try {
      const chat: ChatMessage[] = [
        { role: 'system', content: systemPrompt(this.tenant.config.name, this.tenant.policyText) },
        ...threadMessages(ticket, messages, vault),
      ];
      let repairs = 0;
      const maxRounds = this.options.maxToolRounds ?? 8;
      const maxRepairs = this.options.maxRepairs ?? 1;
      const repair = (what: string) => {
        repairs++;
        if (repairs > maxRepairs)
          throw new Stop('model_error', `The model produced ${what} ${repairs} times; a person should answer.`);
      };
      let final: ReturnType<typeof parseModelDecision> | null = null;

      for (let round = 1; round <= maxRounds && !final?.ok; round++) {
        const completion = await this.call(chat, round, calls, ticket.tenantId, started);
        const msg = completion.choices[0]?.message;
        if (!msg) throw new Stop('model_error', 'The model returned no choices.');

        const toolCallsHere = msg.tool_calls ?? [];
        if (toolCallsHere.length) {
          chat.push({ role: 'assistant', content: msg.content ?? null, tool_calls: toolCallsHere });
          for (const tc of toolCallsHere) {
            const reply = (content: string) => chat.push({ role: 'tool', tool_call_id: tc.id, content });
            if (tc.type !== 'function') {
              reply('Error: only function tools exist.');
              continue;
            }
            const name = tc.function.name;
            const rawArgs = tc.function.arguments;
            let parsed: unknown;
            try {
              parsed = JSON.parse(rawArgs || '{}');
            } catch {
              parsed = undefined;
            }
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
              toolCalls.push({
                name,
                arguments: rawArgs,
                outcome: 'malformed',
                reason: 'arguments are not a JSON object',
              });
              toolResults.push(
                boundToolResult({
                  name,
                  arguments: {},
                  status: 'failed',
                  result: null,
                  reason: 'The arguments were not a JSON object.',
                }),
              );
              repair('malformed tool arguments');
              reply(
                `Error: the arguments of ${name} were not a valid JSON object. Call ${name} again with valid JSON arguments.`,
              );
              continue;
            }
            const args = restoreDeep(parsed as Record<string, unknown>, vault);
            if (name === HANDOFF_TOOL) {
              toolCalls.push({ name, arguments: rawArgs, outcome: 'handoff', reason: null });
              toolResults.push(boundToolResult({ name, arguments: args, status: 'ok', result: null, reason: null }));
              const why = typeof args.summary === 'string' ? args.summary : 'The model handed the ticket to a human.';
              throw new Stop('no_answer', `The AI handed over to a human: ${why}`);
            }
            const verdict = checkToolCall(name, args, session);
            if (!verdict.ok) {
              toolCalls.push({ name, arguments: rawArgs, outcome: verdict.severity, reason: verdict.reason });
              toolResults.push(
                boundToolResult({ name, arguments: args, status: 'refused', result: null, reason: verdict.reason }),
              );
              if (verdict.severity === 'forbidden') {
                throw new Stop(
                  'model_error',
                  `Guardrail blocked a tool call the policy forbids, so nothing was changed: ${verdict.reason}`,
                );
              }
              reply(`Error: ${verdict.reason}`);
              continue;
            }
            const result = runRetailTool(store, name, args, verdict.difference ?? 0);
            toolCalls.push({ name, arguments: rawArgs, outcome: 'ran', reason: null });
            const failed = typeof result === 'string' && result.startsWith('Error');
            toolResults.push(
              boundToolResult({
                name,
                arguments: args,
                status: failed ? 'failed' : 'ok',
                result: failed ? null : result,
                reason: failed ? result : null,
              }),
            );
            if (
              (name === 'find_user_id_by_email' || name === 'find_user_id_by_name_zip') &&
              typeof result === 'string' &&
              !result.startsWith('Error') &&
              !session.userId
            ) {
              session.userId = result;
            }
            if (WRITE_TOOLS.has(name)) {
              actionsDone.add(name);
              session.refundedSoFar = round2(session.refundedSoFar + (verdict.refund ?? 0));
            }
            reply(JSON.stringify(redactDeep(result, vault)));
          }
          continue;
        }

        final = parseModelDecision(msg.content);
        if (!final.ok) {
          repair('an invalid decision');
          chat.push({ role: 'assistant', content: msg.content ?? '' });
          chat.push({ role: 'user', content: `System: ${final.error}. Answer again with only the JSON decision.` });
        }
      }
      if (!final?.ok) throw new Stop('model_error', `The model did not reach a decision within ${maxRounds} rounds.`);

      const d = final.value;
      intent = d.intent === 'other' ? null : d.intent;
      language = customerLanguage ?? d.language;
      summary = restorePii(d.summary, vault) || null;
      const reply = restorePii(d.reply, vault);
      const resolve = (text: string): AiDecision => ({
        action: 'resolve',
        language,
        intent,
        confidence: null,
        reply: text,
        summary,
        engine: 'openai',
        latencyMs: latencyMs(),
        usage: usage(),
        ...withToolResults(),
      });
      decision = this.finish(d, reply, vault, customerLanguage, actionsDone, ticket.humanTouched, escalate, resolve);
    } catch (err) {
      if (err instanceof Stop) decision = escalate(err.code, err.detail, err.draft);
      else
        decision = escalate(
          'model_error',
          `The OpenAI provider failed: ${err instanceof Error ? err.message : String(err)}`,
          null,
        );
    }
    return { decision, calls, toolCalls, usage: usage() };
  }

  /** Turns the model's decision into the ticket's, after the reply guardrails. */
  private finish(
    d: ModelDecision,
    reply: string,
    vault: PiiVault,
    customerLanguage: string | null,
    actionsDone: Set<string>,
    humanTouched: boolean,
    escalate: (code: EscalationReasonCode, detail: string, draft: string | null) => AiDecision,
    resolve: (reply: string) => AiDecision,
  ): AiDecision {
    const check = checkReply({ reply, customerLanguage, policy: this.policy, actionsDone });
    const held = check.ok ? '' : ` The AI's draft was held: ${check.problem}`;
    const draft = check.ok ? reply : null;
    // A customer who asks for a human gets one at once, whatever else the reply says.
    if (d.customer_asked_for_human) return escalate('human_requested', `The customer asked for a human.${held}`, draft);
    if (d.action === 'escalate')
      return escalate(
        'no_answer',
        restorePii(d.escalation_reason ?? 'The model could not resolve the ticket.', vault) + held,
        draft,
      );
    if (!check.ok) return escalate('model_error', `Reply held by the guardrails: ${check.problem}`, reply);
    if (humanTouched)
      return escalate('human_owned', 'A human already answered this ticket; the AI only drafts.', reply);
    return resolve(reply);
  }

  /** One model round with rate limiting, timeouts and retries; every attempt is recorded. */
  private async call(
    chat: ChatMessage[],
    round: number,
    calls: ModelCallRecord[],
    tenantId: string,
    ticketStarted: number,
  ): Promise<OpenAI.Chat.Completions.ChatCompletion> {
    let waited = 0;
    const deadline = ticketStarted + (this.options.ticketDeadlineMs ?? 120_000);
    const timeout = this.options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const format = this.options.responseFormat ?? 'json_schema';
    for (let attempt = 1; ; attempt++) {
      if (performance.now() + Math.min(timeout, 1_000) > deadline) {
        const budget = +((this.options.ticketDeadlineMs ?? 120_000) / 1000).toFixed(1);
        throw new Stop(
          'model_error',
          `The ticket used up its ${budget} s for the model without a decision (model calls: ${calls.length}; last: ${calls.at(-1)?.error ?? 'ok'}).`,
        );
      }
      try {
        await this.limiter.acquire(tenantId);
      } catch (e) {
        if (e instanceof RateLimitExceeded) throw new Stop('model_error', e.message);
        throw e;
      }
      const t0 = performance.now();
      try {
        const completion = await this.client.chat.completions.create(
          {
            model: this.options.model,
            messages: chat,
            tools: this.tools,
            tool_choice: 'auto',
            ...(format === 'json_schema'
              ? { response_format: DECISION_RESPONSE_FORMAT }
              : format === 'json_object'
                ? { response_format: { type: 'json_object' as const } }
                : {}),
            temperature: this.options.temperature ?? 0,
          },
          { timeout: Math.max(1, Math.min(timeout, deadline - performance.now())), maxRetries: 0 },
        );
        const p = completion.usage?.prompt_tokens ?? 0;
        const c = completion.usage?.completion_tokens ?? 0;
        calls.push({
          round,
          attempt,
          ok: true,
          httpStatus: 200,
          error: null,
          latencyMs: Math.round(performance.now() - t0),
          promptTokens: p,
          completionTokens: c,
          costUsd: costUsd(this.pricing, p, c),
          waitedMs: waited,
        });
        return completion;
      } catch (err) {
        const f = classify(err);
        calls.push({
          round,
          attempt,
          ok: false,
          httpStatus: f.httpStatus,
          error: f.message,
          latencyMs: Math.round(performance.now() - t0),
          promptTokens: 0,
          completionTokens: 0,
          costUsd: 0,
          waitedMs: waited,
        });
        const next = decideRetry(this.retry, attempt, f);
        if (!next.retry) {
          if (next.why === 'not_retryable')
            throw new Stop('model_error', `The model endpoint refused the request (${f.message}); not retried.`);
          if (next.why === 'attempts_used')
            throw new Stop(
              'model_error',
              `The model endpoint failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${f.message}.`,
            );
          throw new Stop(
            'model_error',
            `The model endpoint asked to retry after ${Math.round((next.retryAfterMs ?? 0) / 1000)} s (${f.message}), longer than the ${Math.round(this.retry.maxRetryAfterMs / 1000)} s the engine waits.`,
          );
        }
        waited = next.waitMs;
        if (performance.now() + waited > deadline) {
          throw new Stop(
            'model_error',
            `The model endpoint failed (${f.message}) and the next retry would pass the ticket's time limit.`,
          );
        }
        await sleep(waited);
      }
    }
  }
}

/** Builds the provider for a console or autopilot: loads the tenant's config, policy, tools and backend (its demo data). */
export function createOpenAiEngine(options: OpenAiEngineOptions): OpenAiEngine {
  if (!options.baseURL)
    throw new Error(
      'The OpenAI provider needs a base URL (e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1).',
    );
  if (!options.model) throw new Error('The OpenAI provider needs a model name.');
  const dir = join(options.resourcesDir, 'tenants', options.tenantId);
  const config = TenantConfigSchema.parse(JSON.parse(readFileSync(join(dir, 'tenant.json'), 'utf8')));
  const rules = validateRuleSet(
    config.escalationRules,
    config.queues.map((q) => q.id),
  );
  if (!rules.ok) throw new Error(rules.error.message);
  const tenant: ResolvedTenant = { config, policyText: readFileSync(join(dir, 'policy.md'), 'utf8') };
  return new OpenAiEngine(options, tenant, RetailStore.load(dir), loadRetailPolicy(dir), loadRetailTools(dir));
}

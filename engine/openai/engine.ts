/**
 * The generative model engine, for any tenant (any OpenAI-compatible endpoint). For one ticket:
 *   retrieve the tenant's article passages -> redact the thread -> chat with the tenant's tools (each call through its
 *   ToolBox: the policy guard, then its API, results checked against their schema) -> structured decision (reply,
 *   citations, confidence, a summary for a person) -> restore PII -> reply checks -> grounding check -> the decision.
 * It never throws and never drops a ticket: any failure becomes an escalation that says why; `outage` in the report
 * tells the routed engine when the model itself could not be asked.
 */
import type OpenAI from 'openai';
import type { AiToolResult } from '../../shared/domain/ai-tool-results.js';
import { limitToolResults } from '../../shared/domain/ai-tool-results.js';
import type { AiDecision, AiUsage } from '../../shared/domain/decision.js';
import type { EscalationReasonCode } from '../../shared/domain/ticket.js';
import { chooseOwner, validateRuleSet } from '../../shared/escalation-rules.js';
import { createVault, restorePii, type PiiVault } from '../../shared/pii/index.js';
import { latestCustomerText } from '../customer-text.js';
import type { AiEngine, AiEngineInput } from '../engine.js';
import { ownerQueueIds, type TenantConfiguration } from '../engine-tenant.js';
import { detectLanguage } from '../language-detector.js';
import type { Passage } from '../routing/ports.js';
import { parseModelDecision, summaryText, type ModelDecision } from './decision-output.js';
import { ModelCaller, type ChatMessage, type TicketCalls } from './model-caller.js';
import { systemPrompt, threadMessages } from './prompt.js';
import { checkReply } from './reply-check.js';
import { Stop } from './stop.js';
import { runToolCall } from './tool-runner.js';
import type {
  ModelDecideOptions,
  ModelEngineParts,
  OpenAiDecisionReport,
  OpenAiEngineOptions,
  ToolCallRecord,
} from './types.js';

const DEFAULT_PASSAGES_PER_TICKET = 6;

/** What the model's final answer comes to, before the ticket's decision is built. */
type Outcome =
  | { action: 'resolve'; reply: string }
  | { action: 'escalate'; code: EscalationReasonCode; detail: string; draft: string | null };

export class OpenAiEngine implements AiEngine {
  private readonly caller: ModelCaller;
  private parts: ModelEngineParts;

  constructor(
    private readonly options: OpenAiEngineOptions,
    parts: ModelEngineParts,
    private readonly log: (line: string) => void = () => {},
  ) {
    if (!options.baseURL)
      throw new Error(
        'The OpenAI provider needs a base URL (e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1).',
      );
    if (!options.model) throw new Error('The OpenAI provider needs a model name.');
    this.caller = new ModelCaller(options);
    this.parts = parts;
  }

  get model(): string {
    return this.options.model;
  }

  get promptVersion(): string {
    return this.parts.prompt.version;
  }

  /** Replaces some of what it decides with (the tenant's tools, articles, policy, prompt) for the next tickets. */
  useParts(parts: Partial<ModelEngineParts>): void {
    this.parts = { ...this.parts, ...parts };
  }

  /** The queue's rules, checked against its queue settings (the rest of the configuration is the caller's to map). */
  useConfiguration(configuration: TenantConfiguration): void {
    const checked = validateRuleSet(configuration.rules, ownerQueueIds(configuration.settings));
    if (!checked.ok) throw new Error(checked.error.message);
    this.useParts({ tenant: { ...this.parts.tenant, escalationRules: [...configuration.rules] } });
  }

  async decide(input: AiEngineInput): Promise<AiDecision> {
    return (await this.decideWithReport(input)).decision;
  }

  async decideWithReport(input: AiEngineInput, options: ModelDecideOptions = {}): Promise<OpenAiDecisionReport> {
    const { ticket, messages } = input;
    const parts = this.parts;
    const started = performance.now();
    const ticketCalls: TicketCalls = { tenantId: ticket.tenantId, calls: [], started };
    const { calls } = ticketCalls;
    const toolCalls: ToolCallRecord[] = [];
    // What each tool call looked up, for the agent: arguments and results as the model saw them, PII restored locally.
    const toolResults: AiToolResult[] = [];
    const vault = createVault();
    const latest = latestCustomerText(ticket, messages);
    const detected = latest ? detectLanguage(latest, { prior: ticket.language }).language : 'unknown';
    const customerLanguage = detected !== 'unknown' ? detected : ticket.language;
    const session = parts.toolBox.session({
      ticket,
      latestCustomerText: latest,
      mode: options.assist || input.mode === 'shadow' ? 'shadow' : 'live',
    });
    let model: ModelDecision | null = null;
    let cited: Passage[] = [];

    const usage = (): AiUsage => ({
      model: this.options.model,
      calls: calls.length,
      promptTokens: calls.reduce((s, c) => s + c.promptTokens, 0),
      completionTokens: calls.reduce((s, c) => s + c.completionTokens, 0),
      costUsd: Math.round(calls.reduce((s, c) => s + c.costUsd, 0) * 1e8) / 1e8,
    });
    let outcome: Outcome;
    let outage = false;
    try {
      const passages = parts.grounding
        ? await parts.grounding.retriever.search(latest, {
            language: customerLanguage,
            limit: parts.grounding.passagesPerTicket ?? DEFAULT_PASSAGES_PER_TICKET,
          })
        : [];
      const chat: ChatMessage[] = [
        { role: 'system', content: systemPrompt(parts.prompt, parts.tenant.name, passages) },
        ...threadMessages(ticket, messages, vault),
      ];
      model = await this.converse(chat, ticketCalls, {
        ticketId: ticket.id,
        session,
        vault,
        toolCalls,
        toolResults,
        health: parts.health,
        log: this.log,
      });
      cited = model.citations
        .map((id) => parts.grounding?.retriever.passage(id) ?? null)
        .filter((p): p is Passage => p !== null);
      const anyToolAnswered = toolCalls.some((c) => c.outcome === 'ran' && c.reason === null);
      outcome = this.finish(model, {
        vault,
        customerLanguage,
        actionsDone: session.actionsDone,
        humanTouched: ticket.humanTouched,
        cited,
        anyToolAnswered,
        assist: options.assist === true,
      });
    } catch (err) {
      if (err instanceof Stop) {
        outcome = { action: 'escalate', code: err.code, detail: err.detail, draft: err.draft };
        outage = err.outage;
      } else
        outcome = {
          action: 'escalate',
          code: 'model_error',
          detail: `The OpenAI provider failed: ${err instanceof Error ? err.message : String(err)}`,
          draft: null,
        };
    }

    const language = customerLanguage ?? model?.language ?? null;
    const intent = model?.intent && model.intent !== 'other' ? model.intent.slice(0, 100) : null;
    const summary = model ? restorePii(summaryText(model.summary), vault) : null;
    const common = {
      language,
      intent,
      confidence: model?.confidence ?? null,
      engine: 'openai' as const,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      usage: usage(),
      ...(toolResults.length ? { toolResults: limitToolResults(toolResults) } : {}),
    };
    let decision: AiDecision;
    if (outcome.action === 'resolve') decision = { action: 'resolve', ...common, reply: outcome.reply, summary };
    else {
      const rule = chooseOwner(parts.tenant.escalationRules, {
        reason: outcome.code,
        intent,
        language,
        tier: ticket.customer.tier,
        tags: ticket.tags ?? [],
      });
      decision = {
        action: 'escalate',
        ...common,
        ownerQueue: rule.ownerQueue,
        escalation: { code: outcome.code, ruleId: rule.id, detail: outcome.detail.slice(0, 2000) },
        draft: outcome.draft,
        summary: summary ?? `OpenAI provider (${this.options.model}): ${outcome.detail}`.slice(0, 2000),
      };
    }
    return {
      decision,
      calls,
      toolCalls,
      usage: usage(),
      citations: parts.grounding?.citations(cited) ?? [],
      outage,
      promptVersion: parts.prompt.version,
    };
  }

  /** Rounds of tool calls until the model gives its decision. */
  private async converse(
    chat: ChatMessage[],
    ticketCalls: TicketCalls,
    turn: Omit<Parameters<typeof runToolCall>[1], 'repair'>,
  ): Promise<ModelDecision> {
    let repairs = 0;
    const maxRounds = this.options.maxToolRounds ?? 8;
    const maxRepairs = this.options.maxRepairs ?? 1;
    const repair = (what: string) => {
      repairs++;
      if (repairs > maxRepairs)
        throw new Stop('model_error', `The model produced ${what} ${repairs} times; a person should answer.`);
    };
    const tools = this.parts.toolBox.definitions();
    for (let round = 1; round <= maxRounds; round++) {
      const completion: OpenAI.Chat.Completions.ChatCompletion = await this.caller.call(
        chat,
        tools,
        round,
        ticketCalls,
      );
      const msg = completion.choices[0]?.message;
      if (!msg) throw new Stop('model_error', 'The model returned no choices.');
      const asked = msg.tool_calls ?? [];
      if (asked.length) {
        chat.push({ role: 'assistant', content: msg.content ?? null, tool_calls: asked });
        for (const tc of asked)
          chat.push({ role: 'tool', tool_call_id: tc.id, content: await runToolCall(tc, { ...turn, repair }) });
        continue;
      }
      const final = parseModelDecision(msg.content);
      if (final.ok) return final.value;
      repair('an invalid decision');
      chat.push({ role: 'assistant', content: msg.content ?? '' });
      chat.push({ role: 'user', content: `System: ${final.error}. Answer again with only the JSON decision.` });
    }
    throw new Stop('model_error', `The model did not reach a decision within ${maxRounds} rounds.`);
  }

  /** The model's decision after the reply checks, the grounding check and its own confidence. */
  private finish(
    d: ModelDecision,
    t: {
      vault: PiiVault;
      customerLanguage: string | null;
      actionsDone: ReadonlySet<string>;
      humanTouched: boolean;
      cited: readonly Passage[];
      anyToolAnswered: boolean;
      assist: boolean;
    },
  ): Outcome {
    const { policy, grounding } = this.parts;
    const reply = restorePii(d.reply, t.vault);
    const check = checkReply({
      reply,
      customerLanguage: t.customerLanguage,
      forbiddenPromises: policy.forbiddenPromises,
      actionsDone: t.actionsDone,
    });
    const held = check.ok ? '' : ` The AI's draft was held: ${check.problem}`;
    const draft = check.ok ? reply : null;
    const escalate = (code: EscalationReasonCode, detail: string, withDraft: string | null): Outcome => ({
      action: 'escalate',
      code,
      detail,
      draft: withDraft,
    });
    // A customer who asks for a human gets one at once, whatever else the reply says.
    if (d.customer_asked_for_human) return escalate('human_requested', `The customer asked for a human.${held}`, draft);
    if (d.action === 'escalate')
      return escalate(
        'no_answer',
        restorePii(d.escalation_reason ?? 'The model could not resolve the ticket.', t.vault) + held,
        draft,
      );
    if (!check.ok) return escalate('model_error', `Reply held by the guardrails: ${check.problem}`, reply);
    // An answer from the tools alone (a lookup, an action) rests on the tenant's systems, not its articles.
    if (grounding && (t.cited.length > 0 || !t.anyToolAnswered)) {
      const verdict = grounding.check(reply, t.cited, t.customerLanguage ?? d.language);
      if (!verdict.ok)
        return escalate('ungrounded', `The answer is not supported by the articles it cites: ${verdict.reason}`, reply);
    }
    if (d.confidence < policy.model.minConfidence)
      return escalate(
        'low_confidence',
        `The model was unsure of its answer (${Math.round(d.confidence * 100)}%, below the policy's ${Math.round(policy.model.minConfidence * 100)}%).`,
        reply,
      );
    if (t.humanTouched)
      return escalate('human_owned', 'A human already answered this ticket; the AI only drafts.', reply);
    if (t.assist)
      return escalate('no_answer', 'The model wrote the summary and draft for the person answering.', reply);
    return { action: 'resolve', reply };
  }
}

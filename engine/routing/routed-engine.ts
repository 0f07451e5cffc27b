/**
 * The routed engine (issue 17): per ticket, who answers. The built-in engine decides first (it costs nothing);
 * chooseRoute (shared/routing/choose-route.ts, THE rule) picks its decision, the model, or a person; the model engine
 * answers what is routed to it (resolving, or escalating with its summary and draft) and writes the summary and draft
 * of escalations the policy lets it assist. The month's budget is checked and reserved before every model call; a
 * model that cannot be asked (outage) is routed again as down (whenModelDown). Every decision carries `assist`: the
 * route and why, the model and prompt version asked, the cited passages, and for every escalation suggested macros
 * and articles.
 */
import type { AiAssist, Citation, RouteRecord } from '../../shared/domain/ai-assist.js';
import { MAX_ROUTE_REASON_LENGTH, MAX_SUGGESTIONS } from '../../shared/domain/ai-assist.js';
import type { AiDecision } from '../../shared/domain/decision.js';
import type { EscalationRule } from '../../shared/domain/tenant.js';
import type { EscalationReasonCode } from '../../shared/domain/ticket.js';
import { chooseOwner } from '../../shared/escalation-rules.js';
import { chooseRoute, type BuiltinOutcome, type RouteChoice } from '../../shared/routing/choose-route.js';
import type { RoutingPolicy } from '../../shared/settings/routing-policy.js';
import { routingPolicy } from '../../shared/settings/tenant-settings.js';
import { latestCustomerText } from '../customer-text.js';
import type { AiEngine, AiEngineInput } from '../engine.js';
import type { TenantConfiguration } from '../engine-tenant.js';
import type { OpenAiDecisionReport } from '../openai/types.js';
import type { CostBudget } from './cost-budget.js';
import { ModelCostEstimate } from './model-cost-estimate.js';

/** The model engine as the router uses it (engine/openai/engine.ts OpenAiEngine). */
export interface RoutedModel {
  readonly model: string;
  readonly promptVersion: string;
  decideWithReport(input: AiEngineInput, options?: { assist?: boolean }): Promise<OpenAiDecisionReport>;
  useConfiguration?(configuration: TenantConfiguration): void;
}

/** Macros and articles an agent is offered on an escalation (engine/grounding). */
export interface Suggesters {
  macros(text: string, language: string | null, limit: number): string[];
  articles(text: string, language: string | null, limit: number): Promise<string[]>;
}

/** The suggesters of the grounding layer (its article retriever and macro suggester) as the router asks them. */
export function suggestersOf(
  articles: { suggestArticles(text: string, language: string | null, limit: number): Promise<string[]> },
  macros: { suggest(text: string, language: string | null, limit: number): string[] },
): Suggesters {
  return {
    macros: (text, language, limit) => macros.suggest(text, language, limit),
    articles: (text, language, limit) => articles.suggestArticles(text, language, limit),
  };
}

export interface RoutedEngineOptions {
  /** The built-in engine: decides every ticket first. */
  builtin: AiEngine;
  /** The model engine; null when the tenant has no provider (then the model is never asked). */
  model: RoutedModel | null;
  /** The tenant's configuration in force: its routing policy and escalation rules. */
  configuration: TenantConfiguration;
  /** Null: the spend is not tracked (the budget's state is then ok, unless the budget is 0). */
  budget: CostBudget | null;
  suggest: Suggesters | null;
  /** Given a new configuration once the engines took it (the caller refreshes articles, macros and tools). */
  onConfiguration?: (configuration: TenantConfiguration) => void;
  /** Model cost a ticket is assumed to take before any was measured (US dollars). */
  initialEstimateUsd?: number;
  log?: (line: string) => void;
}

const clip = (reason: string) => reason.slice(0, MAX_ROUTE_REASON_LENGTH);

/** The route taken once the model turned out to be down, its reason led by what failed. */
function withOutage(choice: RouteChoice, report: OpenAiDecisionReport): RouteChoice {
  const failure = report.decision.action === 'escalate' ? `${report.decision.escalation.detail} ` : '';
  return { ...choice, reason: `${failure}${choice.reason}` };
}

/** What chooseRoute needs to know of the built-in engine's decision. */
export function builtinOutcome(decision: AiDecision): BuiltinOutcome {
  return decision.action === 'resolve'
    ? {
        action: 'resolve',
        code: null,
        intent: decision.intent,
        confidence: decision.confidence,
        ownerQueue: null,
        hasAnswer: true,
      }
    : {
        action: 'escalate',
        code: decision.escalation.code,
        intent: decision.intent,
        confidence: decision.confidence,
        ownerQueue: decision.ownerQueue,
        hasAnswer: decision.draft !== null,
      };
}

export class RoutedEngine implements AiEngine {
  private policy: RoutingPolicy;
  private rules: readonly EscalationRule[];
  private readonly estimate: ModelCostEstimate;

  constructor(private readonly options: RoutedEngineOptions) {
    this.policy = routingPolicy(options.configuration.settings);
    this.rules = options.configuration.rules;
    this.estimate = new ModelCostEstimate(options.initialEstimateUsd ?? 0);
  }

  async decide(input: AiEngineInput): Promise<AiDecision> {
    const started = performance.now();
    return this.route(input, await this.options.builtin.decide(input), started);
  }

  async decideNow(input: AiEngineInput): Promise<AiDecision | null> {
    const started = performance.now();
    const builtin = this.options.builtin.decideNow
      ? await this.options.builtin.decideNow(input)
      : await this.options.builtin.decide(input);
    return builtin === null ? null : this.route(input, builtin, started);
  }

  whenReady(): Promise<void> {
    return this.options.builtin.whenReady?.() ?? Promise.resolve();
  }

  useConfiguration(configuration: TenantConfiguration): void {
    this.options.builtin.useConfiguration?.(configuration);
    this.options.model?.useConfiguration?.(configuration);
    this.policy = routingPolicy(configuration.settings);
    this.rules = configuration.rules;
    this.options.onConfiguration?.(configuration);
  }

  private async route(input: AiEngineInput, builtin: AiDecision, started: number): Promise<AiDecision> {
    const policy = this.policy;
    const outcome = builtinOutcome(builtin);
    const model = this.options.model;
    const shadow = input.mode === 'shadow';
    await this.options.budget?.refresh();
    const estimateUsd = this.estimate.usd();
    // Shadow runs ask the model only while the budget is below its warning level: the rest is for live tickets.
    const budgetNow = this.budgetState(estimateUsd);
    const availability = {
      configured: model !== null,
      budget: shadow && budgetNow !== 'ok' ? ('exhausted' as const) : budgetNow,
      up: true,
    };
    let choice = chooseRoute(policy, outcome, availability);
    let report: OpenAiDecisionReport | null = null;
    if (model && (choice.route === 'model' || (choice.route === 'person' && choice.assist))) {
      report = await this.askModel(model, input, estimateUsd, choice.route === 'person');
      // The model could not be asked: routed again as down (a people-first escalation stays as the rules made it).
      if (report.outage) choice = withOutage(chooseRoute(policy, outcome, { ...availability, up: false }), report);
    }
    const asked = report && !report.outage ? report : null;
    const decision = this.decisionFor(choice, builtin, asked, input);
    const routing: RouteRecord = {
      route: decision.action === 'resolve' ? (choice.route === 'model' ? 'model' : 'builtin') : 'person',
      reason: clip(choice.reason),
      // An outage counts as the model skipped: none answered.
      model: asked ? (model?.model ?? null) : null,
      promptVersion: asked ? (model?.promptVersion ?? null) : null,
    };
    const citations: Citation[] = asked?.citations ?? [];
    const assist: AiAssist = {
      routing,
      citations,
      ...(await this.suggestions(decision, input)),
    };
    const usage = report?.usage;
    return {
      ...decision,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      ...(usage ? { usage } : {}),
      assist,
    };
  }

  private budgetState(estimateUsd: number): 'ok' | 'warning' | 'exhausted' {
    const budget = this.options.budget;
    if (budget) return budget.snapshot(estimateUsd).state;
    return this.policy.budget.monthlyUsd === 0 ? 'exhausted' : 'ok';
  }

  private async askModel(
    model: RoutedModel,
    input: AiEngineInput,
    estimateUsd: number,
    assist: boolean,
  ): Promise<OpenAiDecisionReport> {
    const reservation = this.options.budget?.reserve(estimateUsd);
    let spent = 0;
    try {
      const report = await model.decideWithReport(input, { assist });
      spent = report.usage.costUsd;
      if (!report.outage) this.estimate.observe(spent);
      return report;
    } finally {
      if (reservation) this.options.budget?.settle(reservation, spent);
    }
  }

  /** The ticket's decision on the chosen route. */
  private decisionFor(
    choice: RouteChoice,
    builtin: AiDecision,
    model: OpenAiDecisionReport | null,
    input: AiEngineInput,
  ): AiDecision {
    if (choice.route === 'builtin') {
      if (!choice.fallback || builtin.action === 'resolve' || builtin.draft === null) return builtin;
      const { ownerQueue: _owner, escalation: _escalation, draft, ...rest } = builtin;
      return { ...rest, action: 'resolve', reply: draft };
    }
    if (choice.route === 'model') return model?.decision ?? builtin;
    // People answer: the built-in engine's escalation (its code, or the route's), with the model's summary and draft.
    const escalation = builtin.action === 'escalate' ? builtin : null;
    const code = choice.code ?? escalation?.escalation.code ?? 'no_answer';
    const language = escalation?.language ?? builtin.language;
    const owner =
      escalation && choice.code === null
        ? { ownerQueue: escalation.ownerQueue, ruleId: escalation.escalation.ruleId }
        : this.owner(code, builtin, input);
    const detail = escalation && choice.code === null ? escalation.escalation.detail : choice.reason;
    const assisted = model?.decision;
    return {
      action: 'escalate',
      language,
      intent: builtin.intent,
      confidence: builtin.confidence,
      ownerQueue: owner.ownerQueue,
      escalation: { code, ruleId: owner.ruleId, detail: detail.slice(0, 2000) },
      draft: assisted?.action === 'escalate' ? assisted.draft : (escalation?.draft ?? null),
      summary: assisted?.summary ?? builtin.summary,
      engine: assisted ? 'openai' : builtin.engine,
      latencyMs: builtin.latencyMs,
      ...(assisted?.toolResults ? { toolResults: assisted.toolResults } : {}),
    };
  }

  private owner(code: EscalationReasonCode, builtin: AiDecision, input: AiEngineInput) {
    const rule = chooseOwner(this.rules, {
      reason: code,
      intent: builtin.intent,
      language: builtin.language,
      tier: input.ticket.customer.tier,
      tags: input.ticket.tags ?? [],
    });
    return { ownerQueue: rule.ownerQueue, ruleId: rule.id };
  }

  /** Suggested macros and articles for an escalation (none for a resolution): local ranking, no model cost. */
  private async suggestions(decision: AiDecision, input: AiEngineInput) {
    const suggest = this.options.suggest;
    if (decision.action === 'resolve' || !suggest) return { suggestedMacros: [], suggestedArticles: [] };
    const text = latestCustomerText(input.ticket, input.messages);
    const [suggestedArticles, suggestedMacros] = await Promise.all([
      suggest.articles(text, decision.language, MAX_SUGGESTIONS).catch((error: unknown) => {
        this.options.log?.(`Article suggestions failed: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      }),
      Promise.resolve(suggest.macros(text, decision.language, MAX_SUGGESTIONS)),
    ]);
    return { suggestedMacros, suggestedArticles };
  }
}

export function createRoutedEngine(options: RoutedEngineOptions): RoutedEngine {
  return new RoutedEngine(options);
}

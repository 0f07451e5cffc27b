/**
 * The routing policy's preview (issue 17), like the escalation rules' (shared/rules/rules-preview.ts): over the recent
 * tickets a console keeps, with what was recorded of their decisions, which route each would take under the edited
 * policy against the policy in force, and what the month's model use would cost. Who answers is chooseRoute's to say
 * (choose-route.ts); this only rebuilds each ticket's built-in outcome from its record and counts.
 */
import { z } from 'zod';
import { AI_ROUTES, AiRouteSchema, type AiRoute } from '../domain/ai-assist.js';
import type { EscalationReasonCode, Ticket } from '../domain/ticket.js';
import { PREVIEW_DAYS } from '../rules/rules-preview.js';
import type { RoutingPolicy } from '../settings/routing-policy.js';
import { chooseRoute, type BuiltinOutcome, type ModelAvailability } from './choose-route.js';
import { budgetState, type BudgetState } from './model-budget.js';

/** The preview reads the tickets created in the same window as the rules preview. */
export const ROUTING_PREVIEW_DAYS = PREVIEW_DAYS;
export const MAX_ROUTING_PREVIEW_CHANGES = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Codes the routing layer gives after the built-in engine was unsure: the model's doubt, failure, or the budget. */
const AFTER_BUILTIN_CODES: ReadonlySet<EscalationReasonCode> = new Set([
  'ungrounded',
  'integration_drift',
  'budget_exhausted',
  'model_error',
]);

const count = z.number().int().nonnegative();
const usd = z.number().nonnegative();
const RouteCountsSchema = z.record(AiRouteSchema, count);
export type RouteCounts = z.infer<typeof RouteCountsSchema>;

export const RoutingPreviewChangeSchema = z.strictObject({
  ticketId: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  intent: z.string().nullable(),
  before: AiRouteSchema,
  after: AiRouteSchema,
});
export type RoutingPreviewChange = z.infer<typeof RoutingPreviewChangeSchema>;

export const RoutingPreviewSchema = z.strictObject({
  /** The window (ISO): tickets created in it are compared. */
  from: z.string(),
  to: z.string(),
  /** Decided tickets compared; tickets no AI decided yet are counted apart. */
  compared: count,
  undecided: count,
  /** Routes under the policy in force and under the edited one. */
  routes: z.strictObject({ now: RouteCountsSchema, edited: RouteCountsSchema }),
  /** Tickets for people on which the model writes the summary and draft (chooseRoute's `assist`). */
  assisted: z.strictObject({ now: count, edited: count }),
  /** Tickets whose route differs; `moves` counts them by from and to. */
  changed: count,
  moves: z.array(z.strictObject({ from: AiRouteSchema, to: AiRouteSchema, count })),
  /** The changed tickets, newest first, at most MAX_ROUTING_PREVIEW_CHANGES. */
  changes: z.array(RoutingPreviewChangeSchema).max(MAX_ROUTING_PREVIEW_CHANGES),
  cost: z.strictObject({
    /** This month's model spend so far, and where the figure comes from. */
    spentUsd: usd,
    spentFrom: z.enum(['queue', 'cache']),
    /** Recorded model cost per ticket the model was asked about; null while none was recorded. */
    averageModelCostUsd: usd.nullable(),
    costedTickets: count,
    /** Model-routed tickets in a whole month at the window's pace under the edited policy. */
    projectedModelTickets: z.number().nonnegative(),
    /** projectedModelTickets x averageModelCostUsd; null without a recorded cost. */
    estimatedMonthUsd: usd.nullable(),
    /** The edited budget (null: no limit) and where this month's spend leaves it. */
    budgetUsd: usd.nullable(),
    budgetState: z.enum(['ok', 'warning', 'exhausted']),
  }),
});
export type RoutingPreview = z.infer<typeof RoutingPreviewSchema>;

/** What the console knows of a ticket beside the ticket itself, to rebuild the built-in engine's outcome. */
export interface BuiltinContext {
  /** The owner queue the rules in force name for an escalation of this ticket (its own when it has one). */
  ruleOwner: string | null;
  /** Whether a published article answers the ticket's intent in its language. */
  hasArticle: boolean;
  /** The tenant's resolve threshold for the ticket's intent (null: the built-in engine resolves nothing). */
  resolveThreshold: number | null;
}

type RecordedTicket = Pick<
  Ticket,
  'status' | 'escalation' | 'intent' | 'confidence' | 'ownerQueue' | 'aiAssist' | 'modelCostUsd'
>;

/**
 * What the built-in engine made of a decided ticket, from its record: its own resolution stands as one; a resolution
 * the model gave, or the built-in answer sent at the fallback threshold (below the tenant's resolve threshold), was an
 * unsure built-in escalation; an escalation keeps its code unless the routing layer gave it (the model's doubt,
 * failure, the budget), which means the built-in engine was unsure. Null while no AI decided the ticket.
 */
export function builtinOutcomeOf(ticket: RecordedTicket, context: BuiltinContext): BuiltinOutcome | null {
  if (ticket.status === 'new' && !ticket.escalation) return null;
  const route = ticket.aiAssist?.routing.route ?? null;
  const facts = { intent: ticket.intent, confidence: ticket.confidence };
  const unsure = (code: EscalationReasonCode, ownerQueue: string | null): BuiltinOutcome => ({
    action: 'escalate',
    code,
    ...facts,
    ownerQueue,
    hasAnswer: context.hasArticle && code !== 'no_answer',
  });
  if (!ticket.escalation) {
    const belowThreshold = context.resolveThreshold === null || (ticket.confidence ?? 0) < context.resolveThreshold;
    if (route === 'model' || (route === 'builtin' && belowThreshold))
      return unsure('low_confidence', context.ruleOwner);
    return { action: 'resolve', code: null, ...facts, ownerQueue: null, hasAnswer: true };
  }
  const { code } = ticket.escalation;
  const ownerQueue = ticket.ownerQueue ?? context.ruleOwner;
  return unsure(route === 'model' || AFTER_BUILTIN_CODES.has(code) ? 'low_confidence' : code, ownerQueue);
}

export interface PreviewTicket {
  id: string;
  subject: string;
  createdAt: string;
  intent: string | null;
  /** builtinOutcomeOf the ticket; null while undecided. */
  builtin: BuiltinOutcome | null;
  /** The model cost recorded on the ticket (0: none). */
  modelCostUsd: number;
}

export interface RoutingPreviewInput {
  /** The policy in force (routingPolicy of the synced settings). */
  current: RoutingPolicy;
  edited: RoutingPolicy;
  tickets: Iterable<PreviewTicket>;
  /** Whether a model is configured, and up (a lead may preview an outage). The budget comes from `spent`. */
  model: Omit<ModelAvailability, 'budget'>;
  spent: { usd: number; from: 'queue' | 'cache' };
  now: Date;
}

const noRoutes = (): RouteCounts => ({ builtin: 0, model: 0, person: 0 });

/** The window's start: ROUTING_PREVIEW_DAYS before now. */
export function routingPreviewStart(now: Date): Date {
  return new Date(now.getTime() - ROUTING_PREVIEW_DAYS * DAY_MS);
}

function daysInMonth(now: Date): number {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
}

/** Each decided ticket of the window routed by chooseRoute under both policies, the differences and the cost. */
export function routingPreviewOf(input: RoutingPreviewInput): RoutingPreview {
  const { current, edited, now } = input;
  const from = routingPreviewStart(now);
  const availability = (policy: RoutingPolicy): ModelAvailability => ({
    ...input.model,
    budget: budgetState(policy.budget, input.spent.usd),
  });
  const nowModel = availability(current);
  const editedModel = availability(edited);
  const routes = { now: noRoutes(), edited: noRoutes() };
  const assisted = { now: 0, edited: 0 };
  const moves = new Map<string, { from: AiRoute; to: AiRoute; count: number }>();
  const changes: RoutingPreviewChange[] = [];
  let compared = 0;
  let undecided = 0;
  let costed = 0;
  let costSum = 0;
  for (const ticket of input.tickets) {
    const created = Date.parse(ticket.createdAt);
    if (!(created >= from.getTime() && created <= now.getTime())) continue;
    if (ticket.modelCostUsd > 0) {
      costed++;
      costSum += ticket.modelCostUsd;
    }
    if (!ticket.builtin) {
      undecided++;
      continue;
    }
    compared++;
    const before = chooseRoute(current, ticket.builtin, nowModel);
    const after = chooseRoute(edited, ticket.builtin, editedModel);
    routes.now[before.route]++;
    routes.edited[after.route]++;
    if (before.route === 'person' && before.assist) assisted.now++;
    if (after.route === 'person' && after.assist) assisted.edited++;
    if (before.route === after.route) continue;
    const key = `${before.route}>${after.route}`;
    const move = moves.get(key) ?? { from: before.route, to: after.route, count: 0 };
    move.count++;
    moves.set(key, move);
    const { id: ticketId, subject, createdAt, intent } = ticket;
    changes.push({ ticketId, subject, createdAt, intent, before: before.route, after: after.route });
  }
  changes.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.ticketId.localeCompare(b.ticketId));
  const average = costed > 0 ? costSum / costed : null;
  const projected = (routes.edited.model * daysInMonth(now)) / ROUTING_PREVIEW_DAYS;
  return {
    from: from.toISOString(),
    to: now.toISOString(),
    compared,
    undecided,
    routes,
    assisted,
    changed: changes.length,
    moves: [...moves.values()].sort(
      (a, b) => AI_ROUTES.indexOf(a.from) - AI_ROUTES.indexOf(b.from) || b.count - a.count,
    ),
    changes: changes.slice(0, MAX_ROUTING_PREVIEW_CHANGES),
    cost: {
      spentUsd: input.spent.usd,
      spentFrom: input.spent.from,
      averageModelCostUsd: average,
      costedTickets: costed,
      projectedModelTickets: projected,
      estimatedMonthUsd: average === null ? null : average * projected,
      budgetUsd: edited.budget.monthlyUsd,
      budgetState: editedModel.budget satisfies BudgetState,
    },
  };
}

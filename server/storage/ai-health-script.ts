import { z } from 'zod';
import {
  AiHealthEventSchema,
  type AiHealthEvent,
  type AiSpend,
  type StoredAiHealthEvent,
} from '../../shared/api/ai-health-contract.js';
import type { Mutation, MutationOutcome } from '../../shared/api/mutations.js';
import { AI_ROUTES, type AiRoute } from '../../shared/domain/ai-assist.js';
import type { AiDecision } from '../../shared/domain/decision.js';
import { budgetMonth, budgetState, monthStart } from '../../shared/routing/model-budget.js';
import { ROUTING_POLICY_ID, RoutingPolicySchema, type RoutingPolicy } from '../../shared/settings/routing-policy.js';
import { budgetEventId, healthAlert, healthEventId, MAX_HEALTH_EVENTS_KEPT } from '../domain/ai-health.js';
import type { AiHealthEventFilter, AiHealthEventRow } from './ai-health-sql.js';
import type { AiDecisionRecord } from './store-operations.js';
import { perform, type Script } from './store-operations.js';

/**
 * The AI's spend and health events as transaction scripts (the SQL is ai-health-sql.ts): the month's spend summed from
 * ai_decisions, health events stored with the queue's alert and bounds, and the budget event a costly decision writes.
 */

/** What the body column keeps: the event as posted and how many times it was reported. */
const EventBodySchema = z.strictObject({ event: AiHealthEventSchema, count: z.number().int().min(1) });
type EventBody = z.infer<typeof EventBodySchema>;
type BudgetEvent = Extract<AiHealthEvent, { kind: 'budget' }>;

/**
 * What an applied decision's row records of its routing and model use: the route, model and prompt version of its
 * assist (none for a decision made without the routing layer), the tokens and cost of its usage (0 without: the
 * built-in engine), its latency.
 */
export function decisionUse(
  decision: AiDecision,
): Pick<AiDecisionRecord, 'route' | 'model' | 'promptVersion' | 'tokens' | 'costUsd' | 'latencyMs'> {
  const routing = decision.assist?.routing;
  const usage = decision.usage;
  return {
    route: routing?.route ?? null,
    model: routing?.model ?? usage?.model ?? null,
    promptVersion: routing?.promptVersion ?? null,
    tokens: usage ? usage.promptTokens + usage.completionTokens : 0,
    costUsd: usage?.costUsd ?? 0,
    latencyMs: decision.latencyMs,
  };
}

/** The tenant's model use in a calendar month (UTC), by route; one grouped query over the month's decisions. */
export function* monthSpend(tenantId: string, month: string): Script<AiSpend> {
  const rows = yield* perform('routeSpend', tenantId, monthStart(month), monthStart(nextMonth(month)));
  const byRoute = Object.fromEntries(AI_ROUTES.map((route) => [route, { decisions: 0, costUsd: 0, tokens: 0 }])) as {
    [R in AiRoute]: { decisions: number; costUsd: number; tokens: number };
  };
  for (const row of rows) {
    if (!isRoute(row.route)) continue;
    byRoute[row.route] = { decisions: row.decisions, costUsd: row.costUsd, tokens: row.tokens };
  }
  return {
    month,
    spentUsd: rows.reduce((sum, row) => sum + row.costUsd, 0),
    decisions: rows.reduce((sum, row) => sum + row.decisions, 0),
    byRoute,
  };
}

/**
 * Stores a posted event with the queue's alert. An event whose id is stored already (drift of a tool operation reported
 * before in this UTC hour, a month's budget state) raises that event's count instead. Answers the event as stored.
 */
export function* recordHealthEvent(
  tenantId: string,
  event: AiHealthEvent,
  now: Date,
  keep = MAX_HEALTH_EVENTS_KEPT,
): Script<StoredAiHealthEvent> {
  const row = eventRow(healthEventId(event, now), event, now);
  if (yield* insertKept(tenantId, row, keep)) return storedEvent(row);
  const existing = yield* perform('aiHealthEvent', tenantId, row.id, true);
  if (!existing) throw new Error(`The AI health event ${row.id} was neither stored nor found.`);
  const stored = storedEvent(existing);
  const body: EventBody = { event: stored.event, count: (stored.count ?? 1) + 1 };
  yield* perform('updateAiHealthEventBody', tenantId, row.id, JSON.stringify(body));
  return { ...stored, count: body.count };
}

/** The tenant's events, newest first. */
export function* healthEvents(tenantId: string, filter: AiHealthEventFilter): Script<StoredAiHealthEvent[]> {
  return (yield* perform('aiHealthEvents', tenantId, filter)).map(storedEvent);
}

/** The month's budget event as the spend stands now, or null when there is none to write (ok, no budget, or written). */
export function* budgetCrossing(tenantId: string, now: Date): Script<BudgetEvent | null> {
  const policy = yield* savedRoutingPolicy(tenantId);
  const monthlyUsd = policy?.budget.monthlyUsd ?? null;
  if (!policy || monthlyUsd === null) return null;
  const month = budgetMonth(now);
  if (yield* perform('aiHealthEvent', tenantId, budgetEventId(month, 'exhausted'), false)) return null;
  const { spentUsd } = yield* monthSpend(tenantId, month);
  const state = budgetState(policy.budget, spentUsd);
  return state === 'ok' ? null : { kind: 'budget', month, monthlyUsd, spentUsd, state };
}

/** Writes the month's budget event of its state, unless it is written already. */
export function* recordBudgetEvent(tenantId: string, event: BudgetEvent, now: Date): Script<void> {
  yield* insertKept(tenantId, eventRow(budgetEventId(event.month, event.state), event, now), MAX_HEALTH_EVENTS_KEPT);
}

/** Whether a push applied an AI decision that cost something (its spend may have crossed the budget's levels). */
export function appliedModelCost(mutations: readonly Mutation[], results: readonly MutationOutcome[]): boolean {
  const applied = new Set(results.filter((result) => result.status === 'applied').map((result) => result.id));
  return mutations.some(
    (mutation) =>
      mutation.type === 'ai_decision' && applied.has(mutation.id) && decisionUse(mutation.decision).costUsd > 0,
  );
}

function* savedRoutingPolicy(tenantId: string): Script<RoutingPolicy | null> {
  const row = yield* perform('latestSetting', tenantId, 'routing', ROUTING_POLICY_ID);
  if (!row || Boolean(row.deleted) || row.value_json === null) return null;
  const parsed = RoutingPolicySchema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : null;
}

/**
 * Inserts the event and forgets what falls out of the tenant's `keep` latest ones; false (nothing written) when the
 * tenant has an event with its id.
 */
function* insertKept(tenantId: string, row: AiHealthEventRow, keep: number): Script<boolean> {
  if (!(yield* perform('insertAiHealthEvent', tenantId, row))) return false;
  const oldestKept = yield* perform('oldestKeptAiHealthEvent', tenantId, keep);
  if (oldestKept) yield* perform('deleteAiHealthEventsBefore', tenantId, oldestKept.at, oldestKept.id);
  return true;
}

function eventRow(id: string, event: AiHealthEvent, now: Date): AiHealthEventRow {
  const body: EventBody = { event, count: 1 };
  return { id, kind: event.kind, at: now.toISOString(), alert: healthAlert(event), body: JSON.stringify(body) };
}

function storedEvent(row: AiHealthEventRow): StoredAiHealthEvent {
  const body = EventBodySchema.parse(JSON.parse(row.body));
  return {
    id: row.id,
    at: row.at,
    alert: Boolean(row.alert),
    event: body.event,
    ...(body.count > 1 ? { count: body.count } : {}),
  };
}

/** `YYYY-MM` of the month after. */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

function isRoute(route: string | null): route is AiRoute {
  return (AI_ROUTES as readonly (string | null)[]).includes(route);
}

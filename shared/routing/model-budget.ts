/**
 * The tenant's monthly model budget, read one way everywhere (issue 17): the routed engine, the queue's budget alerts
 * and the lead's routing preview. Months are calendar months in UTC.
 */
import type { RoutingPolicy } from '../settings/routing-policy.js';

export type BudgetState = 'ok' | 'warning' | 'exhausted';

/** `YYYY-MM` of an instant, in UTC. */
export function budgetMonth(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** The first instant of that month (ISO, UTC): the spend of a month counts decisions from there. */
export function monthStart(month: string): string {
  return `${month}-01T00:00:00.000Z`;
}

/**
 * Where `spentUsd` (this month's model cost so far, plus what is already committed to calls in flight) leaves the
 * budget: exhausted once the next spend would pass it (a budget of 0 is exhausted at once), warning from `warnAt` of
 * it on. No budget (null): always ok.
 */
export function budgetState(budget: RoutingPolicy['budget'], spentUsd: number): BudgetState {
  if (budget.monthlyUsd === null) return 'ok';
  if (spentUsd >= budget.monthlyUsd) return 'exhausted';
  return spentUsd >= budget.monthlyUsd * budget.warnAt ? 'warning' : 'ok';
}

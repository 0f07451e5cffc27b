import { randomUUID } from 'node:crypto';
import type { AiHealthEvent } from '../../shared/api/ai-health-contract.js';
import type { BudgetState } from '../../shared/routing/model-budget.js';

/**
 * The queue's rules for the AI's health events (issue 17): which need the leads (`alert`), and how many a tenant keeps.
 */

/** A tenant keeps its latest 1,000 events; older ones are forgotten as new ones come (a month of hourly drift and more). */
export const MAX_HEALTH_EVENTS_KEPT = 1_000;

/**
 * Whether leads must act: integration drift and the budget always (a tool answered outside its schema; the month's
 * model budget reached its warning level or ran out); a shadow run when it fell outside the tenant's tolerance.
 */
export function healthAlert(event: AiHealthEvent): boolean {
  if (event.kind !== 'shadow_run') return true;
  return event.agreement < event.minAgreement || event.guardRefusalRate > event.maxGuardRefusalRate;
}

/**
 * The id an event is stored under. Drift of one tool operation is one event per UTC hour (later reports in that hour
 * are counted into it, so a broken API answering every ticket does not push everything else out of the kept 1,000);
 * the budget is one event per month and state (the queue writes it once); every shadow run is its own.
 */
export function healthEventId(event: AiHealthEvent, at: Date): string {
  if (event.kind === 'integration_drift')
    return `drift:${event.toolApiId}:${event.operationId}:${at.toISOString().slice(0, 13)}`;
  if (event.kind === 'budget') return budgetEventId(event.month, event.state);
  return `aih_${randomUUID()}`;
}

export function budgetEventId(month: string, state: Exclude<BudgetState, 'ok'>): string {
  return `budget:${month}:${state}`;
}

import type { AiHealthEvent, AiSpend, StoredAiHealthEvent } from '../../shared/api/ai-health-contract.js';
import type { AiHealthEventFilter } from './ai-health-sql.js';
import { budgetCrossing, healthEvents, monthSpend, recordBudgetEvent, recordHealthEvent } from './ai-health-script.js';
import type { ScriptRunners } from './webhook-store.js';

export type { AiHealthEventFilter };

/** The part of the QueueStore for the AI's month spend and health events (each method one transaction). */
export interface AiHealthStore {
  /** The tenant's model use in the calendar month `YYYY-MM` (UTC), by route. */
  monthSpend(tenantId: string, month: string): Promise<AiSpend>;
  /**
   * Stores a health event with the queue's alert (ai-health-script.ts); the event as stored. The tenant keeps its
   * `keep` latest events (MAX_HEALTH_EVENTS_KEPT; the contract tests pass fewer).
   */
  recordHealthEvent(tenantId: string, event: AiHealthEvent, now: Date, keep?: number): Promise<StoredAiHealthEvent>;
  /**
   * After a push applied a decision that cost something: when the tenant's routing policy has a budget and the month's
   * spend has reached its warning level or used it up, that month's `budget` event of the state is written, once.
   * The sum is read after the push committed, outside its write transaction (a month of decisions is a range read:
   * about 100 ms for 100,000 on SQLite, too long to hold the writers); of two pushes at once, the later to commit reads
   * both, so no crossing is missed, and the event's id per month and state keeps it from being written twice.
   */
  noteModelSpend(tenantId: string, now: Date): Promise<void>;
  /** The tenant's events, newest first. */
  healthEvents(tenantId: string, filter: AiHealthEventFilter): Promise<StoredAiHealthEvent[]>;
}

/** The AiHealthStore over a store's script runners. */
export function aiHealthStore(run: ScriptRunners): AiHealthStore {
  return {
    monthSpend: (tenantId, month) => run.direct(monthSpend(tenantId, month)),
    recordHealthEvent: (tenantId, event, now, keep) => run.write(recordHealthEvent(tenantId, event, now, keep)),
    async noteModelSpend(tenantId, now) {
      const event = await run.snapshot(budgetCrossing(tenantId, now));
      if (event) await run.write(recordBudgetEvent(tenantId, event, now));
    },
    healthEvents: (tenantId, filter) => run.direct(healthEvents(tenantId, filter)),
  };
}

import type { AiHealthEvent, AiSpend, StoredAiHealthEvent } from '../../shared/api/ai-health-contract.js';
import type { AiHealthEventFilter } from './ai-health-sql.js';
import { healthEvents, monthSpend, recordHealthEvent } from './ai-health-script.js';
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
  /** The tenant's events, newest first. */
  healthEvents(tenantId: string, filter: AiHealthEventFilter): Promise<StoredAiHealthEvent[]>;
}

/** The AiHealthStore over a store's script runners. */
export function aiHealthStore(run: ScriptRunners): AiHealthStore {
  return {
    monthSpend: (tenantId, month) => run.direct(monthSpend(tenantId, month)),
    recordHealthEvent: (tenantId, event, now, keep) => run.write(recordHealthEvent(tenantId, event, now, keep)),
    healthEvents: (tenantId, filter) => run.direct(healthEvents(tenantId, filter)),
  };
}

import type { ModelSpendSource } from '../engine/routing/ports.js';
import type { QueueClient } from '../lib/queue-client/queue-client.js';

/**
 * The month's model spend as the queue sums it (GET /v1/ai/spend, the queue's current UTC month): every applied
 * decision of the tenant, whichever autopilot made it. Rejects when the queue cannot answer; the cost budget
 * (engine/routing/cost-budget.ts) keeps its last figure then.
 */
export function queueSpendSource(client: Pick<QueueClient, 'aiSpend'>): ModelSpendSource {
  return {
    async monthToDateUsd() {
      const spend = await client.aiSpend();
      if (!spend.ok) throw new Error(`The month's model spend could not be read: ${spend.error.message}`);
      return spend.value.spentUsd;
    },
  };
}

import type { mergeConsoleMethods, MergeRecord } from '../../../shared/api/merge-contract.js';
import type { Result } from '../../../shared/result.js';
import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import type { ServiceOf } from '../console/forward-to.js';
import { askQueue } from '../console/queue-call.js';

/** What merging asks of the queue. */
export type MergeQueue = Pick<QueueClient, 'mergeTickets' | 'undoMerge'>;

export interface MergeServiceOptions {
  /** The queue; without one both methods answer not_supported. */
  queue?: MergeQueue;
  /** Pulls the feed now (SyncEngine.syncNow), so the cache holds both tickets as the queue has them. */
  syncNow: () => Promise<Result<void>>;
}

/** Said when the queue cannot be reached: a merge is the queue's to make, nothing is queued for later. */
const NEEDS_QUEUE =
  'Merging tickets (and undoing a merge) needs the central queue, which cannot be reached now; try again once the console is online.';

/**
 * The console's merge methods (shared/api/merge-contract.ts): each asks the queue, then pulls the feed so the moved
 * messages and both tickets are in the cache (the sync moves a message whose ticket changed) before it answers.
 */
export function createMergeService(options: MergeServiceOptions): ServiceOf<keyof typeof mergeConsoleMethods> {
  const ask = askQueue(options.queue);
  const thenPull = async (answer: Result<MergeRecord>): Promise<Result<MergeRecord>> => {
    if (answer.ok) await options.syncNow();
    return answer;
  };
  return {
    mergeTickets: async ({ ticketId, into }) =>
      thenPull(await ask(NEEDS_QUEUE, (queue) => queue.mergeTickets(ticketId, into))),
    undoMerge: async ({ mergeId }) => thenPull(await ask(NEEDS_QUEUE, (queue) => queue.undoMerge(mergeId))),
  };
}

import { mergeTickets, undoMerge, type MergeInput, type MergeOutcome, type UndoMergeInput } from './merge-script.js';
import type { ScriptRunners } from './webhook-store.js';

export type { MergeInput, MergeOutcome, UndoMergeInput };

/** The part of the QueueStore for merging tickets (merge-script.ts; each method one write transaction). */
export interface MergeStore {
  mergeTickets(input: MergeInput): Promise<MergeOutcome>;
  undoMerge(input: UndoMergeInput): Promise<MergeOutcome>;
}

export function mergeStore(run: ScriptRunners): MergeStore {
  return {
    mergeTickets: (input) => run.write(mergeTickets(input)),
    undoMerge: (input) => run.write(undoMerge(input)),
  };
}

import { create } from 'zustand';
import type { MergeRecord } from '../../../shared/api/merge-contract.js';

/** The merge this console made last, while it may be undone: the target's ticket view shows its Undo bar. */
export const useLastMerge = create<{ record: MergeRecord | null; set(record: MergeRecord | null): void }>()((set) => ({
  record: null,
  set: (record) => set({ record }),
}));

/** What is left of the undo window at `now`, as m:ss; null once it is over. */
export function undoTimeLeft(record: Pick<MergeRecord, 'undoUntil'>, now: number): string | null {
  const seconds = Math.ceil((Date.parse(record.undoUntil) - now) / 1000);
  if (seconds <= 0) return null;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

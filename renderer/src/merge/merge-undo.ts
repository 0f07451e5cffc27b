import { create } from 'zustand';
import { MergeRecordSchema, type MergeRecord } from '../../../shared/api/merge-contract.js';
import { browserLocalStorage } from '../state/drafts-storage.js';

const LAST_MERGE_KEY = 'switchboard.lastMerge.v1';

/** The merge kept from before a reload or restart, while it may still be undone (else nothing). */
function keptMerge(storage: Storage | null, now: number): MergeRecord | null {
  try {
    const raw = storage?.getItem(LAST_MERGE_KEY);
    if (!raw) return null;
    const record = MergeRecordSchema.safeParse(JSON.parse(raw));
    if (!record.success || record.data.undoneAt !== null || undoTimeLeft(record.data, now) === null) return null;
    return record.data;
  } catch {
    return null;
  }
}

function keepMerge(storage: Storage | null, record: MergeRecord | null): void {
  try {
    if (record === null) storage?.removeItem(LAST_MERGE_KEY);
    else storage?.setItem(LAST_MERGE_KEY, JSON.stringify(record));
  } catch {
    // Quota or disabled storage: the Undo bar lasts as long as this page.
  }
}

/**
 * The merge this console made last, while it may be undone: the target's ticket view shows its Undo bar. Kept in the
 * page's storage, so a reload or a restart within the window still offers the undo.
 */
export const useLastMerge = create<{ record: MergeRecord | null; set(record: MergeRecord | null): void }>()((set) => ({
  record: keptMerge(browserLocalStorage(), Date.now()),
  set: (record) => {
    keepMerge(browserLocalStorage(), record);
    set({ record });
  },
}));

/** What is left of the undo window at `now`, as m:ss; null once it is over. */
export function undoTimeLeft(record: Pick<MergeRecord, 'undoUntil'>, now: number): string | null {
  const seconds = Math.ceil((Date.parse(record.undoUntil) - now) / 1000);
  if (seconds <= 0) return null;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

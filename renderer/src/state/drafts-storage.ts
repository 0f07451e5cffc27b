const DRAFTS_KEY = 'switchboard.drafts.v1';
/** Keeps storage bounded; the most recently edited drafts survive. */
const MAX_DRAFTS = 500;

export type Drafts = Record<string, string>;

export function loadDrafts(storage: Storage | null): Drafts {
  if (!storage) return {};
  try {
    const raw = storage.getItem(DRAFTS_KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const drafts: Drafts = {};
    for (const [id, text] of Object.entries(parsed)) if (typeof text === 'string') drafts[id] = text;
    return drafts;
  } catch {
    return {};
  }
}

export function saveDrafts(storage: Storage | null, drafts: Drafts): void {
  if (!storage) return;
  const entries = Object.entries(drafts);
  const kept = entries.length > MAX_DRAFTS ? entries.slice(entries.length - MAX_DRAFTS) : entries;
  try {
    storage.setItem(DRAFTS_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Quota or disabled storage: the draft stays in memory for this session.
  }
}

export function browserLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

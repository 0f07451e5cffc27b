import { z } from 'zod';
import { InboxFiltersSchema, InboxViewSchema } from '../../../shared/api/console-contract.js';
import { browserLocalStorage } from './drafts-storage.js';

const SAVED_VIEWS_KEY = 'switchboard.savedViews.v1';
export const MAX_SAVED_VIEWS = 9;

export const SavedViewSchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  filters: InboxFiltersSchema,
  view: InboxViewSchema,
});
export type SavedView = z.infer<typeof SavedViewSchema>;

/** The agent's named inbox views, kept on this machine only. Unreadable entries are skipped, not fatal. */
export function loadSavedViews(storage: Storage | null = browserLocalStorage()): SavedView[] {
  if (!storage) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SAVED_VIEWS_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .flatMap((entry) => {
        const view = SavedViewSchema.safeParse(entry);
        return view.success ? [view.data] : [];
      })
      .slice(0, MAX_SAVED_VIEWS);
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a view; the oldest goes when there are more than nine. */
export function saveView(view: SavedView, storage: Storage | null = browserLocalStorage()): SavedView[] {
  const views = [...loadSavedViews(storage).filter((v) => v.name !== view.name), view].slice(-MAX_SAVED_VIEWS);
  try {
    storage?.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    // Quota or disabled storage: the view works for this session only.
  }
  return views;
}

export function deleteView(name: string, storage: Storage | null = browserLocalStorage()): SavedView[] {
  const views = loadSavedViews(storage).filter((v) => v.name !== name);
  try {
    storage?.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    // See saveView.
  }
  return views;
}

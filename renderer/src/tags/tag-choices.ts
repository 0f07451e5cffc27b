import type { TagView } from './tenant-tags.js';

/** Whether a tag is on every ticket the picker acts on, on some of them, or on none. */
export type TagPresence = 'all' | 'some' | 'none';

/** The presence of `tagId` on tickets carrying these tags (one ticket, or the inbox's selection). */
export function tagPresence(ticketsTags: ReadonlyArray<readonly string[] | undefined>, tagId: string): TagPresence {
  const carrying = ticketsTags.filter((tags) => tags?.includes(tagId)).length;
  if (carrying === 0) return 'none';
  return carrying === ticketsTags.length ? 'all' : 'some';
}

/** What Enter on a tag does: a tag on every ticket comes off, else it goes on every ticket. */
export function toggleOf(presence: TagPresence, tagId: string): { add: string[]; remove: string[] } {
  return presence === 'all' ? { add: [], remove: [tagId] } : { add: [tagId], remove: [] };
}

/** The tags whose name or id holds the typed text (case and accents aside), in the catalog's order. */
export function matchingTags(tags: readonly TagView[], text: string): TagView[] {
  const needle = fold(text.trim());
  if (!needle) return [...tags];
  return tags.filter((tag) => fold(tag.name).includes(needle) || fold(tag.id).includes(needle));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase();
}

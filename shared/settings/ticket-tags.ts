import type { SettingEntry } from './tenant-settings.js';

/** One of the tenant's tags: its `tag` setting item's id (what tickets carry) and its value. */
export type TenantTag = Pick<SettingEntry<'tag'>, 'id' | 'value'>;

/** The tags the AI sets on a ticket it classified into `intent`: those whose `aiIntents` name it, in the given order. */
export function aiTagsFor(intent: string | null, tags: readonly TenantTag[]): string[] {
  if (intent === null) return [];
  return tags.filter(({ value }) => value.aiIntents?.includes(intent)).map(({ id }) => id);
}

/** Of the tags an AI decision proposes, those the tenant lets the AI set for the decision's intent, and the others. */
export function aiTagsAllowed(
  proposed: readonly string[],
  intent: string | null,
  tags: readonly TenantTag[],
): { kept: string[]; dropped: string[] } {
  const allowed = new Set(aiTagsFor(intent, tags));
  return {
    kept: proposed.filter((id) => allowed.has(id)),
    dropped: proposed.filter((id) => !allowed.has(id)),
  };
}

/** The ids, of those given, that are none of the tenant's tags. */
export function unknownTagIds(ids: readonly string[], tags: readonly TenantTag[]): string[] {
  const known = new Set(tags.map(({ id }) => id));
  return ids.filter((id) => !known.has(id));
}

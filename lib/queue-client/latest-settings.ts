import { ok, type Result } from '../../shared/result.js';
import { MAX_SETTINGS_PAGE, type StoredSetting } from '../../shared/settings/stored-setting.js';
import type { QueueClient } from './queue-client.js';

/** Pages read at most in one go: a tenant keeps far fewer items than this many full pages. */
const MAX_PAGES = 100;

/** What reads the settings feed (QueueClient does). */
export type SettingsFeed = Pick<QueueClient, 'listSettings'>;

/**
 * Reads every settings page after `after` into `items` (the latest version of each item, keyed kind/id): the new
 * cursor, and whether any item came.
 */
export async function readSettingsAfter(
  feed: SettingsFeed,
  after: number,
  items: Map<string, StoredSetting>,
): Promise<Result<{ cursor: number; moved: boolean }>> {
  let cursor = after;
  let moved = false;
  for (let page = 0; page < MAX_PAGES; page++) {
    const read = await feed.listSettings(cursor, MAX_SETTINGS_PAGE);
    if (!read.ok) return read;
    for (const item of read.value.items) items.set(`${item.kind}/${item.id}`, item);
    moved ||= read.value.items.length > 0;
    cursor = Math.max(cursor, read.value.cursor);
    if (!read.value.hasMore || read.value.items.length === 0) break;
  }
  return ok({ cursor, moved });
}

/** The latest version of every setting of the client's tenant that is not deleted, read page by page. */
export async function latestSettings(client: SettingsFeed): Promise<Result<StoredSetting[]>> {
  const latest = new Map<string, StoredSetting>();
  const read = await readSettingsAfter(client, 0, latest);
  if (!read.ok) return read;
  return ok([...latest.values()].filter((item) => !item.deleted));
}

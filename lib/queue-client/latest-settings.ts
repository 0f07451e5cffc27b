import { ok, type Result } from '../../shared/result.js';
import { MAX_SETTINGS_PAGE, type StoredSetting } from '../../shared/settings/stored-setting.js';
import type { QueueClient } from './queue-client.js';

/** Pages read at most: a tenant keeps far fewer items than this many full pages. */
const MAX_PAGES = 100;

/** The latest version of every setting of the client's tenant that is not deleted, read page by page. */
export async function latestSettings(client: QueueClient): Promise<Result<StoredSetting[]>> {
  const latest = new Map<string, StoredSetting>();
  let after = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const read = await client.listSettings(after, MAX_SETTINGS_PAGE);
    if (!read.ok) return read;
    for (const item of read.value.items) latest.set(`${item.kind}/${item.id}`, item);
    if (!read.value.hasMore) break;
    after = read.value.cursor;
  }
  return ok([...latest.values()].filter((item) => !item.deleted));
}

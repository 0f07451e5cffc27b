import { ArticleSettingSchema } from '../../shared/settings/setting-values.js';
import { MAX_SETTINGS_PAGE, type StoredSetting } from '../../shared/settings/stored-setting.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { refusedJsonInput } from '../json-input-guard.js';
import type { QueueStore } from '../storage/queue-store.js';
import { ImportReport } from './import-report.js';
import type { ArticleReading } from './imported-article.js';

/**
 * Stores imported articles as the tenant's `article` settings, through the store like any save (versioned,
 * audited, synced to consoles). An article imported before from the same source is updated (a new version) when
 * it changed and left alone when not; an article with the same id that was not imported from that source, or that
 * was deleted in Switchboard since, is skipped with the reason, so nothing an admin made is overwritten.
 */
export async function saveImportedArticles(
  store: QueueStore,
  tenantId: string,
  readings: readonly ArticleReading[],
  actor: TokenActor,
  now: () => Date = () => new Date(),
): Promise<ImportReport> {
  const report = new ImportReport('articles');
  const stored = await storedArticles(store, tenantId);
  for (const reading of readings) {
    if (!reading.ok) {
      report.skip({
        where: reading.where,
        ...(reading.externalId ? { externalId: reading.externalId } : {}),
        reason: reading.reason,
      });
      continue;
    }
    const externalId = `${reading.value.source?.system ?? 'import'} ${reading.value.source?.externalId ?? reading.id}`;
    const skip = (reason: string) => report.skip({ where: reading.where, externalId, reason });
    const value = ArticleSettingSchema.safeParse(reading.value);
    if (!value.success) {
      skip(value.error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`).join('; '));
      continue;
    }
    // What an API save would refuse (a NUL, text that is not well-formed Unicode) is refused here too.
    const refused = refusedJsonInput(value.data, { subject: 'The article' });
    if (refused) {
      skip(refused.message);
      continue;
    }
    const current = stored.get(reading.id);
    if (current?.deleted) {
      skip(`article "${reading.id}" was deleted in Switchboard; it is not imported again`);
      continue;
    }
    const currentSource = current ? ArticleSettingSchema.safeParse(current.value).data?.source : undefined;
    if (current && JSON.stringify(currentSource) !== JSON.stringify(value.data.source)) {
      skip(`an article "${reading.id}" exists that was not imported from this source`);
      continue;
    }
    if (current && sameJson(current.value, value.data)) {
      report.counts.unchanged += 1;
      continue;
    }
    const result = await store.saveSetting({
      tenantId,
      kind: 'article',
      id: reading.id,
      baseVersion: current?.version ?? 0,
      value: value.data,
      savedBy: actor.name,
      savedAt: now().toISOString(),
      actor,
    });
    if (result.status === 'stored') {
      report.counts[current ? 'updated' : 'created'] += 1;
      report.counts.parts += Object.keys(value.data.versions).length;
    } else if (result.status === 'conflict')
      skip(`article "${reading.id}" changed while importing; run the import again`);
    else if (result.status === 'refused') skip(result.message);
    else skip(`article "${reading.id}" could not be stored (${result.status})`);
  }
  return report;
}

/** The latest version of each of the tenant's articles (tombstones too), by id. */
async function storedArticles(store: QueueStore, tenantId: string): Promise<Map<string, StoredSetting>> {
  const articles = new Map<string, StoredSetting>();
  for (let after = 0, more = true; more;) {
    const page = await store.listSettings(tenantId, after, MAX_SETTINGS_PAGE);
    for (const item of page.items) if (item.kind === 'article') articles.set(item.id, item);
    after = page.cursor;
    more = page.hasMore;
  }
  return articles;
}

/** Equal as JSON whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  return value;
}

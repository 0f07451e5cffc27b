import type { ArticleSearchHit, ArticleSearchQuery } from '../../../shared/settings/settings-console.js';
import type { SettingKind } from '../../../shared/settings/setting-kinds.js';
import {
  SettingsPageSchema,
  StoredSettingSchema,
  type SettingsPage,
  type StoredSetting,
} from '../../../shared/settings/stored-setting.js';
import {
  emptyTenantSettings,
  sortedById,
  tenantSettingsFrom,
  type SettingEntry,
  type TenantSettings,
} from '../../../shared/settings/tenant-settings.js';
import type { LocalDatabase } from '../store/local-database.js';
import { MetaStore } from '../store/meta-store.js';
import { ArticleIndex } from './article-index.js';

/** Meta keys: the seq to ask the queue after, when a page was last read, and whose settings these are. */
export const SETTINGS_CURSOR_KEY = 'settingsCursor';
export const SETTINGS_SYNCED_AT_KEY = 'settingsSyncedAt';
export const SETTINGS_TENANT_KEY = 'settingsTenant';

/** Told the items that changed, after they are stored. */
export type SettingsListener = (changed: readonly StoredSetting[]) => void;

/**
 * The tenant's settings in the console's local cache: the latest StoredSetting of every (kind, id), tombstones
 * included, and the cursor of the queue's settings feed. Readable offline; filled by sync (`apply`) and by the
 * answers of this console's own saves (`put`).
 */
export class SettingsStore {
  private readonly meta: MetaStore;
  private readonly articles: ArticleIndex;
  private readonly listeners = new Set<SettingsListener>();
  private readonly rowOf;
  private readonly upsert;
  private readonly allRows;
  private readonly clearRows;
  /**
   * Every stored item read once and then kept in step with each change, with what it adds to the settings (its
   * entry, or that it is unreadable): a change re-reads that item only, not thousands of articles.
   */
  private known: Map<string, ReadItem> | null = null;
  /** The settings assembled from `known`, until the next change. */
  private assembled: { settings: TenantSettings; unreadable: StoredSetting[] } | null = null;

  constructor(
    private readonly db: LocalDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.meta = new MetaStore(db);
    this.articles = new ArticleIndex(db);
    this.rowOf = db.prepare<[string, string], { seq: number; json: string }>(
      'SELECT seq, json FROM settings WHERE kind = ? AND id = ?',
    );
    this.upsert = db.prepare(
      'INSERT INTO settings (kind, id, seq, json) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT(kind, id) DO UPDATE SET seq = excluded.seq, json = excluded.json',
    );
    this.allRows = db.prepare<[], { json: string }>('SELECT json FROM settings');
    this.clearRows = ['DELETE FROM settings', 'DELETE FROM article_search', 'DELETE FROM article_versions'].map((sql) =>
      db.prepare(sql),
    );
  }

  /** The seq to ask the queue's settings feed after (0: nothing read yet). */
  cursor(): number {
    return this.meta.getNumber(SETTINGS_CURSOR_KEY, 0);
  }

  /** When a page of the queue's settings was last stored; null before the first. */
  syncedAt(): string | null {
    return this.meta.get(SETTINGS_SYNCED_AT_KEY);
  }

  /** The tenant these settings belong to (set by `forTenant`); null before the first sync. */
  tenantId(): string | null {
    return this.meta.get(SETTINGS_TENANT_KEY);
  }

  /**
   * Makes this the cache of `tenantId`'s settings: when it held another tenant's (the console's token changed
   * tenant), they are dropped with the cursor, so the next sync reads the new tenant's from the start.
   */
  forTenant(tenantId: string): void {
    const previous = this.tenantId();
    if (previous === tenantId) return;
    const dropped = this.all().filter((item) => !item.deleted);
    this.db.transaction(() => {
      for (const statement of this.clearRows) statement.run();
      this.meta.set(SETTINGS_CURSOR_KEY, '0');
      this.meta.set(SETTINGS_TENANT_KEY, tenantId);
      this.db.prepare('DELETE FROM meta WHERE key = ?').run(SETTINGS_SYNCED_AT_KEY);
    })();
    this.forgetRead();
    if (dropped.length > 0) this.notify(dropped);
  }

  /**
   * Stores one page of the queue's settings feed in one transaction: every item newer than the one kept, and the
   * page's cursor. Returns the items that changed. A page that does not match the feed's shape stores nothing.
   */
  apply(page: SettingsPage): StoredSetting[] {
    const checked = SettingsPageSchema.parse(page);
    const changed = this.inTransaction(() => {
      const stored = checked.items.filter((item) => this.store(item));
      if (checked.cursor > this.cursor()) this.meta.set(SETTINGS_CURSOR_KEY, String(checked.cursor));
      this.meta.set(SETTINGS_SYNCED_AT_KEY, this.now().toISOString());
      return stored;
    });
    if (changed.length > 0) this.notify(changed);
    return changed;
  }

  /**
   * Stores one item the queue answered a save or delete with, at once (the cursor stays: the feed still brings
   * anything saved before it). Returns false when a newer version is already kept.
   */
  put(item: StoredSetting): boolean {
    const checked = StoredSettingSchema.parse(item);
    const stored = this.inTransaction(() => this.store(checked));
    if (stored) this.notify([checked]);
    return stored;
  }

  /** The live, readable settings by kind (what the console and its admin screens use). */
  current(): TenantSettings {
    return this.read().settings;
  }

  /** Stored live items whose value their kind's schema no longer accepts (left out of `current`). */
  unreadable(): StoredSetting[] {
    return this.read().unreadable;
  }

  /** The stored version of one item, a tombstone included; null when this cache never saw it. */
  item(kind: SettingKind, id: string): StoredSetting | null {
    const row = this.rowOf.get(kind, id);
    return row ? StoredSettingSchema.parse(JSON.parse(row.json)) : null;
  }

  /** Full-text search over the articles' language versions (published only unless `includeDrafts`). */
  findArticles(query: ArticleSearchQuery): ArticleSearchHit[] {
    return this.articles.search(query, this.current().article);
  }

  /** Calls `listener` with the changed items after every change; returns how to stop. */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `write` in one transaction; when it rolls back, the items read into memory are read again later. */
  private inTransaction<T>(write: () => T): T {
    try {
      return this.db.transaction(write)();
    } catch (error) {
      this.forgetRead();
      throw error;
    }
  }

  /** Drops the items read into memory and the settings assembled from them: the next read reads the table again. */
  private forgetRead(): void {
    this.known = null;
    this.assembled = null;
  }

  private store(item: StoredSetting): boolean {
    const kept = this.rowOf.get(item.kind, item.id);
    if (kept && kept.seq >= item.seq) return false;
    this.upsert.run(item.kind, item.id, item.seq, JSON.stringify(item));
    if (item.kind === 'article') this.articles.replace(item);
    this.known?.set(keyOf(item), readItem(item));
    this.assembled = null;
    return true;
  }

  private all(): StoredSetting[] {
    return this.allRows.all().map((row) => StoredSettingSchema.parse(JSON.parse(row.json)));
  }

  private read(): { settings: TenantSettings; unreadable: StoredSetting[] } {
    this.known ??= new Map(this.all().map((item) => [keyOf(item), readItem(item)]));
    if (this.assembled) return this.assembled;
    const settings = emptyTenantSettings();
    const unreadable: StoredSetting[] = [];
    for (const read of this.known.values()) {
      if (read.entry) (settings[read.kind] as SettingEntry<SettingKind>[]).push(read.entry);
      if (read.unreadable) unreadable.push(read.unreadable);
    }
    this.assembled = { settings: sortedById(settings), unreadable };
    return this.assembled;
  }

  /** Every listener is called even when one throws; the first error is raised after them (the data is stored). */
  private notify(items: readonly StoredSetting[]): void {
    let failure: unknown = null;
    for (const listener of this.listeners) {
      try {
        listener(items);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== null) throw failure;
  }
}

/** One stored item as the settings use it: its live, readable entry, or the item itself when it is unreadable. */
interface ReadItem {
  kind: SettingKind;
  entry: SettingEntry<SettingKind> | null;
  unreadable: StoredSetting | null;
}

const keyOf = (item: Pick<StoredSetting, 'kind' | 'id'>): string => `${item.kind}/${item.id}`;

function readItem(item: StoredSetting): ReadItem {
  const { settings, unreadable } = tenantSettingsFrom([item]);
  return { kind: item.kind, entry: settings[item.kind][0] ?? null, unreadable: unreadable[0] ?? null };
}

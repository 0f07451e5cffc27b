import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/core/settings/settings-store.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import type { SettingKind } from '../../../shared/settings/setting-kinds.js';
import type { ArticleSetting } from '../../../shared/settings/setting-values.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

const dir = tempDirForEachTest('switchboard-settings-store-');
const cacheFile = () => join(dir(), 'console.sqlite');

let nextSeq = 1;
function stored(kind: SettingKind, id: string, value: unknown, version = 1, seq = nextSeq++): StoredSetting {
  return { kind, id, version, value, deleted: false, savedAt: '2026-12-01T10:00:00.000Z', savedBy: 'admin', seq };
}
const tombstone = (of: StoredSetting, seq = nextSeq++): StoredSetting => ({
  ...of,
  version: of.version + 1,
  value: null,
  deleted: true,
  seq,
});
const page = (items: StoredSetting[], hasMore = false) => ({
  items,
  cursor: Math.max(0, ...items.map((item) => item.seq)),
  hasMore,
});

const billing = { name: 'Billing', description: 'Invoices and refunds' };
const article = (status: ArticleSetting['status'], versions: ArticleSetting['versions'], intents = ['refund']) => ({
  status,
  intents,
  versions,
});
/** A stored article answering `refund` (the next seq). */
const articleItem = (id: string, status: ArticleSetting['status'], versions: ArticleSetting['versions'], version = 1) =>
  stored('article', id, article(status, versions), version);

describe('settings store (local cache)', () => {
  it('keeps the latest version of each item and the cursor, across a reopen of the file', () => {
    const file = cacheFile();
    let db = openLocalDatabase(file);
    let store = new SettingsStore(db, () => new Date('2026-12-01T12:00:00.000Z'));
    expect(store.cursor()).toBe(0);
    expect(store.syncedAt()).toBeNull();
    const first = stored('queue', 'billing', billing, 1, 3);
    const second = stored('queue', 'billing', { name: 'Billing & refunds' }, 2, 7);
    const macro = stored('macro', 'greet', { name: 'Greeting', text: 'Hello {{customer.firstName}}' }, 1, 5);
    expect(store.apply(page([first, macro]))).toHaveLength(2);
    expect(store.apply(page([second]))).toEqual([second]);
    db.close();

    db = openLocalDatabase(file);
    store = new SettingsStore(db);
    expect(store.cursor()).toBe(7);
    expect(store.syncedAt()).toBe('2026-12-01T12:00:00.000Z');
    expect(store.current().queue).toEqual([
      { id: 'billing', version: 2, value: { name: 'Billing & refunds' }, savedAt: first.savedAt, savedBy: 'admin' },
    ]);
    expect(store.current().macro.map((entry) => entry.id)).toEqual(['greet']);
    expect(store.item('queue', 'billing')).toEqual(second);
    db.close();
  });

  it('ignores an older version than the one kept (a late page after a save) and never moves the cursor back', () => {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    const saved = stored('queue', 'billing', { name: 'New name' }, 2, 10);
    expect(store.put(saved)).toBe(true);
    expect(store.cursor()).toBe(0);
    expect(store.apply(page([stored('queue', 'billing', billing, 1, 4)]))).toEqual([]);
    expect(store.current().queue[0]?.value).toEqual({ name: 'New name' });
    store.apply(page([stored('tag', 'vip', { name: 'VIP' }, 1, 12)]));
    store.apply({ items: [], cursor: 9, hasMore: false });
    expect(store.cursor()).toBe(12);
    db.close();
  });

  it('drops a deleted item from the settings but keeps its tombstone, and follows each change once read', () => {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    const queue = stored('queue', 'billing', billing);
    store.apply(page([queue, stored('queue', 'shipping', { name: 'Shipping' })]));
    // Read between the changes: the settings follow each change, not only a first read of the file.
    expect(store.current().queue.map((entry) => entry.id)).toEqual(['billing', 'shipping']);
    store.apply(page([tombstone(queue), stored('queue', 'accounts', { name: 'Accounts' })]));
    expect(store.current().queue.map((entry) => entry.id)).toEqual(['accounts', 'shipping']);
    store.put(stored('queue', 'shipping', { title: 'no longer a queue' }, 2));
    expect(store.current().queue.map((entry) => entry.id)).toEqual(['accounts']);
    expect(store.unreadable().map((item) => item.id)).toEqual(['shipping']);
    expect(store.item('queue', 'billing')?.deleted).toBe(true);
    db.close();
  });

  it('leaves out a value its kind no longer accepts, and names it as unreadable', () => {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    const broken = stored('queue', 'broken', { title: 'not a queue' });
    store.apply(page([broken, stored('queue', 'billing', billing)]));
    expect(store.current().queue.map((entry) => entry.id)).toEqual(['billing']);
    expect(store.unreadable()).toEqual([broken]);
    db.close();
  });

  it('stores nothing of a page that does not match the feed (one transaction, checked first)', () => {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    const good = stored('queue', 'billing', billing, 1, 1);
    const bad = { ...stored('queue', 'shipping', { name: 'Shipping' }, 1, 2), kind: 'unknown' };
    expect(() => store.apply({ items: [good, bad as StoredSetting], cursor: 2, hasMore: false })).toThrow();
    expect(store.current().queue).toEqual([]);
    expect(store.cursor()).toBe(0);
    db.close();
  });

  it('tells its listeners what changed, once per page, and nothing for a page that changes nothing', () => {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    const heard: string[][] = [];
    const stop = store.onChange((changed) => heard.push(changed.map((item) => `${item.kind}/${item.id}`)));
    const queue = stored('queue', 'billing', billing);
    store.apply(page([queue, stored('tag', 'vip', { name: 'VIP' })]));
    store.apply(page([queue]));
    store.put(tombstone(queue));
    stop();
    store.apply(page([stored('tag', 'late', { name: 'Late' })]));
    expect(heard).toEqual([['queue/billing', 'tag/vip'], ['queue/billing']]);
    db.close();
  });

  it("drops another tenant's settings and cursor when it becomes the cache of a new tenant", () => {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    store.forTenant('payments');
    store.apply(page([stored('queue', 'billing', billing), articleItem('a', 'published', en)]));
    store.forTenant('payments');
    expect(store.current().queue).toHaveLength(1);
    store.forTenant('retail');
    expect(store.tenantId()).toBe('retail');
    expect(store.cursor()).toBe(0);
    expect(store.syncedAt()).toBeNull();
    expect(store.current().queue).toEqual([]);
    expect(store.findArticles({ text: 'refund' })).toEqual([]);
    db.close();
  });
});

const en = { en: { title: 'How refunds work', body: 'A **refund** reaches your card in 5 days.' } };

describe('article search (local cache, offline)', () => {
  function storeWith(...items: StoredSetting[]) {
    const db = openLocalDatabase(cacheFile());
    const store = new SettingsStore(db);
    store.apply(page(items));
    return { db, store };
  }

  it('finds published versions by title and body words (prefixes too), title matches first, with a snippet', () => {
    const { db, store } = storeWith(
      articleItem('card-delivery', 'published', {
        en: { title: 'Card delivery', body: 'Your card arrives in a week. A refund is not needed.' },
      }),
      articleItem('refunds', 'published', en),
    );
    const hits = store.findArticles({ text: 'refund' });
    expect(hits.map((hit) => hit.articleId)).toEqual(['refunds', 'card-delivery']);
    expect(hits[0]).toEqual({
      articleId: 'refunds',
      language: 'en',
      title: 'How refunds work',
      snippet: 'A refund reaches your card in 5 days.',
      status: 'published',
      intents: ['refund'],
    });
    expect(store.findArticles({ text: 'deliv' }).map((hit) => hit.articleId)).toEqual(['card-delivery']);
    expect(store.findArticles({ text: 'refund week' }).map((hit) => hit.articleId)).toEqual(['card-delivery']);
    expect(store.findArticles({ text: '  "*' })).toEqual([]);
    db.close();
  });

  it('finds drafts only when asked, filters by language and finds Japanese words without spaces', () => {
    const { db, store } = storeWith(
      articleItem('refunds', 'draft', {
        en: { title: 'Refunds', body: 'Refunds take five days.' },
        ja: { title: '返金について', body: '返金は五日以内にカードに戻ります。' },
      }),
    );
    expect(store.findArticles({ text: 'refunds' })).toEqual([]);
    expect(store.findArticles({ text: 'refunds', includeDrafts: true }).map((hit) => hit.language)).toEqual(['en']);
    const japanese = store.findArticles({ text: 'カード', includeDrafts: true, language: 'ja' });
    expect(japanese.map((hit) => [hit.articleId, hit.language, hit.status])).toEqual([['refunds', 'ja', 'draft']]);
    expect(japanese[0]?.snippet).toContain('カード');
    expect(store.findArticles({ text: 'カード', includeDrafts: true, language: 'en' })).toEqual([]);
    db.close();
  });

  it('follows an edited and a deleted article, and returns at most the limit', () => {
    const first = articleItem('refunds', 'published', en);
    const { db, store } = storeWith(
      first,
      ...Array.from({ length: 30 }, (_, i) =>
        articleItem(`faq-${i}`, 'published', { en: { title: `Question ${i}`, body: 'About a refund.' } }),
      ),
    );
    expect(store.findArticles({ text: 'refund' })).toHaveLength(20);
    expect(store.findArticles({ text: 'refund', limit: 50 })).toHaveLength(31);
    store.apply(
      page([
        articleItem(
          'refunds',
          'published',
          { de: { title: 'Rückerstattung', body: 'Das Geld kommt in fünf Tagen.' } },
          2,
        ),
      ]),
    );
    expect(store.findArticles({ text: 'how refunds' })).toEqual([]);
    expect(store.findArticles({ text: 'ruckerstattung' }).map((hit) => hit.title)).toEqual(['Rückerstattung']);
    store.put(tombstone({ ...first, version: 2 }));
    expect(store.findArticles({ text: 'Rückerstattung' })).toEqual([]);
    db.close();
  });
});

import type { ArticleSearchHit, ArticleSearchQuery } from '../../../shared/settings/settings-console.js';
import { MAX_ARTICLE_SEARCH_RESULTS } from '../../../shared/settings/settings-console.js';
import { ArticleSettingSchema } from '../../../shared/settings/setting-values.js';
import type { SettingEntry } from '../../../shared/settings/tenant-settings.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import type { LocalDatabase } from '../store/local-database.js';
import { excerpt, ftsQuery, searchableText } from '../store/search-text.js';

export const DEFAULT_ARTICLE_SEARCH_RESULTS = 20;

/** A title match counts this many times a body match (FTS5 bm25 column weights: title, body). */
const TITLE_WEIGHT = 5;

/**
 * The full-text index of the articles' language versions in the local cache (tables article_versions and
 * article_search): one row per (article, language), kept in step with the stored article by `replace`.
 */
export class ArticleIndex {
  private readonly rowsOf;
  private readonly deleteVersion;
  private readonly deleteText;
  private readonly insertVersion;
  private readonly insertText;
  private readonly searchStatements = new Map<string, ReturnType<LocalDatabase['prepare']>>();

  constructor(private readonly db: LocalDatabase) {
    this.rowsOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM article_versions WHERE article_id = ?');
    this.deleteVersion = db.prepare('DELETE FROM article_versions WHERE rowid = ?');
    this.deleteText = db.prepare('DELETE FROM article_search WHERE rowid = ?');
    this.insertVersion = db.prepare('INSERT INTO article_versions (article_id, language, status) VALUES (?, ?, ?)');
    this.insertText = db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)');
  }

  /** Indexes the article as stored now: its old versions go, a live readable article's versions come in. */
  replace(item: StoredSetting): void {
    for (const { rowid } of this.rowsOf.all(item.id)) {
      this.deleteText.run(rowid);
      this.deleteVersion.run(rowid);
    }
    if (item.deleted) return;
    const parsed = ArticleSettingSchema.safeParse(item.value);
    if (!parsed.success) return;
    for (const [language, version] of Object.entries(parsed.data.versions)) {
      const { lastInsertRowid } = this.insertVersion.run(item.id, language, parsed.data.status);
      this.insertText.run(lastInsertRowid, searchableText(version.title), searchableText(version.body));
    }
  }

  /** Best matches first (title matches weigh more), at most `limit`; the articles' text comes from `articles`. */
  search(query: ArticleSearchQuery, articles: readonly SettingEntry<'article'>[]): ArticleSearchHit[] {
    const match = ftsQuery(query.text);
    if (!match) return [];
    const limit = Math.min(query.limit ?? DEFAULT_ARTICLE_SEARCH_RESULTS, MAX_ARTICLE_SEARCH_RESULTS);
    const rows = this.searchStatement(query).all({
      match,
      language: query.language ?? null,
      limit,
    }) as Array<{ articleId: string; language: string }>;
    const byId = new Map(articles.map((article) => [article.id, article.value]));
    const hits: ArticleSearchHit[] = [];
    for (const row of rows) {
      const article = byId.get(row.articleId);
      const version = article?.versions[row.language];
      if (!article || !version) continue;
      hits.push({
        articleId: row.articleId,
        language: row.language,
        title: version.title,
        snippet: excerpt(plainText(version.body), query.text),
        status: article.status,
        intents: article.intents,
      });
    }
    return hits;
  }

  private searchStatement(query: ArticleSearchQuery) {
    const where = ['article_search MATCH @match'];
    if (!query.includeDrafts) where.push("v.status = 'published'");
    if (query.language) where.push('v.language = @language');
    const sql =
      // CROSS JOIN keeps the full-text index as the outer loop (as the ticket search does).
      `SELECT v.article_id AS articleId, v.language AS language FROM article_search s
         CROSS JOIN article_versions v ON v.rowid = s.rowid
       WHERE ${where.join(' AND ')} ORDER BY bm25(article_search, ${TITLE_WEIGHT}, 1) LIMIT @limit`;
    let statement = this.searchStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.searchStatements.set(sql, statement);
    }
    return statement;
  }
}

/** The Markdown body as the text a reader sees, for a snippet: no heading marks, emphasis, code ticks or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

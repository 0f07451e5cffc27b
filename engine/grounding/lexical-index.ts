/**
 * Full-text ranking in SQLite FTS5 (bm25) over documents in any language. Texts are made into terms by textTerms
 * (the same terms the grounding check compares), so scripts without spaces are searched by character bigrams and
 * accents do not matter; the table's unicode61 tokenizer (diacritics removed) only splits the terms apart again.
 * Customer text never reaches MATCH as syntax: the query is its terms, each quoted, joined by OR.
 */
import Database from 'better-sqlite3';
import { baseLanguage } from '../../shared/i18n/ui-languages.js';
import { textTerms } from './text-terms.js';

export interface LexicalDocument {
  id: string;
  /** The document's language tag, or null when unknown (stop words of every language are left out then). */
  language: string | null;
}

export interface LexicalHit {
  id: string;
  /** bm25 as FTS5 gives it: lower is better; comparable within one index. */
  bm25: number;
}

/** Customer text beyond this many characters is not searched. */
export const MAX_QUERY_LENGTH = 2_000;
/** At most this many distinct terms of a query are searched. */
export const MAX_QUERY_TERMS = 64;
/** At most this many hits of one search. */
export const MAX_HITS = 200;

export interface LexicalIndex {
  /** Indexes these documents instead of the ones before (one transaction). */
  replace(documents: readonly (LexicalDocument & { text: string })[]): void;
  /** Best first; `language` narrows to documents of that base language, undefined searches all. */
  search(text: string, queryLanguage: string | null, limit: number, language?: string): LexicalHit[];
  readonly size: number;
  /** Bytes the index takes in SQLite (pages in use times page size). */
  bytes(): number;
  close(): void;
}

/** The FTS5 query of a customer text: its distinct terms, quoted, OR-ed; null when it has none. */
export function matchQuery(text: string, language: string | null): string | null {
  const terms = [...new Set(textTerms(text.slice(0, MAX_QUERY_LENGTH), language))].slice(0, MAX_QUERY_TERMS);
  return terms.length === 0 ? null : terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
}

/** An index in its own in-memory SQLite database. */
export function createLexicalIndex(): LexicalIndex {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE documents USING fts5(terms, base_language UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare<[number, string, string]>(
    'INSERT INTO documents (rowid, terms, base_language) VALUES (?, ?, ?)',
  );
  const searchAll = db.prepare<[string, number], { rowid: number; rank: number }>(
    'SELECT rowid, rank FROM documents WHERE documents MATCH ? ORDER BY rank LIMIT ?',
  );
  const searchLanguage = db.prepare<[string, string, number], { rowid: number; rank: number }>(
    `SELECT rowid, rank FROM documents
      WHERE documents MATCH ? AND base_language = ? ORDER BY rank LIMIT ?`,
  );
  let ids: string[] = [];

  const replace = db.transaction((documents: readonly (LexicalDocument & { text: string })[]) => {
    db.exec('DELETE FROM documents');
    documents.forEach((document, row) =>
      insert.run(
        row,
        textTerms(document.text, document.language).join(' '),
        document.language ? baseLanguage(document.language) : '',
      ),
    );
  });

  return {
    replace(documents) {
      replace(documents);
      ids = documents.map((document) => document.id);
    },
    search(text, queryLanguage, limit, language) {
      const query = matchQuery(text, queryLanguage);
      const bounded = Math.max(1, Math.min(MAX_HITS, Math.floor(limit)));
      if (query === null) return [];
      const rows =
        language === undefined
          ? searchAll.all(query, bounded)
          : searchLanguage.all(query, baseLanguage(language), bounded);
      return rows.flatMap(({ rowid, rank }) => {
        const id = ids[rowid];
        return id === undefined ? [] : [{ id, bm25: rank }];
      });
    },
    get size() {
      return ids.length;
    },
    bytes() {
      const pages = db.pragma('page_count', { simple: true }) as number;
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      return pages * pageSize;
    },
    close() {
      db.close();
    },
  };
}

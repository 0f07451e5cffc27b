import { createHash } from 'node:crypto';
import type { LocalDatabase } from './local-database.js';

/** sha256 of the source text: the cache key, so identical texts in any ticket share one translation. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Machine translations this console has made, by (source text, target language), kept across restarts. */
export class TranslationCache {
  private readonly getStmt;
  private readonly putStmt;

  constructor(
    private readonly db: LocalDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.getStmt = db.prepare<[string, string], { text: string }>(
      'SELECT text FROM translations WHERE source_hash = ? AND target_language = ?',
    );
    this.putStmt = db.prepare(
      'INSERT INTO translations (source_hash, target_language, text, created_at) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT(source_hash, target_language) DO UPDATE SET text = excluded.text, created_at = excluded.created_at',
    );
  }

  get(source: string, targetLanguage: string): string | null {
    return this.getStmt.get(sourceHash(source), targetLanguage)?.text ?? null;
  }

  /** Stores translations of `sources` (same order) in one transaction. */
  putAll(sources: readonly string[], translations: readonly string[], targetLanguage: string): void {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      sources.forEach((source, i) => {
        const text = translations[i];
        if (text !== undefined) this.putStmt.run(sourceHash(source), targetLanguage, text, at);
      });
    })();
  }
}

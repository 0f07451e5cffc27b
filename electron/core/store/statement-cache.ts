import type { Statement } from 'better-sqlite3';
import type { LocalDatabase } from './local-database.js';

/** Prepares each SQL text once per database and hands back the same statement afterwards. */
export class StatementCache {
  private readonly statements = new Map<string, Statement<unknown[], unknown>>();

  constructor(private readonly db: LocalDatabase) {}

  prepared(sql: string): Statement<unknown[], unknown> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], unknown>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

import type Database from 'better-sqlite3';
import type pg from 'pg';
import { numberedParameters } from './setting-sql.js';
import type { Async } from './store-operations.js';

/**
 * Store operations written once as statements for both engines: each operation's SQL (with SQLite's `?`
 * placeholders) and values from its arguments, and its answer from the rows. SQLite runs them synchronously,
 * PostgreSQL with numbered placeholders and `lock` as FOR UPDATE (email-sql.ts, chat-sql.ts).
 */
export type Rows = Record<string, unknown>[];

export interface SqlStatement {
  sql: string;
  values: unknown[];
  /** Hold the rows read until the transaction ends (an engine that locks rows). */
  lock?: boolean;
}

/** Each operation of `Operations` as one statement. */
export type Statements<Operations> = {
  [K in keyof Operations]: Operations[K] extends (...args: infer A) => infer R
    ? { statement(...args: A): SqlStatement; answer(rows: Rows): R }
    : never;
};

type AnyStatement = { statement(...args: never[]): SqlStatement; answer(rows: Rows): unknown };

/** The statements as SQLite operations (inside the caller's transaction, when it has one). */
export function sqliteStatementOperations<Operations>(
  db: Database.Database,
  statements: Statements<Operations>,
): Operations {
  const entries = Object.entries<AnyStatement>(statements as Record<string, AnyStatement>).map(([name, spec]) => [
    name,
    (...args: never[]) => {
      const { sql, values } = spec.statement(...args);
      const prepared = db.prepare(sql);
      if (!prepared.reader) {
        prepared.run(...values);
        return spec.answer([]);
      }
      return spec.answer(prepared.all(...values) as Rows);
    },
  ]);
  // Each entry answers its operation with the statement's types (Statements<Operations> checks them).
  return Object.fromEntries(entries) as Operations;
}

/** The statements as PostgreSQL operations, on a pooled client inside a transaction (or on the pool). */
export function postgresStatementOperations<Operations>(
  db: pg.Pool | pg.PoolClient,
  statements: Statements<Operations>,
): Async<Operations> {
  const entries = Object.entries<AnyStatement>(statements as Record<string, AnyStatement>).map(([name, spec]) => [
    name,
    async (...args: never[]) => {
      const { sql, values, lock } = spec.statement(...args);
      const result = await db.query<Record<string, unknown>>(
        numberedParameters(sql) + (lock ? ' FOR UPDATE' : ''),
        values,
      );
      return spec.answer(result.rows);
    },
  ]);
  // Each entry answers its operation with the statement's types (Statements<Operations> checks them).
  return Object.fromEntries(entries) as Async<Operations>;
}

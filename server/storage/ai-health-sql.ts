import type { Rows, Statements } from './sql-statements.js';

/** A stored AI health event (schema-steps.ts routingLayerStep: ai_health_events); body is AiHealthEventBody as JSON. */
export interface AiHealthEventRow {
  id: string;
  kind: string;
  at: string;
  /** SQLite 0/1, PostgreSQL a boolean. */
  alert: number | boolean;
  body: string;
}

/** One route's (or no route's: decisions recorded without one) sums over a span of ai_decisions. */
export interface RouteSpendRow {
  route: string | null;
  decisions: number;
  costUsd: number;
  tokens: number;
}

/** Which events to read, newest first. */
export interface AiHealthEventFilter {
  since: string | null;
  kind: string | null;
  limit: number;
}

/** The AI's spend and health events, one statement each for both engines (sql-statements.ts). */
export interface AiHealthOperations {
  /** Sums of the tenant's AI decisions with decided_at in [from, to), by route (index ai_decisions_month). */
  routeSpend(tenantId: string, from: string, to: string): RouteSpendRow[];
  /** `lock`: held until the transaction ends (a write's read; never in a read-only snapshot). */
  aiHealthEvent(tenantId: string, id: string, lock: boolean): AiHealthEventRow | null;
  /** Stores the event unless the tenant has one with its id; whether it did. */
  insertAiHealthEvent(tenantId: string, row: AiHealthEventRow): boolean;
  updateAiHealthEventBody(tenantId: string, id: string, body: string): void;
  aiHealthEvents(tenantId: string, filter: AiHealthEventFilter): AiHealthEventRow[];
  /** The `keep`-th newest event (at, then id), or null when the tenant has fewer. */
  oldestKeptAiHealthEvent(tenantId: string, keep: number): { at: string; id: string } | null;
  /** Forgets the events older than that one (at, then id). */
  deleteAiHealthEventsBefore(tenantId: string, at: string, id: string): void;
}

const EVENT_COLUMNS = 'id, kind, at, alert, body';
const NEWEST_FIRST = 'ORDER BY at DESC, id DESC';
const none = (): void => undefined;

export const AI_HEALTH_STATEMENTS: Statements<AiHealthOperations> = {
  routeSpend: {
    statement: (tenantId, from, to) => ({
      sql: `SELECT route, COUNT(*) AS decisions, COALESCE(SUM(cost_usd), 0) AS cost_usd,
        COALESCE(SUM(tokens), 0) AS tokens FROM ai_decisions
        WHERE tenant_id = ? AND decided_at >= ? AND decided_at < ? GROUP BY route`,
      values: [tenantId, from, to],
    }),
    // PostgreSQL answers counts and bigint sums as text.
    answer: (rows) =>
      rows.map((row) => ({
        route: (row.route as string | null) ?? null,
        decisions: Number(row.decisions),
        costUsd: Number(row.cost_usd),
        tokens: Number(row.tokens),
      })),
  },
  aiHealthEvent: {
    statement: (tenantId, id, lock) => ({
      sql: `SELECT ${EVENT_COLUMNS} FROM ai_health_events WHERE tenant_id = ? AND id = ?`,
      values: [tenantId, id],
      lock,
    }),
    answer: (rows: Rows) => (rows[0] as AiHealthEventRow | undefined) ?? null,
  },
  insertAiHealthEvent: {
    statement: (tenantId, row) => ({
      sql: `INSERT INTO ai_health_events (tenant_id, ${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id`,
      // 0/1 reads as a boolean in PostgreSQL's boolean column too.
      values: [tenantId, row.id, row.kind, row.at, row.alert ? 1 : 0, row.body],
    }),
    answer: (rows) => rows.length === 1,
  },
  updateAiHealthEventBody: {
    statement: (tenantId, id, body) => ({
      sql: 'UPDATE ai_health_events SET body = ? WHERE tenant_id = ? AND id = ?',
      values: [body, tenantId, id],
    }),
    answer: none,
  },
  aiHealthEvents: {
    statement: (tenantId, filter) => ({
      sql: `SELECT ${EVENT_COLUMNS} FROM ai_health_events WHERE tenant_id = ?
        ${filter.since === null ? '' : 'AND at > ?'} ${filter.kind === null ? '' : 'AND kind = ?'}
        ${NEWEST_FIRST} LIMIT ?`,
      values: [
        tenantId,
        ...(filter.since === null ? [] : [filter.since]),
        ...(filter.kind === null ? [] : [filter.kind]),
        filter.limit,
      ],
    }),
    answer: (rows) => rows as unknown as AiHealthEventRow[],
  },
  oldestKeptAiHealthEvent: {
    statement: (tenantId, keep) => ({
      sql: `SELECT at, id FROM ai_health_events WHERE tenant_id = ? ${NEWEST_FIRST} LIMIT 1 OFFSET ?`,
      values: [tenantId, keep - 1],
    }),
    answer: (rows) => (rows[0] as { at: string; id: string } | undefined) ?? null,
  },
  deleteAiHealthEventsBefore: {
    statement: (tenantId, at, id) => ({
      sql: 'DELETE FROM ai_health_events WHERE tenant_id = ? AND (at < ? OR (at = ? AND id < ?))',
      values: [tenantId, at, at, id],
    }),
    answer: none,
  },
};

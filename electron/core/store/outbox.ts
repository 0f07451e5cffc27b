import {
  BOOKKEEPING_MUTATION_TYPES,
  MutationSchema,
  type Mutation,
  type UnnumberedMutation,
} from '../../../shared/api/mutations.js';
import type { LocalDatabase } from './local-database.js';
import type { MetaStore } from './meta-store.js';

const LAST_MUTATION_ID = 'lastMutationId';

/**
 * Changes made on this console, numbered 1, 2, 3... and kept until the queue acknowledges them,
 * across restarts. Numbering and storing happen in one statement sequence inside the caller's transaction.
 */
export class Outbox {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly deleteUpToStmt;
  private readonly deleteAllStmt;
  private readonly countStmt;
  private readonly countAgentChangesStmt;

  constructor(
    db: LocalDatabase,
    private readonly meta: MetaStore,
  ) {
    this.insertStmt = db.prepare('INSERT INTO outbox (id, ticket_id, json) VALUES (?, ?, ?)');
    this.listStmt = db.prepare<[number], { json: string }>('SELECT json FROM outbox ORDER BY id ASC LIMIT ?');
    this.deleteUpToStmt = db.prepare('DELETE FROM outbox WHERE id <= ?');
    this.deleteAllStmt = db.prepare('DELETE FROM outbox');
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox');
    this.countAgentChangesStmt = db.prepare<[], { n: number }>(
      `SELECT COUNT(*) AS n FROM outbox WHERE json_extract(json, '$.type') NOT IN (${BOOKKEEPING_MUTATION_TYPES.map((t) => `'${t}'`).join(', ')})`,
    );
  }

  enqueue(mutation: UnnumberedMutation): Mutation {
    const id = this.meta.getNumber(LAST_MUTATION_ID, 0) + 1;
    const numbered = MutationSchema.parse({ ...mutation, id });
    this.insertStmt.run(id, numbered.ticketId, JSON.stringify(numbered));
    this.meta.set(LAST_MUTATION_ID, String(id));
    return numbered;
  }

  peek(limit: number): Mutation[] {
    return this.listStmt.all(limit).map((row) => MutationSchema.parse(JSON.parse(row.json)));
  }

  /** The queue has applied every mutation up to and including `lastMutationId`. */
  acknowledge(lastMutationId: number): void {
    this.deleteUpToStmt.run(lastMutationId);
  }

  /**
   * Numbers the waiting changes again, in order, from `lastProcessed + 1` on: the queue's count of this
   * console's changes is `lastProcessed` (its database was restored, or this console took a new client id),
   * so it processed none of them, and it refuses ids far past its count. Run inside the caller's transaction.
   */
  renumberAfter(lastProcessed: number): void {
    this.acknowledge(lastProcessed);
    const waiting = this.peek(Number.MAX_SAFE_INTEGER);
    this.deleteAllStmt.run();
    waiting.forEach((mutation, index) => {
      const numbered = { ...mutation, id: lastProcessed + 1 + index };
      this.insertStmt.run(numbered.id, numbered.ticketId, JSON.stringify(numbered));
    });
    this.meta.set(LAST_MUTATION_ID, String(lastProcessed + waiting.length));
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  /** What the person at the console sees as "changes waiting": their actions, not the measurements that ride along. */
  countAgentChanges(): number {
    return this.countAgentChangesStmt.get()?.n ?? 0;
  }
}

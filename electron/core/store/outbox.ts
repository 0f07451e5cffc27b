import {
  BOOKKEEPING_MUTATION_TYPES,
  MutationSchema,
  type Mutation,
  type UnnumberedMutation,
} from '../../../shared/api/mutations.js';
import type { LocalDatabase } from './local-database.js';
import type { MetaStore } from './meta-store.js';

const LAST_MUTATION_ID = 'lastMutationId';

/** Who wrote a waiting change (issue 18): the person signed in at the console then, of their tenant. */
export interface OutboxAuthor {
  tenantId: string;
  userId: string;
  name: string;
}

/** A waiting change and its author (null: written before sign-in existed). */
export interface OutboxEntry {
  mutation: Mutation;
  author: OutboxAuthor | null;
}

/** An outbox row's author columns (a file from before sign-in existed has none). */
export interface OutboxAuthorColumns {
  author_tenant_id: string | null;
  author_user_id: string | null;
  author_name: string | null;
}

interface OutboxRow extends OutboxAuthorColumns {
  json: string;
}

/** The author an outbox row names, or null (written before sign-in existed). */
export function outboxAuthorOf(row: OutboxAuthorColumns): OutboxAuthor | null {
  return row.author_user_id === null
    ? null
    : { tenantId: row.author_tenant_id ?? '', userId: row.author_user_id, name: row.author_name ?? row.author_user_id };
}

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
  private readonly entriesStmt;

  constructor(
    db: LocalDatabase,
    private readonly meta: MetaStore,
  ) {
    this.insertStmt = db.prepare(
      'INSERT INTO outbox (id, ticket_id, json, author_tenant_id, author_user_id, author_name) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.entriesStmt = db.prepare<[number], OutboxRow>(
      'SELECT json, author_tenant_id, author_user_id, author_name FROM outbox ORDER BY id ASC LIMIT ?',
    );
    this.listStmt = db.prepare<[number], { json: string }>('SELECT json FROM outbox ORDER BY id ASC LIMIT ?');
    this.deleteUpToStmt = db.prepare('DELETE FROM outbox WHERE id <= ?');
    this.deleteAllStmt = db.prepare('DELETE FROM outbox');
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox');
    this.countAgentChangesStmt = db.prepare<[], { n: number }>(
      `SELECT COUNT(*) AS n FROM outbox WHERE json_extract(json, '$.type') NOT IN (${BOOKKEEPING_MUTATION_TYPES.map((t) => `'${t}'`).join(', ')})`,
    );
  }

  /** Numbers and stores a change, with who wrote it (null: nobody signed in, as before sign-in existed). */
  enqueue(mutation: UnnumberedMutation, author: OutboxAuthor | null = null): Mutation {
    const id = this.meta.getNumber(LAST_MUTATION_ID, 0) + 1;
    const numbered = MutationSchema.parse({ ...mutation, id });
    this.insert({ mutation: numbered, author });
    this.meta.set(LAST_MUTATION_ID, String(id));
    return numbered;
  }

  peek(limit: number): Mutation[] {
    return this.listStmt.all(limit).map((row) => MutationSchema.parse(JSON.parse(row.json)));
  }

  /** The waiting changes with their authors, oldest first. */
  entries(limit = Number.MAX_SAFE_INTEGER): OutboxEntry[] {
    return this.entriesStmt.all(limit).map((row) => ({
      mutation: MutationSchema.parse(JSON.parse(row.json)),
      author: outboxAuthorOf(row),
    }));
  }

  /**
   * Puts the changes that may be sent now before the held ones (their order kept within each part) and answers how
   * many may be sent: a push sends only from the front, and the queue counts a client's changes by their ids, so a
   * held change must never sit below one that goes out. Run inside the caller's transaction.
   */
  sendableFirst(maySend: (entry: OutboxEntry) => boolean): number {
    const waiting = this.entries();
    const sendable = waiting.filter(maySend);
    const firstHeld = waiting.findIndex((entry) => !maySend(entry));
    const heldBeforeSendable = firstHeld >= 0 && waiting.slice(firstHeld).some(maySend);
    if (heldBeforeSendable) {
      const ids = waiting.map((entry) => entry.mutation.id);
      const reordered = [...sendable, ...waiting.filter((entry) => !maySend(entry))];
      this.deleteAllStmt.run();
      reordered.forEach((entry, index) => this.insert({ ...entry, mutation: { ...entry.mutation, id: ids[index]! } }));
    }
    return sendable.length;
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
    const waiting = this.entries();
    this.deleteAllStmt.run();
    waiting.forEach((entry, index) =>
      this.insert({ ...entry, mutation: { ...entry.mutation, id: lastProcessed + 1 + index } }),
    );
    this.meta.set(LAST_MUTATION_ID, String(lastProcessed + waiting.length));
  }

  private insert({ mutation, author }: OutboxEntry): void {
    this.insertStmt.run(
      mutation.id,
      mutation.ticketId,
      JSON.stringify(mutation),
      author?.tenantId ?? null,
      author?.userId ?? null,
      author?.name ?? null,
    );
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  /** What the person at the console sees as "changes waiting": their actions, not the measurements that ride along. */
  countAgentChanges(): number {
    return this.countAgentChangesStmt.get()?.n ?? 0;
  }
}

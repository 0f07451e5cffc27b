import type { SettingKind } from '../../shared/settings/setting-kinds.js';
import type { Message, Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type { AuditHead, AuditRecord } from '../audit/audit-chain.js';
import type { TicketHandling } from '../domain/mutation-plan.js';
import type { ClientCounter } from '../domain/push-admission.js';
import type { AiHealthOperations } from './ai-health-sql.js';
import type { AuditRow } from './audit-rows.js';
import type { ChatOperations } from './chat-sql.js';
import type { EmailOperations } from './email-operations.js';
import type { IdentityOperations } from './identity-sql.js';
import type { MergeOperations } from './merge-sql.js';
import type { WebhookOperations } from './webhook-operations.js';
import type { ImportOperations } from './import-operations.js';
import type { AuditRangeQuery, TenantRecord } from './queue-store.js';
import type { RuleSetRow } from './rule-set-rows.js';
import type { SettingRow } from './setting-rows.js';
import type { MessageRow, TicketRow } from './ticket-rows.js';

/**
 * What a queue engine does with its SQL: each operation is one statement (or a few, always together).
 * Everything else a store does (which operations, in which order, in which transaction, and what the rows
 * mean) is written once, as transaction scripts (ticket-scripts.ts, push-script.ts, audit-append.ts,
 * scripted-queue-store.ts) that ask for these operations as data; SQLite answers them synchronously
 * (sqlite-operations.ts), PostgreSQL asynchronously (postgres-operations.ts). `lock` asks an engine that
 * locks rows to hold the row until the transaction ends.
 */
export interface TenantOperations {
  /** The tenant and its changes-feed counter (at 0). */
  insertTenant(tenant: TenantRecord, at: string): void;
  tenant(tenantId: string): TenantRecord | null;
  latestRuleSet(tenantId: string): RuleSetRow | undefined;
  insertRuleSet(tenantId: string, row: RuleSetRow): void;
}

/** Tenant settings: every version of every item in tenant_settings (the SQL is in setting-sql.ts). */
export interface SettingOperations {
  /** Takes the tenant's settings lock until the transaction ends (an engine that locks rows; else it only makes the counter). */
  lockSettings(tenantId: string): void;
  /** The tenant's next settings seq, under lockSettings. */
  nextSettingSeq(tenantId: string): number;
  /** The item's latest version (a tombstone too), or null when it was never saved. */
  latestSetting(tenantId: string, kind: SettingKind, id: string): SettingRow | null;
  /** The latest version of each item whose latest version has a seq after `afterSeq`, by seq, at most `limit`. */
  settingsChangedAfter(tenantId: string, afterSeq: number, limit: number): SettingRow[];
  /** The live (not deleted) items of a kind, latest versions, by id. */
  liveSettings(tenantId: string, kind: SettingKind): SettingRow[];
  liveSettingCount(tenantId: string, kind: SettingKind): number;
  insertSetting(tenantId: string, row: SettingRow): void;
}

export interface TicketOperations {
  /** Takes the tenant's feed lock until the transaction ends (see postgres-queue-store.ts); a no-op where writes are serial. */
  lockFeed(tenantId: string): void;
  /** The tenant's next changes-feed number. */
  nextSeq(tenantId: string): number;
  ticketRow(tenantId: string, ticketId: string, lock: boolean): TicketRow | null;
  /** The tenant's tickets (of one status, when given), latest change first. */
  latestTickets(tenantId: string, status: TicketStatus | undefined, limit: number): TicketRow[];
  /** The messages of these tickets in time order (then by seq): a merge moves older messages to a higher seq. */
  messageRows(tenantId: string, ticketIds: readonly string[]): MessageRow[];
  messageExists(tenantId: string, messageId: string): boolean;
  /** The ticket an earlier intake with this idempotency key made, or null. */
  intakeKeyTicket(tenantId: string, idempotencyKey: string): string | null;
  insertTicket(ticket: Ticket): void;
  insertIntakeKey(tenantId: string, idempotencyKey: string, ticketId: string): void;
  insertMessage(tenantId: string, message: Message): void;
  /** Writes the ticket's changeable columns (claim and handling columns apart). */
  updateTicket(ticket: Ticket): void;
  clearClaim(tenantId: string, ticketId: string): void;
  recordAiDecision(decision: AiDecisionRecord): void;
  recordHandling(tenantId: string, ticketId: string, handling: TicketHandling): void;
  /** Claims up to `limit` new tickets with no live lease, oldest first, with who held each before. */
  claimRows(claim: ClaimRequest): ClaimedRow[];
  setLease(tenantId: string, ticketId: string, leaseUntil: number): void;
}

export interface FeedOperations {
  /** Up to `limit` seqs after `since` of the tenant's rows of one table, ascending. */
  feedSeqs(table: 'tickets' | 'messages', tenantId: string, since: number, limit: number): number[];
  feedTickets(tenantId: string, since: number, upTo: number): TicketRow[];
  feedMessages(tenantId: string, since: number, upTo: number): MessageRow[];
  /** The highest seq among the tenant's tickets and messages (0 when none). */
  cursor(tenantId: string): number;
  /** The client's counter for a push (an engine that locks rows creates and locks it here), or null. */
  pushCounter(tenantId: string, clientId: string, principal: string): ClientCounter | null;
  pullCounter(tenantId: string, clientId: string): ClientCounter | null;
  saveCounter(tenantId: string, clientId: string, lastMutationId: number, principal: string): void;
  statusCounts(tenantId: string): { status: TicketStatus; count: number | string }[];
  decisionCounts(tenantId: string): { action: string; count: number | string }[];
  ticketsDecidedMoreThanOnce(tenantId: string): number;
  /** New tickets per tenant, tenants with none left out. */
  newTicketCounts(): { tenant_id: string; count: number }[];
}

export interface AuditOperations {
  auditHead(lock: boolean): AuditHead;
  insertAuditRecord(record: AuditRecord): void;
  setAuditHead(head: AuditHead): void;
  auditPage(afterSeq: number, limit: number): AuditRow[];
  ticketAudit(tenantId: string, ticketId: string): AuditRow[];
  auditRange(query: AuditRangeQuery): AuditRow[];
}

export type StoreOperations = TenantOperations &
  SettingOperations &
  TicketOperations &
  FeedOperations &
  AuditOperations &
  ImportOperations &
  EmailOperations &
  ChatOperations &
  WebhookOperations &
  AiHealthOperations &
  IdentityOperations &
  MergeOperations;

export interface AiDecisionRecord {
  tenantId: string;
  ticketId: string;
  clientId: string;
  mutationId: number;
  action: string;
  decidedAt: string;
  /** The routing layer's route (the decision's assist); null for a decision recorded without one. */
  route: string | null;
  /** The model asked (assist's, else usage's), or null. */
  model: string | null;
  promptVersion: string | null;
  /** Prompt and completion tokens; 0 when no model was asked. */
  tokens: number;
  costUsd: number;
  latencyMs: number;
}

export interface ClaimRequest {
  tenantId: string;
  workerId: string;
  /** Epoch milliseconds: leases ending by then are over. */
  nowMs: number;
  leaseUntil: number;
  limit: number;
}

export interface ClaimedRow {
  row: TicketRow;
  previousHolder: string | null;
}

/** The same operations answered by a promise (an engine with a network round trip). */
export type Async<Operations> = {
  [K in keyof Operations]: Operations[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

type OperationName = keyof StoreOperations;
type Args<K extends OperationName> = Parameters<StoreOperations[K]>;
type Result<K extends OperationName> = ReturnType<StoreOperations[K]>;

/** One operation asked for, as data. */
export type Step = { [K in OperationName]: { operation: K; args: Args<K> } }[OperationName];

/** A transaction's steps: yields the operations it needs and gets each one's result back; returns the answer. */
export type Script<T> = Generator<Step, T, unknown>;

/** Asks the engine running the script for one operation: `const row = yield* perform('ticketRow', tenant, id, true)`. */
export function* perform<K extends OperationName>(operation: K, ...args: Args<K>): Script<Result<K>> {
  // The engine answers `operation` with its StoreOperations[K] (runScript, runScriptAsync), so the result has its type.
  return (yield { operation, args } as Step) as Result<K>;
}

/** Runs a script against an engine that answers at once (inside the engine's transaction, when it needs one). */
export function runScript<T>(script: Script<T>, operations: StoreOperations): T {
  let next = script.next();
  while (!next.done) {
    const step = next.value;
    let result: unknown;
    try {
      result = answer(operations, step);
    } catch (error) {
      // The script sees the engine's error where it asked (and so may clean up), then it goes on up.
      next = script.throw(error);
      continue;
    }
    next = script.next(result);
  }
  return next.value;
}

/** Runs a script against an engine that answers with promises, one operation after the other. */
export function runScriptAsync<T>(script: Script<T>, operations: Async<StoreOperations>): Promise<T> {
  const resume = (next: IteratorResult<Step, T>): Promise<T> =>
    next.done
      ? Promise.resolve(next.value)
      : Promise.resolve(answer(operations, next.value)).then(
          (result) => resume(script.next(result)),
          (error: unknown) => resume(script.throw(error)),
        );
  return resume(script.next());
}

function answer(operations: StoreOperations | Async<StoreOperations>, step: Step): unknown {
  const run = operations[step.operation] as (...args: readonly unknown[]) => unknown;
  return run.apply(operations, step.args);
}

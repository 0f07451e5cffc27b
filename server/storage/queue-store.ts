import type { ChangesResponse, OwnerQueue, Role, TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { Mutation, PushResponse } from '../../shared/api/mutations.js';
import type { Customer, EmailMeta, Message, Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type { StoredRuleSet } from '../../shared/rules/rule-set.js';
import type { SaveRuleSetInput, SaveRuleSetResult } from './rule-set-rows.js';
import type { SettingsPage, StoredSetting } from '../../shared/settings/stored-setting.js';
import type { SettingKind } from '../../shared/settings/setting-kinds.js';
import type { SaveSettingInput, SettingKey, SettingWriteResult } from './setting-rows.js';
import type { AuditHead, AuditRecord } from '../audit/audit-chain.js';
import type { TokenActor } from '../audit/audit-entries.js';
import type { ImportTicketResult, ImportTicketsInput } from '../domain/ticket-import.js';
import type { AiHealthStore } from './ai-health-store.js';
import type { IdentityStore } from './identity-store.js';
import type { ApiToken } from '../../shared/api/identity-contract.js';
import type { ChatStore } from './chat-store.js';
import type { MergeStore } from './merge-store.js';
import type { EmailStore } from './email-store.js';
import type { WebhookStore } from './webhook-store.js';

/**
 * Storage behind the central queue. Every method is scoped by tenant: a ticket of another tenant
 * behaves exactly like a ticket that does not exist. Every write happens in one transaction.
 * Methods are async so an engine with a network round trip (PostgreSQL) fits the same shape;
 * test/integration/queue/store-contract.ts is the suite every engine must pass.
 */
export interface QueueStore extends EmailStore {
  /** The chat widget's sessions, messages and conversations (chat-store.ts). */
  readonly chat: ChatStore;
  /** Webhooks, the generic channel and signing secrets (webhook-store.ts). */
  readonly webhooks: WebhookStore;
  /** The AI's month spend and health events (ai-health-store.ts). */
  readonly aiHealth: AiHealthStore;
  /** People, sessions and API tokens (identity-store.ts): authentication reads them on every request. */
  readonly identity: IdentityStore;
  /** Merging two tickets of a customer and undoing it (merge-store.ts). */
  readonly merges: MergeStore;
  /** Creates a tenant and its first tokens together (not audited: the operator's set-up). Throws if the tenant exists. */
  createTenant(tenant: TenantRecord, tokens: readonly NewToken[]): Promise<void>;
  getTenant(tenantId: string): Promise<TenantRecord | null>;
  /** Adds API tokens to a tenant (the operator's and the demo's set-up; admins use identity.createApiToken). */
  addTokens(tenantId: string, tokens: readonly NewToken[]): Promise<void>;
  /** The tenant's tokens with their stored hashes, revoked ones included, oldest first (the operator's `token list`). */
  listTokens(tenantId: string): Promise<TokenListing[]>;
  /** Adds an owner queue (a `queue` setting) to a tenant. Throws if the tenant already has a live queue with that id. */
  createOwnerQueue(tenantId: string, queue: OwnerQueue): Promise<void>;
  /** The tenant's owner queues (its live `queue` settings), by id. */
  listOwnerQueues(tenantId: string): Promise<OwnerQueue[]>;
  /** The latest version of each setting changed after `afterSeq` (tombstones too), at most `limit`, in seq order. */
  listSettings(tenantId: string, afterSeq: number, limit: number): Promise<SettingsPage>;
  /** One item's latest version while it is live (e.g. the tenant's sign_in policy); null when deleted or never saved. */
  liveSetting(tenantId: string, kind: SettingKind, id: string): Promise<StoredSetting | null>;
  /**
   * Stores a new version of a setting if `baseVersion` is its latest (0: new, or deleted), with its audit record,
   * in one transaction. Refused when the value's JSON exceeds MAX_SETTING_VALUE_BYTES or a new item would pass
   * its kind's maxItems. The value must already have passed its kind's schema.
   */
  saveSetting(input: SaveSettingInput): Promise<SettingWriteResult>;
  /** Stores a tombstone version of a live setting, with the same version check and audit record. */
  deleteSetting(input: SettingKey): Promise<SettingWriteResult>;
  /** The tenant's escalation rules in force (the highest saved version), or version 0 when none was saved. */
  getRuleSet(tenantId: string): Promise<StoredRuleSet>;
  /** Stores a new version if `baseVersion` is still the latest (compare-and-set in one transaction). */
  saveRuleSet(input: SaveRuleSetInput): Promise<SaveRuleSetResult>;

  /** Creates a ticket and its first customer message, or returns the ticket an earlier call made with the same key. */
  intakeTicket(input: IntakeInput): Promise<IntakeResult>;
  /** intakeTicket for many tickets in one transaction, results in input order. */
  intakeBatch(inputs: readonly IntakeInput[]): Promise<IntakeResult[]>;
  /**
   * Imports tickets from another system with their messages and original times, in one transaction, keyed by
   * external id (unique per tenant and system): importing the same again creates nothing twice (import-script.ts).
   */
  importTickets(input: ImportTicketsInput): Promise<ImportTicketResult[]>;
  /** Appends a customer reply and moves the status on; null when the ticket is unknown to the tenant. */
  appendCustomerReply(input: CustomerReplyInput): Promise<TicketWithMessages | null>;
  /** Records a customer's satisfaction rating of a closed ticket (the latest one wins); moves version and feed. */
  rateTicket(input: RatingInput): Promise<RatingResult>;
  getTicket(tenantId: string, ticketId: string): Promise<TicketWithMessages | null>;
  listTickets(tenantId: string, query: ListTicketsQuery): Promise<Ticket[]>;

  changes(tenantId: string, query: ChangesQuery): Promise<ChangesResponse>;
  /** Highest seq among the tenant's tickets and messages (0 when it has none). */
  currentCursor(tenantId: string): Promise<number>;

  /** Applies a push batch in one transaction, in order. */
  applyMutations(input: ApplyMutationsInput): Promise<PushResponse>;

  /** Claims up to `limit` new tickets with no live lease, oldest first. Does not move the feed. */
  claimTickets(input: ClaimInput): Promise<ClaimedTicket[]>;
  /** Extends a lease the worker still holds; `lost` when it does not; `not_found` for an unknown ticket. */
  renewClaim(input: RenewClaimInput): Promise<RenewClaimResult>;

  /** Counts for team leads: tickets per status, applied AI decisions per action, tickets decided more than once. */
  stats(tenantId: string): Promise<TenantStats>;
  /** New tickets waiting for an AI worker, per tenant (tenants with none are left out). */
  queueDepth(): Promise<Record<string, number>>;

  /** The ticket's audit records, oldest first; null when the tenant has no such ticket. */
  ticketHistory(tenantId: string, ticketId: string): Promise<AuditRecord[] | null>;
  /** The end of the audit chain as the database records it. */
  auditHead(): Promise<AuditHead>;
  /** Audit records after `afterSeq`, in chain order (all tenants: the chain is one per database). */
  auditPage(afterSeq: number, limit: number): Promise<AuditRecord[]>;
  /** Audit records with `from <= at < to` (ISO times), optionally of one tenant, after `afterSeq`, in chain order. */
  auditRange(query: AuditRangeQuery): Promise<AuditRecord[]>;

  close(): Promise<void>;
}

export interface AuditRangeQuery {
  from: string;
  to: string;
  tenantId?: string;
  afterSeq: number;
  limit: number;
}

export interface TenantStats {
  tickets: Record<TicketStatus, number>;
  /** Applied ai_decision mutations, from the decision log. */
  aiDecisions: { resolve: number; escalate: number; total: number };
  /** Tickets with more than one applied AI decision; the queue's exactly-once guarantee keeps this 0. */
  ticketsDecidedMoreThanOnce: number;
}

export interface TenantRecord {
  id: string;
  name: string;
}

export interface NewToken {
  tokenHash: string;
  role: Role;
  name: string;
  /** Its id (`tok_…`); a new one when absent. */
  id?: string;
  /** The user it acts as (the demo's people tokens); a machine's when absent. */
  userId?: string | null;
}

export interface TokenListing extends ApiToken {
  /** The sha256 hex of the plaintext, as stored. */
  tokenHash: string;
}

export interface IntakeInput {
  tenantId: string;
  /** The token that posted it, for the audit trail (`system` when absent). */
  actor?: TokenActor;
  subject: string;
  customer: Customer;
  channel: string;
  text: string;
  idempotencyKey: string | null;
  now: Date;
  /** The queue that owns the ticket until a decision moves it (a mail channel's queue); none when absent. */
  ownerQueue?: string | null;
  /** A hint of the customer's language (a chat visitor's browser language), the ticket's language until the AI decides. */
  language?: string | null;
  /** The mail the first message came as (email intake). */
  email?: EmailMeta;
}

export interface IntakeResult extends TicketWithMessages {
  /** False when an earlier intake with the same idempotency key already made this ticket. */
  created: boolean;
}

export interface CustomerReplyInput {
  tenantId: string;
  actor?: TokenActor;
  ticketId: string;
  text: string;
  now: Date;
  /** The mail the reply came as (email intake). */
  email?: EmailMeta;
}

export interface RatingInput {
  tenantId: string;
  actor?: TokenActor;
  ticketId: string;
  /** 1 (very unhappy) to 5 (very happy). */
  score: number;
  comment?: string;
  now: Date;
}

export type RatingResult =
  | { status: 'rated'; ticket: Ticket }
  | { status: 'not_found' }
  /** Only ai_resolved or resolved tickets take a rating. */
  | { status: 'not_closed'; ticket: Ticket };

export interface ListTicketsQuery {
  status?: TicketStatus;
  limit: number;
}

export interface ChangesQuery {
  since: number;
  limit: number;
  /**
   * The pulling console or worker and its principal (Caller.principal), to answer its last mutation id. A client
   * id that belongs to another principal is refused (PushRefused, client_id_taken).
   */
  client?: { id: string; principal: string };
}

/** The status change a planned mutation would make (only when it applies and changes the status). */
export interface StatusTransition {
  from: TicketStatus;
  to: TicketStatus;
}

/**
 * Returns why a mutation may not be applied by this caller (e.g. its role), or null when it may.
 * Gets the ticket as stored (null when unknown) and the status change the mutation would make, so a
 * rule can judge what the mutation does, not only its type.
 */
export type MutationGate = (
  mutation: Mutation,
  ticket: Ticket | null,
  transition: StatusTransition | null,
) => string | null;

export interface ApplyMutationsInput {
  tenantId: string;
  /** The token that pushed, for the audit trail (`system` when absent). */
  actor?: TokenActor;
  clientId: string;
  /**
   * Who pushes (Caller.principal: `user:<id>` for a person, `token:<id>` for a machine). A client id belongs to the
   * first principal that pushed under it; a push under another principal's id, or with ids far past the client's
   * counter, is refused whole (PushRefused).
   */
  principal: string;
  mutations: readonly Mutation[];
  gate: MutationGate;
  now: Date;
}

export interface ClaimInput {
  tenantId: string;
  workerId: string;
  limit: number;
  leaseMs: number;
  now: Date;
}

export interface ClaimedTicket {
  ticket: Ticket;
  messages: Message[];
  leaseUntil: string;
  /** The worker whose expired lease this claim took over, or null for a ticket nobody held. */
  previousHolder: string | null;
}

export interface RenewClaimInput {
  tenantId: string;
  ticketId: string;
  workerId: string;
  leaseMs: number;
  now: Date;
}

export type RenewClaimResult = { status: 'renewed'; leaseUntil: string } | { status: 'lost' } | { status: 'not_found' };

/** Who holds a ticket's claim; kept beside the ticket, not part of the shared Ticket shape. */
export interface ClaimState {
  claimedBy: string | null;
  /** Epoch milliseconds. */
  leaseUntil: number | null;
}

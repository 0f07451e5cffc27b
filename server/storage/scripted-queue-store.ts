import type { ChangesResponse, OwnerQueue, TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { PushResponse } from '../../shared/api/mutations.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { checkRuleSet } from '../../shared/rules/check-rule-set.js';
import type { StoredRuleSet } from '../../shared/rules/rule-set.js';
import { MAX_SETTING_VALUE_BYTES, type SettingKind } from '../../shared/settings/setting-kinds.js';
import { QueueSettingSchema } from '../../shared/settings/setting-values.js';
import type { SettingsPage, StoredSetting } from '../../shared/settings/stored-setting.js';
import type { AuditHead, AuditRecord } from '../audit/audit-chain.js';
import { ruleSetEntry, SYSTEM_ACTOR } from '../audit/audit-entries.js';
import { checkPullClient } from '../domain/push-admission.js';
import { appendAudit } from './audit-append.js';
import type { ImportTicketResult, ImportTicketsInput } from '../domain/ticket-import.js';
import { importTickets } from './import-script.js';
import { auditRecordFromRow } from './audit-rows.js';
import { feedPageBound } from './feed-page.js';
import type {
  ChannelKey,
  DeliveryResult,
  MailboxPosition,
  OutgoingEmail,
  ReceiveOutcome,
} from '../../shared/channels/email-records.js';
import { claimOutgoing, recordDelivery, retryDelivery } from './email-delivery-script.js';
import { receiveMail, setAsideMail } from './email-receive-script.js';
import {
  emailCountOf,
  saveCredentials,
  storedChannels,
  type EmailCount,
  type EmailStore,
  type ReceiveMailInput,
  type RetryDeliveryResult,
  type SaveCredentialsInput,
  type SetAsideInput,
  type StoredAttachment,
  type StoredChannel,
} from './email-store.js';
import { applyMutations } from './push-script.js';
import type {
  ApplyMutationsInput,
  AuditRangeQuery,
  ChangesQuery,
  ClaimedTicket,
  ClaimInput,
  CustomerReplyInput,
  IntakeInput,
  IntakeResult,
  ListTicketsQuery,
  NewToken,
  QueueStore,
  RatingInput,
  RatingResult,
  RenewClaimInput,
  RenewClaimResult,
  TenantRecord,
  TenantStats,
  TokenListing,
} from './queue-store.js';
import { ruleSetFromRow, ruleSetRow, type SaveRuleSetInput, type SaveRuleSetResult } from './rule-set-rows.js';
import type { SaveSettingInput, SettingKey, SettingWriteResult } from './setting-rows.js';
import { listSettings, liveSetting, liveSettings, writeSetting } from './setting-scripts.js';
import { buildStats } from './stats.js';
import { perform, type Script } from './store-operations.js';
import * as tickets from './ticket-scripts.js';
import { messageFromRow, ticketFromRow } from './ticket-rows.js';
import { apiTokenFromRow } from './identity-rows.js';
import { identityStore, type IdentityStore } from './identity-store.js';
import { mergeStore, type MergeStore } from './merge-store.js';
import { newApiTokenId } from '../domain/ids.js';
import { chatStore, type ChatStore } from './chat-store.js';
import { webhookStore, type WebhookStore } from './webhook-store.js';
import { aiHealthStore, type AiHealthStore } from './ai-health-store.js';
import { appliedModelCost } from './ai-health-script.js';

/**
 * The QueueStore both engines share: every method is a script of store operations (store-operations.ts)
 * run in one of three ways the engine provides. The engines keep their SQL and their transactions.
 */
export abstract class ScriptedQueueStore implements QueueStore {
  /** Runs the script in one write transaction. */
  protected abstract write<T>(script: Script<T>): Promise<T>;
  /** Runs the script in one read-only transaction: every read sees the same committed state. */
  protected abstract snapshot<T>(script: Script<T>): Promise<T>;
  /** Runs a script of one statement outside any transaction. */
  protected abstract direct<T>(script: Script<T>): Promise<T>;
  abstract close(): Promise<void>;

  readonly chat: ChatStore = chatStore({
    write: (script) => this.write(script),
    snapshot: (script) => this.snapshot(script),
    direct: (script) => this.direct(script),
  });

  readonly webhooks: WebhookStore = webhookStore({
    write: (script) => this.write(script),
    snapshot: (script) => this.snapshot(script),
    direct: (script) => this.direct(script),
  });

  readonly aiHealth: AiHealthStore = aiHealthStore({
    write: (script) => this.write(script),
    snapshot: (script) => this.snapshot(script),
    direct: (script) => this.direct(script),
  });

  readonly identity: IdentityStore = identityStore({
    write: (script) => this.write(script),
    snapshot: (script) => this.snapshot(script),
    direct: (script) => this.direct(script),
  });

  readonly merges: MergeStore = mergeStore({
    write: (script) => this.write(script),
    snapshot: (script) => this.snapshot(script),
    direct: (script) => this.direct(script),
  });

  createTenant(tenant: TenantRecord, tokens: readonly NewToken[]): Promise<void> {
    return this.write(createTenant(tenant, tokens, new Date().toISOString()));
  }

  getTenant(tenantId: string): Promise<TenantRecord | null> {
    return this.direct(perform('tenant', tenantId));
  }

  addTokens(tenantId: string, tokens: readonly NewToken[]): Promise<void> {
    return this.write(insertTokens(tenantId, tokens, new Date().toISOString()));
  }

  async listTokens(tenantId: string): Promise<TokenListing[]> {
    const rows = await this.direct(perform('apiTokenRows', tenantId));
    return rows.map((row) => ({ ...apiTokenFromRow(row), tokenHash: row.token_hash }));
  }

  async createOwnerQueue(tenantId: string, queue: OwnerQueue): Promise<void> {
    const result = await this.saveSetting({
      tenantId,
      kind: 'queue',
      id: queue.id,
      baseVersion: 0,
      value: { name: queue.name },
      savedBy: SYSTEM_ACTOR.name,
      savedAt: new Date().toISOString(),
    });
    if (result.status === 'conflict') throw new Error(`Tenant ${tenantId} already has a queue "${queue.id}".`);
    if (result.status !== 'stored') throw new Error(`The queue "${queue.id}" was not stored (${result.status}).`);
  }

  async listOwnerQueues(tenantId: string): Promise<OwnerQueue[]> {
    return (await this.direct(liveSettings(tenantId, 'queue'))).flatMap((setting) => {
      const value = QueueSettingSchema.safeParse(setting.value);
      return value.success ? [{ id: setting.id, name: value.data.name }] : [];
    });
  }

  listSettings(tenantId: string, afterSeq: number, limit: number): Promise<SettingsPage> {
    return this.direct(listSettings(tenantId, afterSeq, limit));
  }

  liveSetting(tenantId: string, kind: SettingKind, id: string): Promise<StoredSetting | null> {
    return this.direct(liveSetting(tenantId, kind, id));
  }

  async saveSetting(input: SaveSettingInput): Promise<SettingWriteResult> {
    const valueJson = JSON.stringify(input.value);
    const bytes = Buffer.byteLength(valueJson);
    if (bytes > MAX_SETTING_VALUE_BYTES)
      return {
        status: 'refused',
        message: `The value is ${bytes.toLocaleString('en')} bytes of JSON; a setting holds at most ${MAX_SETTING_VALUE_BYTES.toLocaleString('en')}.`,
      };
    return this.write(writeSetting(input, { value: input.value, json: valueJson }));
  }

  deleteSetting(input: SettingKey): Promise<SettingWriteResult> {
    return this.write(writeSetting(input, null));
  }

  async getRuleSet(tenantId: string): Promise<StoredRuleSet> {
    return ruleSetFromRow(await this.direct(perform('latestRuleSet', tenantId)));
  }

  saveRuleSet(input: SaveRuleSetInput): Promise<SaveRuleSetResult> {
    return this.write(saveRuleSet(input));
  }

  async intakeTicket(input: IntakeInput): Promise<IntakeResult> {
    const [result] = await this.intakeBatch([input]);
    if (!result) throw new Error('intakeBatch returned no result');
    return result;
  }

  intakeBatch(inputs: readonly IntakeInput[]): Promise<IntakeResult[]> {
    return this.write(tickets.intakeBatch(inputs));
  }

  importTickets(input: ImportTicketsInput): Promise<ImportTicketResult[]> {
    return this.write(importTickets(input));
  }

  appendCustomerReply(input: CustomerReplyInput): Promise<TicketWithMessages | null> {
    return this.write(tickets.appendCustomerReply(input));
  }

  rateTicket(input: RatingInput): Promise<RatingResult> {
    return this.write(tickets.rateTicket(input));
  }

  getTicket(tenantId: string, ticketId: string): Promise<TicketWithMessages | null> {
    return this.snapshot(tickets.ticketWithMessages(tenantId, ticketId));
  }

  async listTickets(tenantId: string, query: ListTicketsQuery): Promise<Ticket[]> {
    return (await this.direct(perform('latestTickets', tenantId, query.status, query.limit))).map(ticketFromRow);
  }

  /** One snapshot for both tables, so a ticket and its message are seen together or not at all. */
  changes(tenantId: string, query: ChangesQuery): Promise<ChangesResponse> {
    return this.snapshot(changes(tenantId, query));
  }

  currentCursor(tenantId: string): Promise<number> {
    return this.direct(perform('cursor', tenantId));
  }

  async applyMutations(input: ApplyMutationsInput): Promise<PushResponse> {
    const response = await this.write(applyMutations(input));
    if (appliedModelCost(input.mutations, response.results))
      await this.aiHealth.noteModelSpend(input.tenantId, input.now);
    return response;
  }

  claimTickets(input: ClaimInput): Promise<ClaimedTicket[]> {
    return this.write(tickets.claimTickets(input));
  }

  renewClaim(input: RenewClaimInput): Promise<RenewClaimResult> {
    return this.write(tickets.renewClaim(input));
  }

  stats(tenantId: string): Promise<TenantStats> {
    return this.snapshot(stats(tenantId));
  }

  async queueDepth(): Promise<Record<string, number>> {
    const rows = await this.direct(perform('newTicketCounts'));
    return Object.fromEntries(rows.map((row) => [row.tenant_id, row.count]));
  }

  ticketHistory(tenantId: string, ticketId: string): Promise<AuditRecord[] | null> {
    return this.snapshot(ticketHistory(tenantId, ticketId));
  }

  auditHead(): Promise<AuditHead> {
    return this.direct(perform('auditHead', false));
  }

  async auditPage(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    return (await this.direct(perform('auditPage', afterSeq, limit))).map(auditRecordFromRow);
  }

  async auditRange(query: AuditRangeQuery): Promise<AuditRecord[]> {
    return (await this.direct(perform('auditRange', query))).map(auditRecordFromRow);
  }

  channels(tenantId: string | null): Promise<StoredChannel[]> {
    return this.snapshot(storedChannels(tenantId));
  }

  mailboxPosition(key: ChannelKey): Promise<MailboxPosition | null> {
    return this.direct(perform('mailboxPosition', key.tenantId, key.channelId));
  }

  receiveMail(input: ReceiveMailInput): Promise<ReceiveOutcome> {
    return this.write(receiveMail(input));
  }

  setAsideMail(input: SetAsideInput): Promise<void> {
    return this.write(setAsideMail(input));
  }

  claimOutgoingEmail(key: ChannelKey, limit: number, leaseMs: number, now: Date): Promise<OutgoingEmail[]> {
    return this.write(claimOutgoing(key, limit, leaseMs, now));
  }

  recordEmailDelivery(deliveryId: string, result: DeliveryResult, now: Date): Promise<string | null> {
    return this.write(recordDelivery(deliveryId, result, now));
  }

  retryEmailDelivery(input: Parameters<EmailStore['retryEmailDelivery']>[0]): Promise<RetryDeliveryResult> {
    return this.write(retryDelivery(input));
  }

  async emailAttachment(tenantId: string, ticketId: string, attachmentId: string): Promise<StoredAttachment | null> {
    const row = await this.direct(perform('emailBlob', tenantId, attachmentId));
    if (!row || row.ticket_id !== ticketId) return null;
    return { filename: row.filename, contentType: row.content_type, size: Number(row.size), content: row.content };
  }

  saveChannelCredentials(input: SaveCredentialsInput): Promise<'saved' | 'no_channel'> {
    return this.write(saveCredentials(input));
  }

  async emailCounts(tenantId: string | null): Promise<EmailCount[]> {
    return (await this.direct(perform('emailCounts', tenantId))).map(emailCountOf);
  }
}

function* createTenant(tenant: TenantRecord, tokens: readonly NewToken[], at: string): Script<void> {
  yield* perform('insertTenant', tenant, at);
  yield* insertTokens(tenant.id, tokens, at);
}

function* insertTokens(tenantId: string, tokens: readonly NewToken[], at: string): Script<void> {
  for (const token of tokens) {
    yield* perform('insertApiToken', {
      id: token.id ?? newApiTokenId(),
      tenant_id: tenantId,
      token_hash: token.tokenHash,
      role: token.role,
      name: token.name,
      user_id: token.userId ?? null,
      expires_at: null,
      created_at: at,
    });
  }
}

/**
 * Under the tenant's settings lock, like a queue's delete (setting-scripts.ts): the rules are checked against the
 * queues as they are when the rules are stored. A tenant that registered no owner queues (queues known only to its
 * engines' configuration) gets its rules without that check.
 */
function* saveRuleSet(input: SaveRuleSetInput): Script<SaveRuleSetResult> {
  yield* perform('lockSettings', input.tenantId);
  const current = ruleSetFromRow(yield* perform('latestRuleSet', input.tenantId));
  if (current.version !== input.baseVersion) return { status: 'conflict', current };
  const queueIds = (yield* liveSettings(input.tenantId, 'queue')).map((queue) => queue.id);
  const check = checkRuleSet(input.rules, queueIds.length > 0 ? queueIds : null);
  if (!check.ok) return { status: 'invalid', issues: check.issues };
  const version = current.version + 1;
  yield* perform('insertRuleSet', input.tenantId, ruleSetRow(input, version));
  yield* appendAudit([ruleSetEntry(input, version)]);
  return {
    status: 'saved',
    ruleSet: { version, rules: [...input.rules], savedAt: input.savedAt, savedBy: input.savedBy },
  };
}

/** A page of the feed: the seqs of both tables first, so exactly the page's rows are read (feed-page.ts). */
function* changes(tenantId: string, query: ChangesQuery): Script<ChangesResponse> {
  const window = query.limit + 1;
  const ticketSeqs = yield* perform('feedSeqs', 'tickets', tenantId, query.since, window);
  const messageSeqs = yield* perform('feedSeqs', 'messages', tenantId, query.since, window);
  const { upTo, hasMore } = feedPageBound(ticketSeqs, messageSeqs, query.limit, query.since);
  const ticketRows = yield* perform('feedTickets', tenantId, query.since, upTo);
  const messageRows = yield* perform('feedMessages', tenantId, query.since, upTo);
  const lastMutationId = query.client === undefined ? null : yield* pullersLastMutationId(tenantId, query.client);
  return {
    tickets: ticketRows.map(ticketFromRow),
    messages: messageRows.map(messageFromRow),
    cursor: upTo,
    hasMore,
    lastMutationId,
  };
}

/** The pulling client's last processed mutation id (0 for an id never pushed under); another principal's id is refused. */
function* pullersLastMutationId(tenantId: string, client: { id: string; principal: string }): Script<number> {
  const counter = yield* perform('pullCounter', tenantId, client.id);
  checkPullClient(client.id, counter, client.principal);
  return counter?.lastMutationId ?? 0;
}

function* stats(tenantId: string): Script<TenantStats> {
  const byStatus = yield* perform('statusCounts', tenantId);
  const byAction = yield* perform('decisionCounts', tenantId);
  return buildStats(byStatus, byAction, yield* perform('ticketsDecidedMoreThanOnce', tenantId));
}

function* ticketHistory(tenantId: string, ticketId: string): Script<AuditRecord[] | null> {
  if (!(yield* perform('ticketRow', tenantId, ticketId, false))) return null;
  return (yield* perform('ticketAudit', tenantId, ticketId)).map(auditRecordFromRow);
}

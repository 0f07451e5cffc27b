import { randomUUID } from 'node:crypto';
import { createConsoleService, type ConsoleService } from './console-service.js';
import { readRetentionDays } from './console/cache-settings-handlers.js';
import type { LocalDatabase } from './store/local-database.js';
import { CLIENT_ID_KEY, MetaStore } from './store/meta-store.js';
import { InboxQueries } from './store/inbox-queries.js';
import { slaPolicyBook } from '../../shared/sla/inbox-policy.js';
import type { TenantConfig } from '../../shared/domain/tenant.js';
import type { AutopilotStage } from '../../shared/api/console-contract.js';
import { EvalCaseWriter } from './lead/eval-case-writer.js';
import { LeadService } from './lead/lead-service.js';
import { MetricFactsStore } from './lead/metric-facts-store.js';
import { QueueRole } from './lead/queue-role.js';
import type { KnowledgeBase } from '../../engine/knowledge-base.js';
import { RulesService } from './rules/rules-service.js';
import { Outbox } from './store/outbox.js';
import { TicketCache } from './store/ticket-cache.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { SyncEngine } from './sync/sync-engine.js';
import { EvalService, type EvalServiceOptions } from '../../evals/eval-service.js';
import { CachedTranslator } from './cached-translator.js';
import type { Translator } from '../../engine/openai/translator.js';
import { TranslationCache } from './store/translation-cache.js';
import { newerQueueNotice } from '../../lib/queue-client/parse-from-newer-queue.js';
import { OpenAiTranslator } from '../../engine/openai/translator.js';
import type { ProviderKeyStore } from './provider/provider-key-store.js';
import { ProviderSettingsService, type StartupProvider } from './provider/provider-settings-service.js';
import { ProviderSettingsStore } from './provider/provider-settings-store.js';

export interface ConsoleStores {
  db: LocalDatabase;
  meta: MetaStore;
  cache: TicketCache;
  outbox: Outbox;
}

export interface ConsoleCore extends ConsoleStores {
  clientId: string;
  sync: SyncEngine;
  service: ConsoleService;
  /** The role of the console's queue token (GET /v1/whoami), remembered in the cache. */
  role: QueueRole;
}

export interface ConsoleCoreOptions {
  queueUrl: string;
  /** The console's (agent role) token. */
  token: string;
  agentName: string;
  tenantName: string;
  /** Used the first time this cache is opened; afterwards the stored client id wins. */
  newClientId?: () => string;
  queueTimeoutMs?: number;
  pollIntervalMs?: number;
  now?: () => Date;
  cacheRebuilt?: { at: string; movedTo: string; reason: string } | null;
  /** The tenant's service level (inbox due times), queues and macros. */
  tenant?: Pick<TenantConfig, 'queues' | 'macros' | 'sla'>;
  /** Machine translation (the OpenAI provider); translations are cached in this console's SQLite. */
  translator?: Translator;
  /**
   * The AI provider set in Settings: saved in the meta table, its key in `keys`; `startup` (flags/env) wins at
   * start. With it the translator follows the settings (and `translator` is not used).
   */
  provider?: { keys: ProviderKeyStore; startup?: StartupProvider | null };
  /** The JSON Lines suite a lead's reviewed tickets are added to as eval cases. */
  evalCasesFile?: string;
  /** With it the console offers the Evals screen to leads (suites run in a child process). */
  evals?: Omit<EvalServiceOptions, 'role'>;
  tenantId?: string;
  /** The owner queue of the tenant's catch-all rule: where reopened tickets without a queue go. */
  catchAllQueue?: string;
  /** The tenant as shipped and its knowledge base: with them the console offers the rules editor. */
  escalation?: { tenant: TenantConfig; knowledgeBase: KnowledgeBase };
  /** Where this console's own autopilot is (the inbox says so while tickets wait for it); without it the console runs none. */
  autopilotStage?: () => AutopilotStage;
  /** Where the console's notices go (the host's log). */
  log?: (line: string) => void;
}

export function openConsoleStores(db: LocalDatabase): ConsoleStores {
  const meta = new MetaStore(db);
  return { db, meta, cache: new TicketCache(db), outbox: new Outbox(db, meta) };
}

/**
 * Wires one console over its local stores: sync with the queue and the API the renderer uses.
 * Nothing starts here; call `sync.start()` (or `sync.syncNow()`) when ready.
 */
export function wireConsole(stores: ConsoleStores, options: ConsoleCoreOptions): ConsoleCore {
  const { meta, cache, outbox } = stores;
  const freshClientId = (): string => `console-${randomUUID()}`;
  const clientId = meta.getOrCreate(CLIENT_ID_KEY, options.newClientId ?? freshClientId);
  let service: ConsoleService | null = null;
  const client = new QueueClient({
    baseUrl: options.queueUrl,
    token: options.token,
    timeoutMs: options.queueTimeoutMs,
    onUnknownFields: (what, fields) => options.log?.(newerQueueNotice(what, fields)),
  });
  const role = new QueueRole(meta, client, options.token, () => service?.notifyStatusChanged());
  const sync = new SyncEngine({
    client,
    cache,
    outbox,
    meta,
    clientId,
    // The queue binds a client id to the token that first pushed under it: with another token this console takes a new id.
    renewClientId: () => {
      const renewed = freshClientId();
      meta.set(CLIENT_ID_KEY, renewed);
      return renewed;
    },
    onTicketsChanged: () => service?.notifyTicketsChanged(),
    onStateChanged: () => {
      // The token's role never changes: ask once the queue answers, then remember it (offline too).
      if (role.current() === null && sync.current.online) void role.refresh();
      service?.notifyStatusChanged();
    },
    retentionDays: () => readRetentionDays(meta),
    pollIntervalMs: options.pollIntervalMs,
    now: options.now,
    log: options.log,
  });
  // Until the console keeps the tenant's settings, no queue has an SLA policy of its own.
  cache.useSlaPolicies(slaPolicyBook([], options.catchAllQueue ?? null));
  const translations = new TranslationCache(stores.db, options.now);
  const provider = options.provider
    ? new ProviderSettingsService({
        store: new ProviderSettingsStore(meta),
        keys: options.provider.keys,
        startup: options.provider.startup ?? null,
        createTranslator: (endpoint) =>
          new CachedTranslator(new OpenAiTranslator({ ...endpoint, tenantId: options.tenantId }), translations),
      })
    : undefined;
  service = createConsoleService({
    inbox: new InboxQueries(stores.db, options.agentName, (queue) => cache.slaPolicyFor(queue).policy.businessHours),
    tenant: options.tenant,
    ...(options.translator ? { translator: new CachedTranslator(options.translator, translations) } : {}),
    ...(provider ? { provider } : {}),
    cache,
    outbox,
    sync,
    meta,
    agentName: options.agentName,
    tenantName: options.tenantName,
    now: options.now,
    cacheRebuilt: options.cacheRebuilt ?? null,
    ...(options.catchAllQueue === undefined ? {} : { catchAllQueue: options.catchAllQueue }),
    fetchHistory: (ticketId) => client.getTicketHistory(ticketId),
    role: () => role.current(),
    ...(options.autopilotStage ? { autopilotStage: options.autopilotStage } : {}),
    ...(options.escalation
      ? {
          rules: new RulesService({
            client,
            tenant: options.escalation.tenant,
            knowledgeBase: options.escalation.knowledgeBase,
            meta,
            ticketsSince: (fromIso) =>
              cache.listCreatedSince(fromIso).map((ticket) => ({ ticket, messages: cache.listMessages(ticket.id) })),
            role: () => role.current(),
            now: options.now,
          }),
        }
      : {}),
    ...(options.evals ? { evals: new EvalService({ ...options.evals, role: () => role.current() }) } : {}),
    lead: new LeadService({
      facts: new MetricFactsStore(stores.db),
      meta,
      getTicket: (id) => cache.getTicket(id),
      role: () => role.current(),
      now: options.now,
      ...(options.evalCasesFile
        ? {
            evalCases: new EvalCaseWriter({
              file: options.evalCasesFile,
              tenantId: options.tenantId ?? 'payments',
              getTicket: (id) => {
                const ticket = cache.getTicket(id);
                return ticket ? { ticket, messages: cache.listMessages(id) } : null;
              },
            }),
          }
        : {}),
    }),
  });
  return { ...stores, clientId, sync, service, role };
}

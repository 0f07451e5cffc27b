import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createConsoleService, type ConsoleService } from './console-service.js';
import { readRetentionDays } from './console/cache-settings-handlers.js';
import { bulkHandlers } from './console/bulk-handlers.js';
import type { LocalDatabase } from './store/local-database.js';
import { CLIENT_ID_KEY, MetaStore } from './store/meta-store.js';
import { InboxQueries } from './store/inbox-queries.js';
import { CustomerHistory } from './store/customer-history.js';
import { followSlaPolicies } from './store/inbox-sla-policies.js';
import type { AutopilotStage } from '../../shared/api/console-contract.js';
import { EvalCaseWriter } from './lead/eval-case-writer.js';
import { LeadService } from './lead/lead-service.js';
import { MetricFactsStore } from './lead/metric-facts-store.js';
import { QueueIdentity } from './console/queue-identity.js';
import { RulesService } from './rules/rules-service.js';
import { ConsoleSettings } from './settings/console-settings.js';
import { consoleMenus, tenantDisplayName } from './settings/console-menus.js';
import { SettingsStore } from './settings/settings-store.js';
import { SettingsSync } from './sync/settings-sync.js';
import { Outbox } from './store/outbox.js';
import { TicketCache } from './store/ticket-cache.js';
import { IdentityQueueClient } from '../../lib/queue-client/identity-queue-client.js';
import { SyncEngine } from './sync/sync-engine.js';
import { ConsolePresence } from './presence/presence-service.js';
import { createPeopleService } from './people/people-service.js';
import { createMergeService } from './merge/merge-service.js';
import { EvalService, type EvalServiceOptions } from '../../evals/eval-service.js';
import { CachedTranslator } from './cached-translator.js';
import type { Translator } from '../../engine/openai/translator.js';
import { TranslationCache } from './store/translation-cache.js';
import { newerQueueNotice } from '../../lib/queue-client/parse-from-newer-queue.js';
import { OpenAiTranslator } from '../../engine/openai/translator.js';
import type { ProviderKeyStore } from './provider/provider-key-store.js';
import {
  ProviderSettingsService,
  type ProviderEndpoint,
  type StartupProvider,
} from './provider/provider-settings-service.js';
import { ProviderSettingsStore } from './provider/provider-settings-store.js';
import { routingHandlers } from './routing/routing-handlers.js';
import { wireSession, type ConsolePerson, type ConsoleSignIn, type WiredSession } from './identity/wire-session.js';

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
  /** The console's person: the session's user, or the queue token's (GET /v1/whoami, remembered in the cache). */
  identity: ConsolePerson;
  /** The tenant's settings as this console last synced them (readable offline). */
  settings: SettingsStore;
  /** Who is signed in (issue 18): start it before sync; the host finishes identity provider sign-ins through it. */
  session: WiredSession;
  /** Who else is on which ticket (issue 19): stop it when the console closes (its heartbeats). */
  presence: ConsolePresence;
}

export interface ConsoleCoreOptions {
  queueUrl: string;
  /** The console's API token (token mode: its person is the token's user); without it people sign in (`signIn`). */
  token?: string;
  /** Sign-in mode (no token): the tenant people sign in to, where the session is kept, the identity provider's way back. */
  signIn?: ConsoleSignIn;
  /** The person's name until the queue names them (a token bound to nobody keeps it). */
  agentName: string;
  /** Used the first time this cache is opened; afterwards the stored client id wins. */
  newClientId?: () => string;
  queueTimeoutMs?: number;
  pollIntervalMs?: number;
  now?: () => Date;
  cacheRebuilt?: { at: string; movedTo: string; reason: string } | null;
  /** Machine translation (the OpenAI provider); translations are cached in this console's SQLite. */
  translator?: Translator;
  /**
   * The AI provider set in Settings: saved in the meta table, its key in `keys`; `startup` (flags/env) wins at
   * start. With it the translator follows the settings (and `translator` is not used).
   */
  provider?: {
    keys: ProviderKeyStore;
    startup?: StartupProvider | null;
    /** Told the provider's endpoint at start and on every change (the console's autopilot follows it). */
    onEndpoint?: (endpoint: ProviderEndpoint | null) => void;
  };
  /** Where a lead's reviewed tickets are added as eval cases: one JSON Lines suite per tenant, flagged-<tenant>.jsonl. */
  evalCasesDir?: string;
  /** With it the console offers the Evals screen to leads (suites run in a child process). */
  evals?: Omit<EvalServiceOptions, 'role'>;
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
  const nowMs = (): number => (options.now?.() ?? new Date()).getTime();
  const session = wireSession({
    ...options,
    outbox,
    createClient: (credential) =>
      new IdentityQueueClient({
        baseUrl: options.queueUrl,
        token: credential,
        timeoutMs: options.queueTimeoutMs,
        onUnknownFields: (what, fields) => options.log?.(newerQueueNotice(what, fields)),
      }),
    identityOf: (client, label) => new QueueIdentity(meta, client, label, () => service?.notifyStatusChanged(), nowMs),
    changed: () => {
      if (session.manager.connected()) sync.resume();
      service?.notifySessionChanged();
    },
  });
  const { client, identity, role } = session;
  const settings = new SettingsStore(stores.db, options.now);
  const rules = new RulesService({
    client,
    settings: () => settings.current(),
    tenantId: () => identity.tenantId(),
    meta,
    ticketsSince: (fromIso) =>
      cache.listCreatedSince(fromIso).map((ticket) => ({ ticket, messages: cache.listMessages(ticket.id) })),
    role,
    now: options.now,
  });
  // The tenant's people for `@` mentions, and the notes that mention this console's person (issue 19).
  const people = createPeopleService({
    db: stores.db,
    meta,
    queue: client,
    person: () => identity.person(),
    connected: () => session.manager.connected(),
    subjectOf: (ticketId) => cache.getTicket(ticketId)?.subject ?? '',
    notify: (mention) => service?.notifyMentioned(mention),
  });
  const presence = new ConsolePresence({
    send: (update, consoleId) => client.setPresence(update, consoleId),
    online: (): boolean => sync.current.online && session.manager.connected(),
    ownPrincipal: () => {
      const user = identity.person();
      return user ? `user:${user.id}` : null;
    },
    changed: (entry) => service?.notifyPresenceChanged(entry),
    now: options.now,
  });
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
      // Asked once the queue answers and remembered (offline too); asked again every few minutes while online, so a
      // role an admin changed (the token's person made a lead) shows without a restart.
      if (sync.current.online && identity.due(nowMs(), WHOAMI_MAX_AGE_MS)) void identity.refresh();
      service?.notifyStatusChanged();
    },
    settings: new SettingsSync({ queue: client, store: settings, tenant: identity, rules, log: options.log }),
    retentionDays: () => readRetentionDays(meta),
    connected: () => session.manager.connected(),
    maySend: session.maySend,
    eventStream: presence.eventStream,
    withPage: (page) => people.withPage(page),
    pollIntervalMs: options.pollIntervalMs,
    now: options.now,
    log: options.log,
  });
  // The inbox's due times follow the tenant's SLA policies as they sync (a change reorders the inbox).
  followSlaPolicies({
    settings,
    cache,
    catchAllQueue: () => rules.catchAllQueue() ?? null,
    reordered: () => service?.notifyTicketsChanged(),
  });
  const translations = new TranslationCache(stores.db, options.now);
  const provider = options.provider
    ? new ProviderSettingsService({
        store: new ProviderSettingsStore(meta),
        keys: options.provider.keys,
        startup: options.provider.startup ?? null,
        ...(options.provider.onEndpoint ? { onEndpoint: options.provider.onEndpoint } : {}),
        createTranslator: (endpoint) =>
          new CachedTranslator(
            new OpenAiTranslator({ ...endpoint, tenantId: identity.tenantId() ?? undefined }),
            translations,
          ),
      })
    : undefined;
  service = createConsoleService({
    inbox: new InboxQueries(stores.db, session.agentName, (queue) => cache.slaPolicyFor(queue).policy.businessHours),
    menus: () => consoleMenus(settings.current()),
    customerHistory: new CustomerHistory(stores.db),
    merge: createMergeService({ queue: client, syncNow: () => sync.syncNow() }),
    people: people.service,
    ...(options.translator ? { translator: new CachedTranslator(options.translator, translations) } : {}),
    ...(provider ? { provider } : {}),
    cache,
    outbox,
    sync,
    meta,
    agentName: session.agentName,
    author: session.author,
    presence: presence.service,
    identity: session.service,
    tenantName: () => tenantDisplayName(settings.current(), identity.tenantId()),
    now: options.now,
    cacheRebuilt: options.cacheRebuilt ?? null,
    catchAllQueue: () => rules.catchAllQueue(),
    fetchHistory: (ticketId) => client.getTicketHistory(ticketId),
    channelQueue: client,
    webhookQueue: client,
    tenantId: () => identity.tenantId(),
    role,
    ...(options.autopilotStage ? { autopilotStage: options.autopilotStage } : {}),
    rules,
    routing: routingHandlers({
      queue: client,
      ticketsSince: (fromIso) =>
        cache.listCreatedSince(fromIso).map((ticket) => ({ ticket, messages: cache.listMessages(ticket.id) })),
      settings: () => settings.current(),
      rules: () => rules.currentRules(),
      role,
      now: options.now,
    }),
    settings: new ConsoleSettings({ store: settings, queue: client, role, tenantId: () => identity.tenantId() }),
    ...(options.evals ? { evals: new EvalService({ ...options.evals, role }) } : {}),
    bulk: bulkHandlers({
      cache,
      outbox,
      sync,
      agentName: session.agentName,
      author: session.author,
      role,
      now: options.now ?? (() => new Date()),
      menus: () => consoleMenus(settings.current()),
      catchAllQueue: () => rules.catchAllQueue(),
      ticketsChanged: () => service?.notifyTicketsChanged(),
    }),
    lead: new LeadService({
      facts: new MetricFactsStore(stores.db),
      tenantSettings: () => settings.current(),
      catchAllQueue: () => rules.catchAllQueue() ?? null,
      meta,
      getTicket: (id) => cache.getTicket(id),
      role,
      now: options.now,
      ...(options.evalCasesDir ? { evalCases: flaggedCasesIn(options.evalCasesDir, cache) } : {}),
    }),
  });
  settings.onChange(() => service?.notifySettingsChanged());
  return { ...stores, clientId, sync, service, identity, settings, session, presence };
}

/** How often a console on an API token asks the queue again who the token is (whoami), while it is online. */
const WHOAMI_MAX_AGE_MS = 5 * 60_000;

/** Eval cases a lead flags, each in the suite of its ticket's tenant: DIR/flagged-<tenant>.jsonl. */
function flaggedCasesIn(dir: string, cache: TicketCache): Pick<EvalCaseWriter, 'add'> {
  const getTicket = (id: string) => {
    const ticket = cache.getTicket(id);
    return ticket ? { ticket, messages: cache.listMessages(id) } : null;
  };
  return {
    // A ticket missing from the cache is refused by the writer before any file is touched.
    add: (input) =>
      new EvalCaseWriter({
        file: join(dir, `flagged-${cache.getTicket(input.ticketId)?.tenantId ?? 'unknown'}.jsonl`),
        getTicket,
      }).add(input),
  };
}

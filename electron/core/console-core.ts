import { randomUUID } from 'node:crypto';
import { ConsoleService, readRetentionDays } from './console-service.js';
import type { LocalDatabase } from './store/local-database.js';
import { MetaStore } from './store/meta-store.js';
import { Outbox } from './store/outbox.js';
import { TicketCache } from './store/ticket-cache.js';
import { QueueClient } from './sync/queue-client.js';
import { SyncEngine } from './sync/sync-engine.js';

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
  /** The owner queue of the tenant's catch-all rule: where reopened tickets without a queue go. */
  catchAllQueue?: string;
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
  const clientId = meta.getOrCreate('clientId', options.newClientId ?? (() => `console-${randomUUID()}`));
  let service: ConsoleService | null = null;
  const sync = new SyncEngine({
    client: new QueueClient({ baseUrl: options.queueUrl, token: options.token, timeoutMs: options.queueTimeoutMs }),
    cache,
    outbox,
    meta,
    clientId,
    onTicketsChanged: () => service?.notifyTicketsChanged(),
    onStateChanged: () => service?.notifyStatusChanged(),
    retentionDays: () => readRetentionDays(meta),
    pollIntervalMs: options.pollIntervalMs,
    now: options.now,
  });
  service = new ConsoleService({
    cache,
    outbox,
    sync,
    meta,
    agentName: options.agentName,
    tenantName: options.tenantName,
    now: options.now,
    cacheRebuilt: options.cacheRebuilt ?? null,
    ...(options.catchAllQueue === undefined ? {} : { catchAllQueue: options.catchAllQueue }),
  });
  return { ...stores, clientId, sync, service };
}

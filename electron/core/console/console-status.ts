import type { AutopilotStage, ConsoleStatus } from '../../../shared/api/console-contract.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import type { Outbox } from '../store/outbox.js';
import type { TicketCache } from '../store/ticket-cache.js';
import type { SyncEngine } from '../sync/sync-engine.js';

export interface ConsoleStatusSources {
  cache: TicketCache;
  outbox: Outbox;
  sync: Pick<SyncEngine, 'current'>;
  /** The person at the console now. */
  agentName: () => string;
  /** The tenant's name as the settings hold it now. */
  tenantName: () => string;
  /** Set when the cache file was damaged at start and rebuilt from the queue. */
  cacheRebuilt?: { at: string; movedTo: string; reason: string } | null;
  /** Role of this console's queue token, null while unknown. */
  role?: () => Role | null;
  /** Where this console's own autopilot is; without it the console runs none. */
  autopilotStage?: () => AutopilotStage;
}

/** What the status bar shows: the connection, what waits to be sent, and this console's AI. */
export function readConsoleStatus(sources: ConsoleStatusSources, cacheChanges: number): ConsoleStatus {
  const sync = sources.sync.current;
  return {
    online: sync.online,
    unsentChanges: sources.outbox.countAgentChanges(),
    lastSyncAt: sync.lastSyncAt,
    lastError: sync.lastError,
    agentName: sources.agentName(),
    tenantName: sources.tenantName(),
    cacheRebuilt: sources.cacheRebuilt ?? null,
    unsentConflicts: sources.cache.countUnsent(),
    role: sources.role?.() ?? null,
    cacheChanges,
    ai: {
      waitingTickets: sources.cache.countByStatus('new'),
      autopilot: sources.autopilotStage?.() ?? null,
    },
    skippedFeedRecords: sync.skippedRecords,
  };
}

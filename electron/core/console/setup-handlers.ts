import type { ConsoleStatus } from '../../../shared/api/console-contract.js';
import { ok } from '../../../shared/result.js';
import type { CachedTranslator } from '../cached-translator.js';
import type { ConsoleMenus } from '../settings/console-menus.js';
import type { InboxQueries } from '../store/inbox-queries.js';
import type { TicketCache } from '../store/ticket-cache.js';
import type { HandlerGroup } from './handler-table.js';

export interface SetupHandlersOptions {
  status: () => ConsoleStatus;
  /** The person at the console now. */
  agentName: () => string;
  cache: TicketCache;
  inbox?: InboxQueries;
  /** The tenant's queues and macros as the settings hold them now, for the console's menus. */
  menus?: () => ConsoleMenus;
  /** The translator in use now, if any. */
  translator: () => CachedTranslator | undefined;
}

/** What the console shows around the tickets: its status and its menus (queues, macros, filters, translation). */
export function setupHandlers(options: SetupHandlersOptions) {
  return {
    async getStatus() {
      return ok(options.status());
    },

    async getConsoleSetup() {
      const menus = options.menus?.();
      return ok({
        agentName: options.agentName(),
        queues: menus?.queues ?? [],
        macros: menus?.macros ?? [],
        ...(options.inbox?.facets() ?? options.cache.facets()),
        translationAvailable: options.translator() !== undefined,
      });
    },
  } satisfies HandlerGroup;
}

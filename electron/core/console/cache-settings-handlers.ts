import { CacheSettingsSchema } from '../../../shared/api/console-contract.js';
import { fail, ok } from '../../../shared/result.js';
import type { MetaStore } from '../store/meta-store.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import type { HandlerGroup } from './handler-table.js';

export const RETENTION_DAYS_KEY = 'retentionDays';

/** The retention setting as stored (absent: keep everything). */
export function readRetentionDays(meta: MetaStore): number | null {
  const value = meta.get(RETENTION_DAYS_KEY);
  return value === null || value === '' ? null : Number(value);
}

export interface CacheSettingsHandlersOptions {
  /** Where settings live (retention); without it settings are not kept. */
  meta?: MetaStore;
  sync: Pick<SyncEngine, 'applyRetention'>;
  /** Tells every window the lists changed. */
  ticketsChanged: () => void;
}

/** How long closed tickets stay in the local cache. */
export function cacheSettingsHandlers({ meta, sync, ticketsChanged }: CacheSettingsHandlersOptions) {
  return {
    async getCacheSettings() {
      return ok({ retentionDays: meta ? readRetentionDays(meta) : null });
    },

    async setCacheSettings(input) {
      const settings = CacheSettingsSchema.parse(input);
      if (!meta) return fail('not_supported', 'This console keeps no settings.');
      meta.set(RETENTION_DAYS_KEY, settings.retentionDays === null ? '' : String(settings.retentionDays));
      const removedTickets = sync.applyRetention();
      if (removedTickets > 0) ticketsChanged();
      return ok({ settings, removedTickets });
    },
  } satisfies HandlerGroup;
}

import { slaPolicyBook, type SlaPolicyBook } from '../../../shared/sla/inbox-policy.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import type { TenantSettings } from '../../../shared/settings/tenant-settings.js';
import type { TicketCache } from './ticket-cache.js';

/** What the inbox reads of the console's settings store (electron/core/settings/settings-store.ts). */
export interface SlaPolicySource {
  current(): TenantSettings;
  onChange(listener: (changed: readonly StoredSetting[]) => void): () => void;
}

/** The tenant's `sla_policy` settings as the inbox looks them up. */
export function slaPolicyBookOf(settings: TenantSettings, catchAllQueue: string | null): SlaPolicyBook {
  return slaPolicyBook(
    settings.sla_policy.map((entry) => entry.value),
    catchAllQueue,
  );
}

/**
 * Keeps the cache's inbox due times counted by the tenant's SLA policies: now, and again whenever a synced or saved
 * `sla_policy` setting changes; `reordered` is told when the due times were computed anew. Returns how to stop.
 */
export function followSlaPolicies(options: {
  settings: SlaPolicySource;
  cache: Pick<TicketCache, 'useSlaPolicies'>;
  catchAllQueue: () => string | null;
  reordered: () => void;
}): () => void {
  const { settings, cache, catchAllQueue, reordered } = options;
  const apply = (): boolean => cache.useSlaPolicies(slaPolicyBookOf(settings.current(), catchAllQueue()));
  apply();
  return settings.onChange((changed) => {
    if (changed.some((item) => item.kind === 'sla_policy') && apply()) reordered();
  });
}

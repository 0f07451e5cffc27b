import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { TenantSettings } from '../../../shared/settings/tenant-settings.js';
import { useController } from '../state/context.js';
import { loadTenantSettings, type TenantSettingsApi } from '../state/tenant-settings-client.js';

/** One of the tenant's tags as the console shows it: its id (what tickets carry), name and colour. */
export interface TagView {
  id: string;
  name: string;
  /** #rrggbb, or null: no colour. */
  color: string | null;
}

/** The tenant's tags by name (the picker's and the filter's order). */
export function tagViewsOf(settings: Pick<TenantSettings, 'tag'>): TagView[] {
  return settings.tag
    .map(({ id, value }) => ({ id, name: value.name, color: value.color ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** How a ticket's tag is shown: the tenant's tag, or only its id when the tenant has no such tag (deleted since). */
export function tagViewOf(tags: readonly TagView[], id: string): TagView {
  return tags.find((tag) => tag.id === id) ?? { id, name: id, color: null };
}

type TagsApi = TenantSettingsApi & Pick<ConsoleApi, 'subscribe'>;

/**
 * One copy of the tenant's tags per console API, read from its settings at first use and again at each
 * settings_changed: every chip of every inbox row reads it without asking the host each time.
 */
const catalogs = new WeakMap<TagsApi, StoreApi<readonly TagView[]>>();

export function tagCatalog(api: TagsApi): StoreApi<readonly TagView[]> {
  const known = catalogs.get(api);
  if (known) return known;
  const catalog = createStore<readonly TagView[]>()(() => []);
  const load = async () => {
    const result = await loadTenantSettings(api);
    if (result.ok) catalog.setState(tagViewsOf(result.value.settings), true);
  };
  void load();
  api.subscribe((event) => {
    if (event.type === 'settings_changed') void load();
  });
  catalogs.set(api, catalog);
  return catalog;
}

/** The tenant's tags as this console last synced them (offline too); empty while they load. */
export function useTenantTags(): readonly TagView[] {
  return useStore(tagCatalog(useController().api));
}

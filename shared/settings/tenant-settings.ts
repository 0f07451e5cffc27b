import { z } from 'zod';
import { PROFILE_ID, SETTING_KINDS, SETTING_KIND_NAMES, type SettingKind, type SettingValue } from './setting-kinds.js';
import { DEFAULT_ROUTING_POLICY, ROUTING_POLICY_ID, type RoutingPolicy } from './routing-policy.js';
import { DEFAULT_SIGN_IN_POLICY, SIGN_IN_POLICY_ID, type SignInPolicy } from './sign-in-policy.js';
import type { StoredSetting } from './stored-setting.js';

/** One live item of a kind, with the version an edit of it saves against. */
export interface SettingEntry<K extends SettingKind> {
  id: string;
  version: number;
  value: SettingValue<K>;
  savedAt: string;
  savedBy: string;
}

/** The tenant's settings as a console or an autopilot uses them: the latest live version of every item, by kind. */
export type TenantSettings = { [K in SettingKind]: SettingEntry<K>[] };

export function emptyTenantSettings(): TenantSettings {
  return Object.fromEntries(SETTING_KIND_NAMES.map((kind) => [kind, []])) as unknown as TenantSettings;
}

/**
 * Builds the settings from stored items (the latest version of each, in any order): deleted items and values
 * their kind's schema no longer accepts are left out (the second are returned in `unreadable`), entries sorted by id.
 */
export function tenantSettingsFrom(items: Iterable<StoredSetting>): {
  settings: TenantSettings;
  unreadable: StoredSetting[];
} {
  const settings = emptyTenantSettings();
  const unreadable: StoredSetting[] = [];
  for (const item of items) {
    if (item.deleted) continue;
    const parsed = SETTING_KINDS[item.kind].schema.safeParse(item.value);
    if (!parsed.success) {
      unreadable.push(item);
      continue;
    }
    (settings[item.kind] as SettingEntry<SettingKind>[]).push({
      id: item.id,
      version: item.version,
      value: parsed.data,
      savedAt: item.savedAt,
      savedBy: item.savedBy,
    });
  }
  return { settings: sortedById(settings), unreadable };
}

/** Sorts every kind's entries by id (in place), the order tenantSettingsFrom gives; returns the same settings. */
export function sortedById(settings: TenantSettings): TenantSettings {
  for (const kind of SETTING_KIND_NAMES) settings[kind].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return settings;
}

export function tenantProfile(settings: TenantSettings): SettingValue<'profile'> | null {
  return settings.profile.find((entry) => entry.id === PROFILE_ID)?.value ?? null;
}

/** The tenant's routing policy, or the default one (the model off) while no lead has saved one. */
export function routingPolicy(settings: TenantSettings): RoutingPolicy {
  return settings.routing.find((entry) => entry.id === ROUTING_POLICY_ID)?.value ?? DEFAULT_ROUTING_POLICY;
}

/** How the tenant's people sign in, or the default (local accounts only) while no admin has saved one. */
export function signInPolicy(settings: TenantSettings): SignInPolicy {
  return settings.sign_in.find((entry) => entry.id === SIGN_IN_POLICY_ID)?.value ?? DEFAULT_SIGN_IN_POLICY;
}

/** The same settings as data that crosses a process boundary (console API): each entry's value is checked by kind. */
export const TenantSettingsSchema = z.strictObject(
  Object.fromEntries(
    SETTING_KIND_NAMES.map((kind) => [
      kind,
      z.array(
        z.strictObject({
          id: z.string(),
          version: z.number().int().positive(),
          value: SETTING_KINDS[kind].schema,
          savedAt: z.string(),
          savedBy: z.string(),
        }),
      ),
    ]),
  ) as unknown as { [K in SettingKind]: z.ZodArray<z.ZodType<SettingEntry<K>>> },
);

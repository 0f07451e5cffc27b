import { tenantProfile, type TenantSettings } from '../../../shared/settings/tenant-settings.js';

/** A queue or macro as the console's menus offer it. */
export interface MenuQueue {
  id: string;
  name: string;
}
export interface MenuMacro {
  id: string;
  name: string;
  text: string;
}

/** What the console's menus offer from the tenant's settings: its queues and macros, by id. */
export interface ConsoleMenus {
  queues: MenuQueue[];
  macros: MenuMacro[];
}

export function consoleMenus(settings: TenantSettings): ConsoleMenus {
  return {
    queues: settings.queue.map((queue) => ({ id: queue.id, name: queue.value.name })),
    macros: settings.macro.map((macro) => ({ id: macro.id, name: macro.value.name, text: macro.value.text })),
  };
}

/** The tenant's name from its profile; its id until the profile is synced; empty while neither is known. */
export function tenantDisplayName(settings: TenantSettings, tenantId: string | null): string {
  return tenantProfile(settings)?.name ?? tenantId ?? '';
}

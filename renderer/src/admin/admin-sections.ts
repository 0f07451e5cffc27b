import type { ComponentType } from 'react';
import { RoleSchema } from '../../../shared/api/queue-contract.js';
import { mayEditSetting, type SettingKind } from '../../../shared/settings/setting-kinds.js';
import { ChannelsSection } from './ChannelsSection.js';
import { MacrosSection } from './MacrosSection.js';
import { QueuesSection } from './QueuesSection.js';
import type { AdminSectionProps } from './SettingSection.js';
import { SlaPoliciesSection } from './SlaPoliciesSection.js';
import { TagsSection } from './TagsSection.js';
import { WebhooksSection } from './integrations/WebhooksSection.js';
import { WidgetsSection } from './integrations/WidgetsSection.js';

export interface AdminSectionEntry {
  /** The kind of tenant setting the section edits; its label is `admin.kinds.<kind>.title`. */
  readonly kind: SettingKind;
  readonly Component: ComponentType<AdminSectionProps>;
}

/**
 * The tenant settings workspace's sections, in the order of its list. Who sees one is who may edit its kind
 * (SETTING_KINDS' editRoles), so a new section is one entry here.
 */
export const ADMIN_SECTIONS = [
  { kind: 'queue', Component: QueuesSection },
  { kind: 'sla_policy', Component: SlaPoliciesSection },
  { kind: 'tag', Component: TagsSection },
  { kind: 'macro', Component: MacrosSection },
  { kind: 'channel', Component: ChannelsSection },
  { kind: 'widget', Component: WidgetsSection },
  { kind: 'webhook', Component: WebhooksSection },
] as const satisfies readonly AdminSectionEntry[];

export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** The sections a console of this queue role shows: those whose kind the role may edit. */
export function adminSectionsFor(role: string | null): AdminSection[] {
  const parsed = RoleSchema.safeParse(role);
  return parsed.success ? ADMIN_SECTIONS.filter((section) => mayEditSetting(parsed.data, section.kind)) : [];
}

/** Whether a console of this role shows the tenant settings workspace at all. */
export const mayOpenAdmin = (role: string | null): boolean => adminSectionsFor(role).length > 0;

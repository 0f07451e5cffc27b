import type { ComponentType } from 'react';
import { RoleSchema, type Role } from '../../../shared/api/queue-contract.js';
import { USER_LIST_ROLES } from '../../../shared/api/user-rights.js';
import { mayEditSetting, type SettingKind } from '../../../shared/settings/setting-kinds.js';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';
import { ChannelsSection } from './ChannelsSection.js';
import { MacrosSection } from './MacrosSection.js';
import { QueuesSection } from './QueuesSection.js';
import type { AdminSectionProps } from './SettingSection.js';
import { SlaPoliciesSection } from './SlaPoliciesSection.js';
import { TagsSection } from './TagsSection.js';
import { WebhooksSection } from './integrations/WebhooksSection.js';
import { WidgetsSection } from './integrations/WidgetsSection.js';
import { ApiTokensSection } from './people/ApiTokensSection.js';
import { SignInPolicySection } from './people/SignInPolicySection.js';
import { UsersSection } from './people/UsersSection.js';

export interface AdminSectionEntry {
  /** The section's id (its list button is `admin-section-<id>`). */
  readonly id: string;
  /** The catalog key of its label. */
  readonly title: string;
  /**
   * The kind of tenant setting the section edits (who sees it is who may edit the kind), or the roles that manage
   * what it shows on the queue (API tokens: admins; users: admins, and leads, who disable or enable agents).
   */
  readonly edits: { kind: SettingKind; listed: boolean } | { roles: readonly Role[] };
  readonly Component: ComponentType<AdminSectionProps>;
}

const settingSection = (kind: SettingKind, Component: ComponentType<AdminSectionProps>) =>
  ({ id: kind, title: `admin.kinds.${kind}.title`, edits: { kind, listed: true }, Component }) as const;

/** API tokens: admins only (the queue's /v1/tokens are theirs). */
const TOKEN_MANAGERS: readonly Role[] = ['admin'];

/**
 * The tenant settings workspace's sections, in the order of its list. Who sees one is who may edit its kind
 * (SETTING_KINDS' editRoles) or manages what it shows, so a new section is one entry here.
 */
export const ADMIN_SECTIONS = [
  settingSection('queue', QueuesSection),
  settingSection('sla_policy', SlaPoliciesSection),
  settingSection('tag', TagsSection),
  settingSection('macro', MacrosSection),
  settingSection('channel', ChannelsSection),
  settingSection('widget', WidgetsSection),
  settingSection('webhook', WebhooksSection),
  { id: 'users', title: 'identity.users.title', edits: { roles: USER_LIST_ROLES }, Component: UsersSection },
  { id: 'api_tokens', title: 'identity.tokens.title', edits: { roles: TOKEN_MANAGERS }, Component: ApiTokensSection },
  {
    id: 'sign_in',
    title: 'identity.policy.title',
    edits: { kind: 'sign_in', listed: false },
    Component: SignInPolicySection,
  },
] as const satisfies readonly AdminSectionEntry[];

export type AdminSection = (typeof ADMIN_SECTIONS)[number];

const mayOpenSection = (role: Role, section: AdminSectionEntry): boolean =>
  'kind' in section.edits ? mayEditSetting(role, section.edits.kind) : section.edits.roles.includes(role);

/** The sections a console of this queue role shows: those whose kind the role may edit, or whose items it manages. */
export function adminSectionsFor(role: string | null): AdminSection[] {
  const parsed = RoleSchema.safeParse(role);
  return parsed.success ? ADMIN_SECTIONS.filter((section) => mayOpenSection(parsed.data, section)) : [];
}

/** Whether a console of this role shows the tenant settings workspace at all. */
export const mayOpenAdmin = (role: string | null): boolean => adminSectionsFor(role).length > 0;

/** Whether the section may be changed from this console now: online, and its kind editable by the console's role. */
export function sectionEditable(section: AdminSectionEntry, view: TenantSettingsView, role: string | null): boolean {
  return 'kind' in section.edits
    ? view.editableKinds.includes(section.edits.kind)
    : RoleSchema.safeParse(role).success && section.edits.roles.includes(role as Role);
}

/** The count beside a listed kind's label (its items in the console's copy); null for the other sections. */
export function sectionCount(section: AdminSectionEntry, view: TenantSettingsView): number | null {
  return 'kind' in section.edits && section.edits.listed ? view.settings[section.edits.kind].length : null;
}

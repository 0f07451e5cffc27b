import type { z } from 'zod';
import type { Role } from '../api/queue-contract.js';
import { QueueSlaPolicySchema } from '../sla/sla-policy.js';
import { IntentModelRecordSchema } from './intent-model-record.js';
import { RoutingPolicySchema } from './routing-policy.js';
import { SignInPolicySchema } from './sign-in-policy.js';
import { ToolApiSettingSchema } from './tool-api.js';
import {
  ArticleSettingSchema,
  ChannelSettingSchema,
  MacroSettingSchema,
  QueueSettingSchema,
  TagSettingSchema,
  TenantProfileSchema,
  WebhookSettingSchema,
  WidgetSettingSchema,
} from './setting-values.js';

/**
 * Every kind of tenant setting, defined once: its value schema, who may change it, and how many a tenant keeps.
 * Everyone of the tenant may read every kind (consoles keep a copy for offline use); the queue's routes, the
 * console's admin screens and the seed all read this table.
 */
export const SETTING_KINDS = {
  /** The tenant itself; its one item has the id `profile`. */
  profile: { schema: TenantProfileSchema, editRoles: ['admin'], maxItems: 1 },
  queue: { schema: QueueSettingSchema, editRoles: ['admin'], maxItems: 200 },
  macro: { schema: MacroSettingSchema, editRoles: ['admin', 'lead'], maxItems: 1_000 },
  tag: { schema: TagSettingSchema, editRoles: ['admin'], maxItems: 500 },
  /** Its item id is the queue id the policy is for. */
  sla_policy: { schema: QueueSlaPolicySchema, editRoles: ['admin'], maxItems: 200 },
  article: { schema: ArticleSettingSchema, editRoles: ['admin', 'lead'], maxItems: 5_000 },
  channel: { schema: ChannelSettingSchema, editRoles: ['admin'], maxItems: 50 },
  widget: { schema: WidgetSettingSchema, editRoles: ['admin'], maxItems: 10 },
  webhook: { schema: WebhookSettingSchema, editRoles: ['admin'], maxItems: 20 },
  /**
   * The intent model learned from the tenant's history (intent-model-record.ts), one item, INTENT_MODEL_RECORD_ID: the
   * autopilot records each retraining, a lead or an admin may undo one.
   */
  intent_model: { schema: IntentModelRecordSchema, editRoles: ['autopilot', 'lead', 'admin'], maxItems: 1 },
  /** Who answers each ticket (routing-policy.ts): one item, ROUTING_POLICY_ID. */
  routing: { schema: RoutingPolicySchema, editRoles: ['lead', 'admin'], maxItems: 1 },
  /** The tenant's own APIs the AI may call (tool-api.ts). */
  tool_api: { schema: ToolApiSettingSchema, editRoles: ['admin'], maxItems: 20 },
  /** How the tenant's people sign in (sign-in-policy.ts): one item, SIGN_IN_POLICY_ID. */
  sign_in: { schema: SignInPolicySchema, editRoles: ['admin'], maxItems: 1 },
} as const satisfies Record<string, { schema: z.ZodType; editRoles: readonly Role[]; maxItems: number }>;

export type SettingKind = keyof typeof SETTING_KINDS;
export const SETTING_KIND_NAMES = Object.keys(SETTING_KINDS) as [SettingKind, ...SettingKind[]];
export type SettingValue<K extends SettingKind> = z.infer<(typeof SETTING_KINDS)[K]['schema']>;

/** The profile's one item. */
export const PROFILE_ID = 'profile';

/** An item id: a queue id, a macro's or article's slug. */
export const SETTING_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const SETTING_ID_RULE = 'An id is 1 to 100 letters, digits, _ . or -, starting with a letter or digit.';

/** The largest value the queue stores, as JSON text (an article with many long language versions fits). */
export const MAX_SETTING_VALUE_BYTES = 1_000_000;

export function mayEditSetting(role: Role, kind: SettingKind): boolean {
  return (SETTING_KINDS[kind].editRoles as readonly Role[]).includes(role);
}

/** The kinds a role may change, for the console's admin screens. */
export function editableSettingKinds(role: Role): SettingKind[] {
  return SETTING_KIND_NAMES.filter((kind) => mayEditSetting(role, kind));
}

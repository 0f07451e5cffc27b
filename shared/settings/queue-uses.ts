import { z } from 'zod';
import type { EscalationRule } from '../domain/tenant.js';
import type { SettingKind } from './setting-kinds.js';

/**
 * What names an owner queue and so keeps it from being deleted: an escalation rule of the saved rule set (its
 * `ownerQueue`), the queue's SLA policy (stored under the queue's id), a channel and a chat widget (their `queueId`). The queue
 * refuses to delete a queue still in use (409 queue_in_use) and to save an SLA policy or channel for a queue the
 * tenant does not have (400 settings_invalid at ["queueId"]).
 */
export const QueueUseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), id: z.string() }),
  z.strictObject({ kind: z.literal('sla_policy'), id: z.string() }),
  z.strictObject({ kind: z.literal('channel'), id: z.string(), name: z.string() }),
  z.strictObject({ kind: z.literal('widget'), id: z.string(), name: z.string() }),
]);
export type QueueUse = z.infer<typeof QueueUseSchema>;

/** The error code of deleting a queue that is still in use. */
export const QUEUE_IN_USE = 'queue_in_use';

/** `details` of a 409 `queue_in_use` answer: the queue and everything that still names it. */
export const QueueInUseDetailsSchema = z.strictObject({ queueId: z.string(), uses: z.array(QueueUseSchema).min(1) });
export type QueueInUseDetails = z.infer<typeof QueueInUseDetailsSchema>;

/** The setting kinds whose value names a queue in `queueId`. */
const QUEUE_NAMING_KINDS: ReadonlySet<SettingKind> = new Set(['sla_policy', 'channel', 'widget']);

/** The queue a setting's value names, or null for a kind that names none. */
export function queueNamedBy(kind: SettingKind, value: unknown): string | null {
  if (!QUEUE_NAMING_KINDS.has(kind)) return null;
  const queueId = (value as { queueId?: unknown } | null)?.queueId;
  return typeof queueId === 'string' ? queueId : null;
}

/** A live setting as queueUses reads it (a StoredSetting or a TenantSettings entry). */
export interface NamingSetting {
  kind: SettingKind;
  id: string;
  value: unknown;
}

/** Everything that names `queueId`: the rules first (in their order), then the settings (in the order given). */
export function queueUses(
  queueId: string,
  rules: readonly EscalationRule[] | null,
  settings: readonly NamingSetting[],
): QueueUse[] {
  const byRules: QueueUse[] = (rules ?? [])
    .filter((rule) => rule.ownerQueue === queueId)
    .map((rule) => ({ kind: 'rule', id: rule.id }));
  const bySettings = settings.flatMap((setting): QueueUse[] => {
    if (queueNamedBy(setting.kind, setting.value) !== queueId) return [];
    if (setting.kind === 'sla_policy') return [{ kind: 'sla_policy', id: setting.id }];
    const { name, title } = setting.value as { name?: unknown; title?: unknown };
    if (setting.kind === 'widget')
      return [{ kind: 'widget', id: setting.id, name: typeof title === 'string' ? title : setting.id }];
    return [{ kind: 'channel', id: setting.id, name: typeof name === 'string' ? name : setting.id }];
  });
  return [...byRules, ...bySettings];
}

/** What keeps a queue, grouped as a sentence names it: the rules by id, its SLA policy or not, the channels by name. */
export interface QueueUseGroups {
  rules: string[];
  slaPolicy: boolean;
  channels: string[];
}

export function queueUseGroups(uses: readonly QueueUse[]): QueueUseGroups {
  return {
    rules: uses.flatMap((use) => (use.kind === 'rule' ? [use.id] : [])),
    slaPolicy: uses.some((use) => use.kind === 'sla_policy'),
    channels: uses.flatMap((use) => (use.kind === 'channel' || use.kind === 'widget' ? [use.name] : [])),
  };
}

/** One sentence naming what keeps the queue: `rules "cards-first", "vip"; the SLA policy; channel "Support mail"`. */
export function describeQueueUses(queueId: string, uses: readonly QueueUse[]): string {
  const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
  const { rules, slaPolicy, channels } = queueUseGroups(uses);
  const parts = [
    ...(rules.length > 0 ? [`escalation rule${rules.length > 1 ? 's' : ''} ${quoted(rules)}`] : []),
    ...(slaPolicy ? ['the SLA policy'] : []),
    ...(channels.length > 0 ? [`channel${channels.length > 1 ? 's' : ''} ${quoted(channels)}`] : []),
  ];
  return `The queue "${queueId}" is still used by ${parts.join('; ')}: send those elsewhere or delete them first.`;
}

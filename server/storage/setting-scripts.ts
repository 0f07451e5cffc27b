import { queueNamedBy, queueUses } from '../../shared/settings/queue-uses.js';
import { SETTING_KINDS, type SettingKind } from '../../shared/settings/setting-kinds.js';
import type { SettingsPage, StoredSetting } from '../../shared/settings/stored-setting.js';
import { ChannelSettingSchema, type ChannelSetting } from '../../shared/settings/setting-values.js';
import { settingEntry } from '../audit/audit-entries.js';
import { appendAudit } from './audit-append.js';
import { ruleSetFromRow } from './rule-set-rows.js';
import {
  settingFromRow,
  settingsPage,
  type SettingKey,
  type SettingRow,
  type SettingWriteResult,
} from './setting-rows.js';
import { perform, type Script } from './store-operations.js';

/** The latest version of each item changed after `afterSeq`, at most `limit`, in seq order. */
export function* listSettings(tenantId: string, afterSeq: number, limit: number): Script<SettingsPage> {
  return settingsPage(yield* perform('settingsChangedAfter', tenantId, afterSeq, limit + 1), afterSeq, limit);
}

export function* liveSettings(tenantId: string, kind: SettingKind): Script<StoredSetting[]> {
  return (yield* perform('liveSettings', tenantId, kind)).map(settingFromRow);
}

/** An item's latest version while it is live (deleted or never saved: null). */
export function* liveSetting(tenantId: string, kind: SettingKind, id: string): Script<StoredSetting | null> {
  const row = yield* perform('latestSetting', tenantId, kind, id);
  return row && !row.deleted && row.value_json !== null ? settingFromRow(row) : null;
}

/** A channel setting of the tenant as stored (deleted or unreadable: null). */
export function* liveChannelSetting(tenantId: string, channelId: string): Script<ChannelSetting | null> {
  const row = yield* perform('latestSetting', tenantId, 'channel', channelId);
  if (!row || row.deleted || row.value_json === null) return null;
  const parsed = ChannelSettingSchema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : null;
}

/** A new value (already checked by its kind's schema) and its JSON as stored. */
export interface SettingChange {
  value: unknown;
  json: string;
}

/**
 * Stores a new version of an item (`change`, or a tombstone when null) if `baseVersion` is its latest
 * version, or 0 while it has no live version; with its audit record, in the caller's transaction. The tenant's
 * settings lock comes first: on an engine that locks rows it serialises the tenant's setting (and rule) writes, so
 * the checks below see every save committed before it, and seqs commit in order.
 */
export function* writeSetting(input: SettingKey, change: SettingChange | null): Script<SettingWriteResult> {
  const valueJson = change?.json ?? null;
  yield* perform('lockSettings', input.tenantId);
  const row = yield* perform('latestSetting', input.tenantId, input.kind, input.id);
  const current = row ? settingFromRow(row) : null;
  const live = current !== null && !current.deleted;
  const baseIsLatest = input.baseVersion === (current?.version ?? 0) || (!live && input.baseVersion === 0);
  if (!baseIsLatest) return { status: 'conflict', current };
  if (valueJson === null && !live) return { status: 'not_found' };
  const queueRefusal = yield* refusedByQueues(input, change);
  if (queueRefusal) return queueRefusal;
  if (valueJson !== null && !live) {
    const { maxItems } = SETTING_KINDS[input.kind];
    if ((yield* perform('liveSettingCount', input.tenantId, input.kind)) >= maxItems)
      return {
        status: 'refused',
        message: `A tenant keeps at most ${maxItems.toLocaleString('en')} items of kind ${input.kind}; delete one first.`,
      };
  }
  const version = (current?.version ?? 0) + 1;
  const seq = yield* perform('nextSettingSeq', input.tenantId);
  const stored: SettingRow = {
    kind: input.kind,
    id: input.id,
    version,
    value_json: valueJson,
    deleted: valueJson === null,
    saved_at: input.savedAt,
    saved_by: input.savedBy,
    seq,
  };
  yield* perform('insertSetting', input.tenantId, stored);
  yield* appendAudit([settingEntry(input, { version, valueJson })]);
  return { status: 'stored', setting: settingFromRow(stored) };
}

/**
 * Why the tenant's queues forbid this change, or null: a queue still named by the saved rules, its SLA policy or a
 * channel is not deleted; an SLA policy or channel is not saved for a queue the tenant does not have (checked, like
 * the rules' ownerQueue, once the tenant has registered queues). Read under the settings lock.
 */
function* refusedByQueues(input: SettingKey, change: SettingChange | null): Script<SettingWriteResult | null> {
  if (input.kind === 'queue' && change === null) {
    const rules = ruleSetFromRow(yield* perform('latestRuleSet', input.tenantId)).rules;
    const naming = [
      ...(yield* liveSettings(input.tenantId, 'sla_policy')),
      ...(yield* liveSettings(input.tenantId, 'channel')),
    ];
    const uses = queueUses(input.id, rules, naming);
    return uses.length > 0 ? { status: 'in_use', uses } : null;
  }
  const queueId = change === null ? null : queueNamedBy(input.kind, change.value);
  if (queueId === null) return null;
  const queueIds = (yield* liveSettings(input.tenantId, 'queue')).map((queue) => queue.id);
  if (queueIds.length === 0 || queueIds.includes(queueId)) return null;
  return {
    status: 'invalid',
    issues: [
      {
        path: ['queueId'],
        message: `There is no queue "${queueId}"; create it first or pick one of: ${queueIds.slice(0, 20).join(', ')}${queueIds.length > 20 ? ', ...' : ''}.`,
      },
    ],
  };
}

import type { ConsoleInput, ConsoleOutput } from '../../../shared/api/console-contract.js';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import {
  describeQueueUses,
  QUEUE_IN_USE,
  queueUses,
  type QueueInUseDetails,
} from '../../../shared/settings/queue-uses.js';
import { editableSettingKinds, SETTING_KINDS } from '../../../shared/settings/setting-kinds.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { tenantSettingsFrom } from '../../../shared/settings/tenant-settings.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import type { TenantSettingsApi } from '../../../renderer/src/state/tenant-settings-client.js';

type Method = keyof TenantSettingsApi;
type Answer<M extends Method> = Promise<Result<ConsoleOutput<M>>>;

/**
 * An in-memory console host for the tenant settings methods, answering as the contract says the console does:
 * values checked by their kind's schema (settings_invalid with each issue's path), a save or delete from an old
 * version refused (settings_conflict with what is stored), a queue still used by the rules or a setting kept
 * (queue_in_use, the queue's sentence and details), versions counted per item and `seq` over all of them.
 * `saveAs` saves as someone else (another admin's console); `offline` makes writes fail as the console does;
 * `setRules` gives the tenant's escalation rules.
 */
export function createFakeSettingsHost(role: Role = 'admin', savedBy = 'Alex Admin') {
  const items = new Map<string, StoredSetting>();
  let seq = 0;
  let online = true;
  let rules: EscalationRule[] = [];
  const calls: Array<{ method: Method; input: unknown }> = [];
  const key = (kind: string, id: string) => `${kind}/${id}`;
  const live = (item: StoredSetting) => !item.deleted;

  function write(
    input: { kind: StoredSetting['kind']; id: string; baseVersion: number },
    value: unknown,
    by: string,
  ): Result<StoredSetting> {
    if (!online) return fail('queue_unreachable', 'The queue cannot be reached; settings are saved online only.');
    const current = items.get(key(input.kind, input.id)) ?? null;
    const currentVersion = current?.version ?? 0;
    if (input.baseVersion !== currentVersion)
      return fail('settings_conflict', 'Someone saved this setting meanwhile.', { current });
    const deleted = value === null;
    const uses = deleted && input.kind === 'queue' ? queueUses(input.id, rules, [...items.values()].filter(live)) : [];
    if (uses.length > 0)
      return fail(QUEUE_IN_USE, describeQueueUses(input.id, uses), {
        queueId: input.id,
        uses,
      } satisfies QueueInUseDetails);
    if (!deleted) {
      const parsed = SETTING_KINDS[input.kind].schema.safeParse(value);
      if (!parsed.success)
        return fail('settings_invalid', 'The setting is not valid.', {
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
            message: issue.message,
          })),
        });
    }
    const stored: StoredSetting = {
      kind: input.kind,
      id: input.id,
      version: currentVersion + 1,
      value: deleted ? null : value,
      deleted,
      savedAt: new Date(Date.UTC(2026, 2, 2, 9, 0, ++seq)).toISOString(),
      savedBy: by,
      seq,
    };
    items.set(key(input.kind, input.id), stored);
    return ok(stored);
  }

  const api: TenantSettingsApi = {
    async getTenantSettings(input): Answer<'getTenantSettings'> {
      calls.push({ method: 'getTenantSettings', input });
      return ok({
        tenantId: 'demo-bank',
        settings: tenantSettingsFrom(items.values()).settings,
        editableKinds: editableSettingKinds(role),
        syncedAt: seq > 0 ? new Date(Date.UTC(2026, 2, 2, 9, 0, seq)).toISOString() : null,
      });
    },
    async saveSetting(input: ConsoleInput<'saveSetting'>): Answer<'saveSetting'> {
      calls.push({ method: 'saveSetting', input });
      return write(input, input.value, savedBy);
    },
    async deleteSetting(input: ConsoleInput<'deleteSetting'>): Answer<'deleteSetting'> {
      calls.push({ method: 'deleteSetting', input });
      return write(input, null, savedBy);
    },
  };

  return {
    api,
    calls,
    /** Saves as another person (the item's current version is the base). */
    saveAs(by: string, kind: StoredSetting['kind'], id: string, value: unknown): StoredSetting {
      const result = write({ kind, id, baseVersion: items.get(key(kind, id))?.version ?? 0 }, value, by);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    stored: (kind: StoredSetting['kind'], id: string) => items.get(key(kind, id)) ?? null,
    setOnline(value: boolean) {
      online = value;
    },
    setRules(value: EscalationRule[]) {
      rules = value;
    },
  };
}

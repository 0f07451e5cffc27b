import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { Result } from '../../../shared/result.js';
import type { SettingKind, SettingValue } from '../../../shared/settings/setting-kinds.js';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';
import { QUEUE_IN_USE, QueueInUseDetailsSchema, type QueueInUseDetails } from '../../../shared/settings/queue-uses.js';
import {
  SettingConflictDetailsSchema,
  SettingIssuesDetailsSchema,
  type SettingIssue,
  type StoredSetting,
} from '../../../shared/settings/stored-setting.js';

/** The console calls the tenant's settings screens make (admin screens, the article editor). */
export type TenantSettingsApi = Pick<ConsoleApi, 'getTenantSettings' | 'saveSetting' | 'deleteSetting'>;

/** What became of a save or a delete, as a settings form shows it; the form keeps its edits in every case. */
export type SettingWriteOutcome =
  | { kind: 'saved'; stored: StoredSetting }
  /** The value was refused: each issue names its field (`path` as in zod). */
  | { kind: 'invalid'; issues: SettingIssue[] }
  /** Someone saved since the form's base version: what is stored now (null: never saved, or gone). */
  | { kind: 'conflict'; current: StoredSetting | null }
  /**
   * Anything else (offline, not allowed): a sentence for the person. A queue still in use (queue_in_use) also
   * brings what uses it, to be said in the reader's language; the sentence is the queue's own, in English.
   */
  | { kind: 'error'; message: string; queueInUse?: QueueInUseDetails };

/**
 * The one renderer caller of the tenant settings methods: every settings screen reads and writes through these,
 * so the refusals (settings_invalid, settings_conflict, queue_in_use) are read in one place; a refusal whose details
 * do not parse is passed on as its sentence.
 */
export function loadTenantSettings(api: TenantSettingsApi): Promise<Result<TenantSettingsView>> {
  return api.getTenantSettings({});
}

/** Saves one item edited from `baseVersion` (0: a new item). */
export async function saveTenantSetting<K extends SettingKind>(
  api: TenantSettingsApi,
  kind: K,
  id: string,
  baseVersion: number,
  value: SettingValue<K>,
): Promise<SettingWriteOutcome> {
  return writeOutcome(await api.saveSetting({ kind, id, baseVersion, value }));
}

/** Deletes one item, refused like a save when someone changed it since `baseVersion`. */
export async function deleteTenantSetting(
  api: TenantSettingsApi,
  kind: SettingKind,
  id: string,
  baseVersion: number,
): Promise<SettingWriteOutcome> {
  return writeOutcome(await api.deleteSetting({ kind, id, baseVersion }));
}

function writeOutcome(result: Result<StoredSetting>): SettingWriteOutcome {
  if (result.ok) return { kind: 'saved', stored: result.value };
  const { code, message, details } = result.error;
  if (code === 'settings_invalid') {
    const parsed = SettingIssuesDetailsSchema.safeParse(details);
    if (parsed.success) return { kind: 'invalid', issues: parsed.data.issues };
  }
  if (code === 'settings_conflict') {
    const parsed = SettingConflictDetailsSchema.safeParse(details);
    if (parsed.success) return { kind: 'conflict', current: parsed.data.current };
  }
  if (code === QUEUE_IN_USE) {
    const parsed = QueueInUseDetailsSchema.safeParse(details);
    if (parsed.success) return { kind: 'error', message, queueInUse: parsed.data };
  }
  return { kind: 'error', message };
}

/** The issues about one field (`path` starts with `field`), e.g. issuesAt(issues, 'versions', 'de', 'title'). */
export function issuesAt(issues: readonly SettingIssue[], ...field: ReadonlyArray<string | number>): SettingIssue[] {
  return issues.filter((issue) => field.every((part, index) => issue.path[index] === part));
}

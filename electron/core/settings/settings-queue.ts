import type { Result } from '../../../shared/result.js';
import type { SettingKind } from '../../../shared/settings/setting-kinds.js';
import type { SettingsPage, StoredSetting } from '../../../shared/settings/stored-setting.js';

/**
 * What the console asks the central queue about the tenant's settings (lib/queue-client/queue-client.ts answers
 * these): the feed of changes after a seq, and saves or deletes against the version they were edited from.
 */
export interface SettingsQueue {
  listSettings(after: number, limit?: number): Promise<Result<SettingsPage>>;
  saveSetting(kind: SettingKind, id: string, baseVersion: number, value: unknown): Promise<Result<StoredSetting>>;
  deleteSetting(kind: SettingKind, id: string, baseVersion: number): Promise<Result<StoredSetting>>;
}

/** The queue's own error in a failed answer (QueueClient puts `{ status, error: { code, details } }` in details). */
export function queueErrorOf(details: unknown): { status: number | null; code: string | null; details: unknown } {
  const answered = (details ?? {}) as { status?: unknown; error?: { code?: unknown; details?: unknown } | null };
  return {
    status: typeof answered.status === 'number' ? answered.status : null,
    code: typeof answered.error?.code === 'string' ? answered.error.code : null,
    details: answered.error?.details,
  };
}

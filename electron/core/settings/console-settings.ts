import type { ConsoleInput, ConsoleOutput } from '../../../shared/api/console-contract.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import { fail, ok, type AppError, type Result } from '../../../shared/result.js';
import { QUEUE_IN_USE, QueueInUseDetailsSchema } from '../../../shared/settings/queue-uses.js';
import { editableSettingKinds, mayEditSetting } from '../../../shared/settings/setting-kinds.js';
import {
  SettingConflictDetailsSchema,
  SettingIssuesDetailsSchema,
  type StoredSetting,
} from '../../../shared/settings/stored-setting.js';
import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { queueRefusalOf } from '../../../lib/queue-client/queue-refusal.js';
import type { SettingsStore } from './settings-store.js';

export interface ConsoleSettingsOptions {
  store: SettingsStore;
  queue: Pick<QueueClient, 'saveSetting' | 'deleteSetting'>;
  /** The role of the console's token, null while unknown. */
  role: () => Role | null;
  /** The tenant of the console's token, null while unknown. */
  tenantId: () => string | null;
}

const OFFLINE =
  'Settings can be changed only while the central queue is reachable; your edits stay in the form, save again when it is back.';

/**
 * The console's side of the tenant settings: reads come from the local cache (offline too), saves and deletes go
 * to the queue, and the version it stored goes into the cache at once. The queue's refusals come back with what
 * the form needs to keep its edits: the issues by field (settings_invalid), what is stored now (settings_conflict),
 * what still uses a queue that was not deleted (queue_in_use).
 */
export class ConsoleSettings {
  constructor(private readonly options: ConsoleSettingsOptions) {}

  async getTenantSettings(): Promise<Result<ConsoleOutput<'getTenantSettings'>>> {
    const { store, role, tenantId } = this.options;
    const known = role();
    return ok({
      tenantId: tenantId() ?? store.tenantId() ?? '',
      settings: store.current(),
      editableKinds: known === null ? [] : editableSettingKinds(known),
      syncedAt: store.syncedAt(),
    });
  }

  async saveSetting(input: ConsoleInput<'saveSetting'>): Promise<Result<StoredSetting>> {
    return this.stored(await this.options.queue.saveSetting(input.kind, input.id, input.baseVersion, input.value));
  }

  async deleteSetting(input: ConsoleInput<'deleteSetting'>): Promise<Result<StoredSetting>> {
    return this.stored(await this.options.queue.deleteSetting(input.kind, input.id, input.baseVersion));
  }

  async searchArticles(input: ConsoleInput<'searchArticles'>): Promise<Result<ConsoleOutput<'searchArticles'>>> {
    const role = this.options.role();
    // Drafts are for those who write articles; anyone else finds what customers may read.
    const includeDrafts = input.includeDrafts === true && role !== null && mayEditSetting(role, 'article');
    return ok(this.options.store.findArticles({ ...input, includeDrafts }));
  }

  private stored(answer: Result<StoredSetting>): Result<StoredSetting> {
    if (!answer.ok) return refusal(answer.error);
    this.options.store.put(answer.value);
    return ok(answer.value);
  }
}

/** A failed save as the form reads it; nothing is written to the cache. */
function refusal(error: AppError): Result<never> {
  if (error.code === 'queue_unreachable') return fail('queue_unreachable', OFFLINE);
  const answered = queueRefusalOf(error.details);
  if (answered.code === 'settings_invalid') {
    const details = SettingIssuesDetailsSchema.safeParse(answered.details);
    return fail('settings_invalid', error.message, details.success ? details.data : { issues: [] });
  }
  if (answered.code === 'settings_conflict') {
    const details = SettingConflictDetailsSchema.safeParse(answered.details);
    if (details.success) return fail('settings_conflict', error.message, details.data);
  }
  if (answered.code === QUEUE_IN_USE) {
    const details = QueueInUseDetailsSchema.safeParse(answered.details);
    return fail(QUEUE_IN_USE, error.message, details.success ? details.data : undefined);
  }
  if (answered.status === 403) return fail('forbidden', error.message);
  return fail(error.code, error.message);
}

import { OwnerQueueSchema } from '../api/queue-contract.js';
import { PROFILE_ID, type SettingKind } from './setting-kinds.js';
import type { SettingIssue } from './stored-setting.js';

/**
 * What an item's id must be beyond SETTING_ID_PATTERN, for kinds whose id means something: the profile is one
 * item, a queue id is what tickets and rules name (OwnerQueueSchema's id), an SLA policy is stored under its
 * queue's id. The queue refuses a save with these issues; an admin screen may check the same before saving.
 */
export function settingIdIssues(kind: SettingKind, id: string, value: unknown): SettingIssue[] {
  if (kind === 'profile' && id !== PROFILE_ID)
    return [{ path: [], message: `The tenant profile is one item, saved as "${PROFILE_ID}", not "${id}".` }];
  if (kind === 'queue') {
    const queueId = OwnerQueueSchema.shape.id.safeParse(id);
    return queueId.success ? [] : queueId.error.issues.map((issue) => ({ path: [], message: issue.message }));
  }
  if (kind === 'sla_policy') {
    const queueId = (value as { queueId?: unknown } | null)?.queueId;
    if (queueId !== id)
      return [
        {
          path: ['queueId'],
          message: `An SLA policy is saved under the id of its queue: this one is for "${String(queueId)}" but saved as "${id}".`,
        },
      ];
  }
  return [];
}

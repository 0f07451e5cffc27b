import type { FastifyInstance, FastifyRequest } from 'fastify';
import { describeQueueUses, QUEUE_IN_USE, type QueueInUseDetails } from '../../shared/settings/queue-uses.js';
import { mayEditSetting, SETTING_KINDS, type SettingKind } from '../../shared/settings/setting-kinds.js';
import { settingIdIssues } from '../../shared/settings/setting-ids.js';
import {
  SaveSettingRequestSchema,
  type SettingIssue,
  type SettingsPage,
  type StoredSetting,
} from '../../shared/settings/stored-setting.js';
import { DeleteSettingQuerySchema, ENDPOINTS, SettingParamsSchema, SettingsQuerySchema } from '../api-spec.js';
import { callerOf, guard, type Caller } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { HttpError, notFound } from '../http-errors.js';
import type { SettingKey, SettingWriteResult } from '../storage/setting-rows.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The tenant's settings (shared/settings/): everyone of the tenant reads them (consoles keep a copy), the roles
 * SETTING_KINDS names change them. Every change names the version it was edited from, so one admin never
 * silently overwrites another, and is audited with it.
 */
export function registerSettingRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get(
    ENDPOINTS.listSettings.path,
    guard(deps.store, ENDPOINTS.listSettings),
    async (request): Promise<SettingsPage> => {
      const query = parseInput(SettingsQuerySchema, request.query, 'settings query');
      return deps.store.listSettings(callerOf(request).tenantId, query.after, query.limit);
    },
  );

  app.put(
    ENDPOINTS.saveSetting.path,
    guard(deps.store, ENDPOINTS.saveSetting),
    async (request): Promise<StoredSetting> => {
      const key = settingKey(request, deps);
      const body = parseInput(SaveSettingRequestSchema, request.body, 'setting');
      const value = SETTING_KINDS[key.kind].schema.safeParse(body.value);
      if (!value.success)
        throw invalid(
          key.kind,
          value.error.issues.map((issue) => ({ path: issue.path.map(pathPart), message: issue.message })),
        );
      const idIssues = settingIdIssues(key.kind, key.id, value.data);
      if (idIssues.length > 0) throw invalid(key.kind, idIssues);
      return stored(
        deps,
        key,
        await deps.store.saveSetting({ ...key, baseVersion: body.baseVersion, value: value.data }),
      );
    },
  );

  app.delete(
    ENDPOINTS.deleteSetting.path,
    guard(deps.store, ENDPOINTS.deleteSetting),
    async (request): Promise<StoredSetting> => {
      const key = settingKey(request, deps);
      const { baseVersion } = parseInput(DeleteSettingQuerySchema, request.query, 'delete query');
      return stored(deps, key, await deps.store.deleteSetting({ ...key, baseVersion }));
    },
  );
}

/** The item the request names, once the caller's role may change its kind (403 otherwise). */
function settingKey(request: FastifyRequest, deps: RouteDeps): Omit<SettingKey, 'baseVersion'> {
  const caller: Caller = callerOf(request);
  const { kind, id } = parseInput(SettingParamsSchema, request.params, 'setting path');
  if (!mayEditSetting(caller.role, kind))
    throw new HttpError(
      403,
      'forbidden',
      `A ${caller.role} token may not change ${kind} settings; it needs one of: ${SETTING_KINDS[kind].editRoles.join(', ')}.`,
    );
  return {
    tenantId: caller.tenantId,
    kind,
    id,
    savedBy: caller.name,
    savedAt: deps.now().toISOString(),
    actor: actorOf(request),
  };
}

/** The stored version (event-stream listeners learn that something moved), or the HTTP error of why there is none. */
async function stored(
  deps: RouteDeps,
  key: Pick<SettingKey, 'tenantId' | 'kind' | 'id'>,
  result: SettingWriteResult,
): Promise<StoredSetting> {
  switch (result.status) {
    case 'stored':
      await deps.notifyChange(key.tenantId);
      return result.setting;
    case 'conflict':
      throw new HttpError(
        409,
        'settings_conflict',
        result.current === null
          ? `The ${key.kind} "${key.id}" does not exist (yet); save it as new (baseVersion 0).`
          : `The ${key.kind} "${key.id}" was changed by ${result.current.savedBy} (version ${result.current.version}${result.current.deleted ? ', deleted' : ''}) since the version you edited; review theirs and save again.`,
        { current: result.current },
      );
    case 'not_found':
      throw notFound(`There is no ${key.kind} "${key.id}" to delete.`);
    case 'refused':
      throw invalid(key.kind, [{ path: [], message: result.message }]);
    case 'invalid':
      throw invalid(key.kind, result.issues);
    case 'in_use':
      throw new HttpError(409, QUEUE_IN_USE, describeQueueUses(key.id, result.uses), {
        queueId: key.id,
        uses: result.uses,
      } satisfies QueueInUseDetails);
  }
}

function invalid(kind: SettingKind, issues: SettingIssue[]): HttpError {
  const more = issues.length > 1 ? ` (${issues.length - 1} more in details)` : '';
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return new HttpError(
    400,
    'settings_invalid',
    `The ${kind} is invalid${where}: ${first?.message ?? 'unknown issue'}${more}`,
    { issues },
  );
}

/** zod paths may hold symbols (never in these schemas); the wire carries strings and numbers. */
function pathPart(part: PropertyKey): string | number {
  return typeof part === 'number' ? part : String(part);
}

import type { FastifyInstance } from 'fastify';
import { checkRuleSet } from '../../shared/rules/check-rule-set.js';
import { SaveRulesRequestSchema, type RuleIssue, type StoredRuleSet } from '../../shared/rules/rule-set.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { HttpError } from '../http-errors.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The tenant's escalation rules: every engine of the tenant reads them, leads replace them.
 * A save names the version it was edited from, so one lead never silently overwrites another.
 */
export function registerRuleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get(ENDPOINTS.getRules.path, guard(deps.store, ENDPOINTS.getRules), async (request): Promise<StoredRuleSet> => {
    return deps.store.getRuleSet(callerOf(request).tenantId);
  });

  app.put(ENDPOINTS.saveRules.path, guard(deps.store, ENDPOINTS.saveRules), async (request): Promise<StoredRuleSet> => {
    const caller = callerOf(request);
    const body = parseInput(SaveRulesRequestSchema, request.body, 'rule set');
    // Every check but the owner queues' here; the store checks those under the lock that queue deletes take.
    const check = checkRuleSet(body.rules, null);
    if (!check.ok) throw rulesInvalid(check.issues);
    const result = await deps.store.saveRuleSet({
      tenantId: caller.tenantId,
      rules: check.rules,
      baseVersion: body.baseVersion,
      savedBy: caller.name,
      savedAt: deps.now().toISOString(),
      actor: actorOf(request),
    });
    if (result.status === 'invalid') throw rulesInvalid(result.issues);
    if (result.status === 'conflict') {
      throw new HttpError(
        409,
        'rules_conflict',
        `The rules were changed by ${result.current.savedBy ?? 'someone else'} (version ${result.current.version}) since you opened version ${body.baseVersion}; review their version and save again.`,
        { current: result.current },
      );
    }
    // Event-stream listeners (autopilots, consoles) learn that something moved and look again.
    await deps.notifyChange(caller.tenantId);
    return result.ruleSet;
  });
}

function rulesInvalid(issues: RuleIssue[]): HttpError {
  const first = issues[0];
  const more =
    issues.length > 1 ? ` (${issues.length - 1} more problem${issues.length > 2 ? 's' : ''} in details)` : '';
  return new HttpError(400, 'rules_invalid', `${first?.message ?? 'The rule set is invalid.'}${more}`, { issues });
}

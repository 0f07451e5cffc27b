import type { FastifyInstance } from 'fastify';
import { checkRuleSet } from '../../shared/rules/check-rule-set.js';
import { SaveRulesRequestSchema, type StoredRuleSet } from '../../shared/rules/rule-set.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
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
    // A tenant that registered its owner queues gets rules checked against them; one that did not
    // (queues known only to its engines' configuration) gets every other check.
    const queues = await deps.store.listOwnerQueues(caller.tenantId);
    const check = checkRuleSet(body.rules, queues.length > 0 ? queues.map((q) => q.id) : null);
    if (!check.ok) {
      const first = check.issues[0];
      const more =
        check.issues.length > 1
          ? ` (${check.issues.length - 1} more problem${check.issues.length > 2 ? 's' : ''} in details)`
          : '';
      throw new HttpError(400, 'rules_invalid', `${first?.message ?? 'The rule set is invalid.'}${more}`, {
        issues: check.issues,
      });
    }
    const result = await deps.store.saveRuleSet({
      tenantId: caller.tenantId,
      rules: check.rules,
      baseVersion: body.baseVersion,
      savedBy: caller.name,
      savedAt: deps.now().toISOString(),
      actor: { name: caller.name, role: caller.role },
    });
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

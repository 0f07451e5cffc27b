import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_POLICY, RoutingPolicySchema } from '../../../shared/settings/routing-policy.js';
import { routingFormFrom, routingRuleOf, routingValueFrom } from '../../../renderer/src/routing/routing-form.js';

describe('the routing policy form', () => {
  it('shows shares as percentages and reads them back as the same policy', () => {
    const policy = {
      ...DEFAULT_ROUTING_POLICY,
      model: { ...DEFAULT_ROUTING_POLICY.model, intents: ['card_arrival', 'refund'], minConfidence: 0.725 },
      budget: { ...DEFAULT_ROUTING_POLICY.budget, monthlyUsd: 12.5 },
      forbiddenPromises: ['lifetime warranty'],
    };
    const form = routingFormFrom(policy);
    expect(form).toMatchObject({ minConfidence: '72.5', monthlyUsd: '12.5', intents: 'card_arrival\nrefund' });
    expect(RoutingPolicySchema.parse(routingValueFrom(form))).toEqual(policy);
  });

  it('reads a blank budget as no limit, a decimal comma as a point, and leaves other text for the schema to name', () => {
    const form = { ...routingFormFrom(DEFAULT_ROUTING_POLICY), monthlyUsd: ' ', warnAt: '75,5', minConfidence: 'lots' };
    const value = routingValueFrom(form) as { budget: { monthlyUsd: unknown; warnAt: unknown } };
    expect(value.budget).toMatchObject({ monthlyUsd: null, warnAt: 0.755 });
    const checked = RoutingPolicySchema.safeParse(value);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['model.minConfidence']);
    expect(routingRuleOf('model.minConfidence')).toBe('routing.rule.percent');
    expect(routingRuleOf('budget.monthlyUsd')).toBe('routing.rule.budget');
  });
});

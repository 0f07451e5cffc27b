import { describe, expect, it } from 'vitest';
import { chooseRoute, type BuiltinOutcome, type ModelAvailability } from '../../../shared/routing/choose-route.js';
import { budgetMonth, budgetState, monthStart } from '../../../shared/routing/model-budget.js';
import { DEFAULT_ROUTING_POLICY, type RoutingPolicy } from '../../../shared/settings/routing-policy.js';

const policy: RoutingPolicy = {
  ...DEFAULT_ROUTING_POLICY,
  model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true },
  budget: { monthlyUsd: 10, warnAt: 0.8, whenExhausted: 'people' },
};
const unsure: BuiltinOutcome = {
  action: 'escalate',
  code: 'low_confidence',
  intent: 'card_arrival',
  confidence: 0.42,
  ownerQueue: 'cards',
  hasAnswer: true,
};
const up: ModelAvailability = { configured: true, budget: 'ok', up: true };

describe('chooseRoute', () => {
  it('keeps the built-in resolution and sends the unsure rest to the model', () => {
    expect(chooseRoute(policy, { ...unsure, action: 'resolve', code: null, ownerQueue: null }, up)).toMatchObject({
      route: 'builtin',
      fallback: false,
    });
    expect(chooseRoute(policy, unsure, up)).toMatchObject({ route: 'model', alert: false });
  });

  it('leaves what rules and signals send to people with people, with the model assisting', () => {
    expect(chooseRoute(policy, { ...unsure, code: 'human_requested' }, up)).toEqual(
      expect.objectContaining({ route: 'person', assist: true, code: null }),
    );
    expect(chooseRoute(DEFAULT_ROUTING_POLICY, unsure, up)).toMatchObject({ route: 'person', assist: false });
  });

  it('follows the intent and queue lists', () => {
    const narrow = { ...policy, model: { ...policy.model, intents: ['refund'] } };
    expect(chooseRoute(narrow, unsure, up)).toMatchObject({ route: 'person' });
    const queues = { ...policy, model: { ...policy.model, queues: ['cards'] } };
    expect(chooseRoute(queues, unsure, up)).toMatchObject({ route: 'model' });
  });

  it('applies the budget and outage actions', () => {
    const exhausted = { ...up, budget: 'exhausted' as const };
    expect(chooseRoute(policy, unsure, exhausted)).toMatchObject({ route: 'person', code: 'budget_exhausted' });
    const alerting = { ...policy, budget: { ...policy.budget, whenExhausted: 'model_with_alert' as const } };
    expect(chooseRoute(alerting, unsure, exhausted)).toMatchObject({ route: 'model', alert: true });
    const fallback = { ...policy, whenModelDown: 'builtin' as const, fallbackResolveThreshold: 0.4 };
    expect(chooseRoute(fallback, unsure, { ...up, up: false })).toMatchObject({ route: 'builtin', fallback: true });
    expect(chooseRoute({ ...fallback, fallbackResolveThreshold: 0.5 }, unsure, { ...up, up: false })).toMatchObject({
      route: 'person',
      code: 'model_error',
    });
  });
});

describe('budgetState', () => {
  it('warns from warnAt, is exhausted at the budget, and never without one', () => {
    const budget = policy.budget;
    expect(budgetState(budget, 7.99)).toBe('ok');
    expect(budgetState(budget, 8)).toBe('warning');
    expect(budgetState(budget, 10)).toBe('exhausted');
    expect(budgetState({ ...budget, monthlyUsd: 0 }, 0)).toBe('exhausted');
    expect(budgetState({ ...budget, monthlyUsd: null }, 1e6)).toBe('ok');
  });

  it('counts calendar months in UTC', () => {
    expect(budgetMonth(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12');
    expect(budgetMonth(new Date('2027-01-01T00:00:00.000+01:00'))).toBe('2026-12');
    expect(monthStart('2027-01')).toBe('2027-01-01T00:00:00.000Z');
  });
});

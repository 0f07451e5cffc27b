import { describe, expect, it } from 'vitest';
import type { AiRoute } from '../../../shared/domain/ai-assist.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import {
  builtinOutcomeOf,
  MAX_ROUTING_PREVIEW_CHANGES,
  routingPreviewOf,
  type BuiltinContext,
  type PreviewTicket,
} from '../../../shared/routing/routing-preview.js';
import { DEFAULT_ROUTING_POLICY, type RoutingPolicy } from '../../../shared/settings/routing-policy.js';

const NOW = new Date('2026-12-10T12:00:00.000Z');
const context: BuiltinContext = { ruleOwner: 'cards', hasArticle: true, resolveThreshold: 0.8 };

type Recorded = Parameters<typeof builtinOutcomeOf>[0];
const recorded = (fields: Partial<Recorded>, route?: AiRoute): Recorded => ({
  status: 'ai_resolved',
  escalation: null,
  intent: 'card_arrival',
  confidence: 0.5,
  ownerQueue: null,
  ...(route
    ? {
        aiAssist: {
          routing: { route, reason: '', model: null, promptVersion: null },
          citations: [],
          suggestedMacros: [],
          suggestedArticles: [],
        },
      }
    : {}),
  ...fields,
});
const escalated = (code: NonNullable<Ticket['escalation']>['code'], route?: AiRoute): Recorded =>
  recorded({ status: 'escalated', escalation: { code, ruleId: 'r', detail: '' }, ownerQueue: 'cards' }, route);

const modelOn: RoutingPolicy = {
  ...DEFAULT_ROUTING_POLICY,
  model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true },
  budget: { monthlyUsd: 100, warnAt: 0.8, whenExhausted: 'people' },
};

let n = 0;
const ticket = (record: Recorded, fields: Partial<PreviewTicket> = {}): PreviewTicket => ({
  id: `t${++n}`,
  subject: `Ticket ${n}`,
  createdAt: new Date(NOW.getTime() - n * 60_000).toISOString(),
  intent: record.intent,
  builtin: builtinOutcomeOf(record, context),
  modelCostUsd: record.modelCostUsd ?? 0,
  ...fields,
});

const preview = (current: RoutingPolicy, edited: RoutingPolicy, tickets: PreviewTicket[], spentUsd = 0, up = true) =>
  routingPreviewOf({
    current,
    edited,
    tickets,
    model: { configured: true, up },
    spent: { usd: spentUsd, from: 'queue' },
    now: NOW,
  });

describe('builtinOutcomeOf', () => {
  it('keeps a built-in resolution, and reads a model resolution or a fallback answer as the built-in engine unsure', () => {
    expect(builtinOutcomeOf(recorded({ confidence: 0.95 }), context)).toMatchObject({ action: 'resolve', code: null });
    expect(builtinOutcomeOf(recorded({ confidence: 0.95 }, 'builtin'), context)).toMatchObject({ action: 'resolve' });
    expect(builtinOutcomeOf(recorded({ confidence: 0.85 }, 'model'), context)).toEqual({
      action: 'escalate',
      code: 'low_confidence',
      intent: 'card_arrival',
      confidence: 0.85,
      ownerQueue: 'cards',
      hasAnswer: true,
    });
    // Sent by the built-in engine below the tenant's threshold: its fallback answer.
    expect(builtinOutcomeOf(recorded({ confidence: 0.7 }, 'builtin'), context)).toMatchObject({
      action: 'escalate',
      code: 'low_confidence',
    });
  });

  it("keeps the rules' and signals' codes, and reads the routing layer's own codes as unsure", () => {
    expect(builtinOutcomeOf(escalated('human_requested'), context)).toMatchObject({ code: 'human_requested' });
    expect(builtinOutcomeOf(escalated('rule', 'person'), context)).toMatchObject({ code: 'rule', ownerQueue: 'cards' });
    for (const code of ['ungrounded', 'integration_drift', 'budget_exhausted', 'model_error'] as const)
      expect(builtinOutcomeOf(escalated(code, 'person'), context)).toMatchObject({ code: 'low_confidence' });
    expect(builtinOutcomeOf(escalated('no_answer'), context)).toMatchObject({ code: 'no_answer', hasAnswer: false });
    expect(builtinOutcomeOf(recorded({ status: 'new' }), context)).toBeNull();
  });
});

describe('routingPreviewOf', () => {
  const window = () => [
    ticket(recorded({ confidence: 0.95 })),
    ticket(escalated('low_confidence')),
    ticket(escalated('no_answer')),
    ticket(escalated('complaint')),
    ticket(recorded({ status: 'new' })),
  ];

  it('changes nothing when the policy is the one in force', () => {
    const result = preview(modelOn, modelOn, window());
    expect(result).toMatchObject({ compared: 4, undecided: 1, changed: 0, moves: [], changes: [] });
    expect(result.routes.now).toEqual(result.routes.edited);
  });

  it('counts the routes chooseRoute gives under each policy, and what moves', () => {
    const result = preview(DEFAULT_ROUTING_POLICY, modelOn, window());
    expect(result.routes.now).toEqual({ builtin: 1, model: 0, person: 3 });
    expect(result.routes.edited).toEqual({ builtin: 1, model: 2, person: 1 });
    expect(result.assisted).toEqual({ now: 0, edited: 1 });
    expect(result.changed).toBe(2);
    expect(result.moves).toEqual([{ from: 'person', to: 'model', count: 2 }]);
    expect(result.changes.map((c) => [c.subject, c.before, c.after])).toEqual([
      ['Ticket 7', 'person', 'model'],
      ['Ticket 8', 'person', 'model'],
    ]);
  });

  it('follows the intent list, the budget and the outage rule of the edited policy', () => {
    const narrow = { ...modelOn, model: { ...modelOn.model, intents: ['refund'] } };
    expect(preview(modelOn, narrow, window()).routes.edited.model).toBe(0);
    const spent = preview(modelOn, modelOn, window(), 100);
    expect(spent.cost.budgetState).toBe('exhausted');
    expect(spent.routes.edited).toEqual({ builtin: 1, model: 0, person: 3 });
    const fallback = { ...modelOn, whenModelDown: 'builtin' as const, fallbackResolveThreshold: 0.4 };
    expect(preview(modelOn, fallback, window(), 0, false).routes.edited).toEqual({ builtin: 2, model: 0, person: 2 });
  });

  it("estimates the month's model cost from the recorded cost per model ticket at the window's pace", () => {
    const tickets = [
      ticket(recorded({ confidence: 0.6, modelCostUsd: 0.02 }, 'model')),
      ticket(recorded({ confidence: 0.6, modelCostUsd: 0.04 }, 'model')),
      ticket(escalated('low_confidence')),
    ];
    const result = preview(modelOn, modelOn, tickets, 12.5);
    expect(result.routes.edited.model).toBe(3);
    // 3 model tickets in 7 days is 3 × 31 / 7 in December; 0.03 US dollars each.
    expect(result.cost.projectedModelTickets).toBeCloseTo((3 * 31) / 7, 9);
    expect(result.cost.averageModelCostUsd).toBeCloseTo(0.03, 9);
    expect(result.cost.estimatedMonthUsd).toBeCloseTo((0.03 * 3 * 31) / 7, 9);
    expect(result.cost).toMatchObject({ costedTickets: 2, spentUsd: 12.5, budgetUsd: 100, budgetState: 'ok' });
    expect(preview(modelOn, modelOn, [ticket(escalated('low_confidence'))]).cost.estimatedMonthUsd).toBeNull();
  });

  it('reads only the last 7 days and bounds the list of changes, newest first', () => {
    const old = ticket(escalated('low_confidence'), { createdAt: '2026-12-01T00:00:00.000Z' });
    const many = Array.from({ length: MAX_ROUTING_PREVIEW_CHANGES + 5 }, () => ticket(escalated('low_confidence')));
    const result = preview(DEFAULT_ROUTING_POLICY, modelOn, [old, ...many]);
    expect(result.compared).toBe(many.length);
    expect(result.changed).toBe(many.length);
    expect(result.changes).toHaveLength(MAX_ROUTING_PREVIEW_CHANGES);
    expect(result.changes[0]!.ticketId).toBe(many[0]!.id);
  });
});

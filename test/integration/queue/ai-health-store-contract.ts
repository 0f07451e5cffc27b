import { expect, it } from 'vitest';
import type { AiHealthEvent } from '../../../shared/api/ai-health-contract.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { DEFAULT_ROUTING_POLICY, ROUTING_POLICY_ID } from '../../../shared/settings/routing-policy.js';
import { MAX_HEALTH_EVENTS_KEPT } from '../../../server/domain/ai-health.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { aiDecision, escalateDecision, resolveDecision } from './builders.js';

const T0 = new Date('2026-03-31T23:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const HOUR = 3_600_000;
const customer = { id: 'cus_1', name: 'Ada', tier: 'standard' as const };
const PROMPT = 'decide@3.1a2b3c4d';

/** A decision the model made for `costUsd` (route model), or one the built-in engine made (route builtin, no usage). */
function modelDecision(costUsd: number, promptTokens = 900, completionTokens = 100): AiDecision {
  return {
    ...resolveDecision,
    engine: 'openai',
    latencyMs: 1_250,
    usage: { model: 'gpt-test', calls: 1, promptTokens, completionTokens, costUsd },
    assist: {
      routing: { route: 'model', reason: 'unsure', model: 'gpt-test', promptVersion: PROMPT },
      citations: [],
      suggestedMacros: [],
      suggestedArticles: [],
    },
  };
}
const builtinDecision: AiDecision = {
  ...escalateDecision,
  assist: {
    routing: { route: 'person', reason: 'rule', model: null, promptVersion: null },
    citations: [],
    suggestedMacros: [],
    suggestedArticles: [],
  },
};

const drift = (ticketId: string, operationId = 'getOrder'): AiHealthEvent => ({
  kind: 'integration_drift',
  toolApiId: 'orders',
  operationId,
  ticketId,
  problem: '$.total: expected number, got string',
});
const shadow = (agreement: number, guardRefusalRate = 0): AiHealthEvent => ({
  kind: 'shadow_run',
  promptVersion: PROMPT,
  model: 'gpt-test',
  sampled: 20,
  agreement,
  guardRefusalRate,
  minAgreement: 0.85,
  maxGuardRefusalRate: 0.1,
  disagreements: [],
});

/**
 * The routing layer's part of the QueueStore contract (store-contract.ts calls it inside its describe, where tenants
 * alpha and beta exist): every applied AI decision's route and model use, the month's spend, the AI health events.
 */
export function describeAiHealthStoreContract(store: () => QueueStore): void {
  /** The bot's mutation ids: each test's store is new, so a counter that only goes up stays within a push's step. */
  let lastMutationId = 0;
  /** Applies each decision to a new ticket of the tenant (claimed first, as an autopilot does), at `now`. */
  async function decide(tenantId: string, decisions: readonly AiDecision[], now: Date): Promise<void> {
    const ticketIds: string[] = [];
    for (const _decision of decisions) {
      const intake = { tenantId, subject: 'Help', customer, channel: 'api' as const, text: 'Hello', now };
      ticketIds.push((await store().intakeTicket({ ...intake, idempotencyKey: null })).ticket.id);
    }
    await store().claimTickets({ tenantId, workerId: 'bot', limit: decisions.length, leaseMs: 60_000, now });
    const result = await store().applyMutations({
      tenantId,
      clientId: 'bot',
      principal: 'token:alpha-admin',
      mutations: decisions.map((decision, index) => aiDecision(++lastMutationId, ticketIds[index]!, decision)),
      gate: () => null,
      now,
    });
    expect(result.results.map((outcome) => outcome.status)).toEqual(decisions.map(() => 'applied'));
  }

  it("sums the month's applied AI decisions by route: cost, tokens and count, this tenant and month only", async () => {
    await decide('alpha', [modelDecision(0.25), modelDecision(0.5, 2_000, 500), builtinDecision], T0);
    // No assist (an older autopilot): counted in the totals, in no route.
    await decide('alpha', [resolveDecision], at(1));
    // The next month (UTC), and another tenant.
    await decide('alpha', [modelDecision(7)], at(HOUR));
    await decide('beta', [modelDecision(9)], T0);

    expect(await store().aiHealth.monthSpend('alpha', '2026-03')).toEqual({
      month: '2026-03',
      spentUsd: 0.75,
      decisions: 4,
      byRoute: {
        builtin: { decisions: 0, costUsd: 0, tokens: 0 },
        model: { decisions: 2, costUsd: 0.75, tokens: 3_500 },
        person: { decisions: 1, costUsd: 0, tokens: 0 },
      },
    });
    expect(await store().aiHealth.monthSpend('alpha', '2026-04')).toMatchObject({ spentUsd: 7, decisions: 1 });
    expect(await store().aiHealth.monthSpend('alpha', '2026-02')).toMatchObject({ spentUsd: 0, decisions: 0 });
  });

  it('decides the alert, counts drift of one operation within an hour, and reads newest first with filters', async () => {
    const first = await store().aiHealth.recordHealthEvent('alpha', drift('tkt_1'), T0);
    expect(first).toMatchObject({ alert: true, at: T0.toISOString(), event: drift('tkt_1') });
    expect(first.count).toBeUndefined();
    const again = await store().aiHealth.recordHealthEvent('alpha', drift('tkt_2'), at(10 * 60_000));
    // Counted into the first report (its ticket and time stay); another operation, or the next hour, is its own.
    expect(again).toEqual({ ...first, count: 2 });
    const other = await store().aiHealth.recordHealthEvent('alpha', drift('tkt_3', 'refund'), at(20 * 60_000));
    const good = await store().aiHealth.recordHealthEvent('alpha', shadow(0.9, 0.05), at(30 * 60_000));
    const poor = await store().aiHealth.recordHealthEvent('alpha', shadow(0.8), at(40 * 60_000));
    const refusing = await store().aiHealth.recordHealthEvent('alpha', shadow(0.95, 0.2), at(50 * 60_000));
    const nextHour = await store().aiHealth.recordHealthEvent('alpha', drift('tkt_4'), at(HOUR));
    expect([good.alert, poor.alert, refusing.alert]).toEqual([false, true, true]);
    expect(new Set([first.id, other.id, good.id, poor.id, refusing.id, nextHour.id]).size).toBe(6);
    await store().aiHealth.recordHealthEvent('beta', drift('tkt_9'), T0);

    const read = (filter: Partial<{ since: string; kind: string; limit: number }>) =>
      store().aiHealth.healthEvents('alpha', { since: null, kind: null, limit: 50, ...filter });
    expect(await read({})).toEqual([nextHour, refusing, poor, good, other, { ...first, count: 2 }]);
    expect(await read({ kind: 'shadow_run', limit: 2 })).toEqual([refusing, poor]);
    expect(await read({ since: good.at })).toEqual([nextHour, refusing, poor]);
    expect(await store().aiHealth.healthEvents('beta', { since: null, kind: null, limit: 50 })).toHaveLength(1);
  });

  it('keeps the latest events of a tenant (MAX_HEALTH_EVENTS_KEPT; 5 here), forgetting the oldest', async () => {
    const keep = 5;
    const record = (event: AiHealthEvent, n: number) =>
      store().aiHealth.recordHealthEvent('alpha', event, at(n * 1_000), keep);
    const read = (tenantId: string) => store().aiHealth.healthEvents(tenantId, { since: null, kind: null, limit: 50 });
    const first = await record(drift('tkt_1'), 0);
    await store().aiHealth.recordHealthEvent('beta', drift('tkt_9'), T0, keep);
    const shadows = [];
    for (let n = 1; n < keep; n++) shadows.unshift(await record(shadow(0.9), n));
    expect(await read('alpha')).toEqual([...shadows, first]);
    const newest = await record(shadow(0.9), keep);
    expect(await read('alpha')).toEqual([newest, ...shadows]);
    // A drift counted into its event adds none.
    await record(drift('tkt_2', 'refund'), keep + 1);
    expect(await record(drift('tkt_3', 'refund'), keep + 2)).toMatchObject({ count: 2 });
    expect(await read('alpha')).toEqual([expect.objectContaining({ count: 2 }), newest, ...shadows.slice(0, -1)]);
    expect(await read('beta')).toHaveLength(1);
    expect(MAX_HEALTH_EVENTS_KEPT).toBe(1_000);
  });

  it("writes one budget event per month and state as applied decisions pass the policy's warning level and budget", async () => {
    const policy = { ...DEFAULT_ROUTING_POLICY, budget: { monthlyUsd: 1, warnAt: 0.5, whenExhausted: 'people' } };
    const saved = await store().saveSetting({
      tenantId: 'alpha',
      kind: 'routing',
      id: ROUTING_POLICY_ID,
      baseVersion: 0,
      value: policy,
      savedBy: 'Lee Lead',
      savedAt: T0.toISOString(),
    });
    expect(saved.status).toBe('stored');
    const budgetEvents = () => store().aiHealth.healthEvents('alpha', { since: null, kind: 'budget', limit: 10 });

    await decide('alpha', [modelDecision(0.3)], T0);
    expect(await budgetEvents()).toEqual([]);
    await decide('alpha', [modelDecision(0.3), builtinDecision], at(1));
    await decide('alpha', [modelDecision(0.3)], at(2));
    expect(await budgetEvents()).toEqual([
      {
        id: 'budget:2026-03:warning',
        at: at(1).toISOString(),
        alert: true,
        event: { kind: 'budget', month: '2026-03', monthlyUsd: 1, spentUsd: 0.6, state: 'warning' },
      },
    ]);
    await decide('alpha', [modelDecision(0.3), modelDecision(0.3)], at(3));
    await decide('alpha', [modelDecision(0.3)], at(4));
    const events = await budgetEvents();
    expect(events.map((event) => [event.id, event.at])).toEqual([
      ['budget:2026-03:exhausted', at(3).toISOString()],
      ['budget:2026-03:warning', at(1).toISOString()],
    ]);
    // The spend as the push that crossed it left it (both of its decisions).
    expect(events[0]?.event).toMatchObject({ state: 'exhausted', spentUsd: expect.closeTo(1.5, 9) as number });
    // A new month starts from nothing; another tenant (no routing policy saved: the model off) gets none.
    await decide('alpha', [modelDecision(0.6)], at(HOUR));
    await decide('beta', [modelDecision(5)], T0);
    expect((await budgetEvents()).map((event) => event.id)).toEqual([
      'budget:2026-04:warning',
      'budget:2026-03:exhausted',
      'budget:2026-03:warning',
    ]);
    expect(await store().aiHealth.healthEvents('beta', { since: null, kind: null, limit: 10 })).toEqual([]);
  });
}

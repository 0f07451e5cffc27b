import { describe, expect, it } from 'vitest';
import { CostBudget } from '../../../engine/routing/cost-budget.js';
import type { ModelSpendSource } from '../../../engine/routing/ports.js';
import { DEFAULT_ROUTING_POLICY, type RoutingPolicy } from '../../../shared/settings/routing-policy.js';

/** A spend source that answers `usd` (or fails with `error`) and counts its reads. */
interface FakeSpend extends ModelSpendSource {
  usd: number;
  error: string | null;
  reads: number;
}

function fakeSpend(usd: number): FakeSpend {
  const source: FakeSpend = {
    usd,
    error: null as string | null,
    reads: 0,
    async monthToDateUsd() {
      source.reads++;
      if (source.error) throw new Error(source.error);
      return source.usd;
    },
  };
  return source;
}

function setUp(spentUsd: number, budget: Partial<RoutingPolicy['budget']> = {}, start = '2026-03-10T12:00:00.000Z') {
  let now = Date.parse(start);
  const spend = fakeSpend(spentUsd);
  const logs: string[] = [];
  const cost = new CostBudget({
    spend,
    budget: () => ({ ...DEFAULT_ROUTING_POLICY.budget, monthlyUsd: 10, warnAt: 0.8, ...budget }),
    refreshEveryMs: 60_000,
    applyLagMs: 5_000,
    now: () => now,
    log: (line) => logs.push(line),
  });
  return { cost, spend, logs, advance: (ms: number) => (now += ms), at: (iso: string) => (now = Date.parse(iso)) };
}

describe('the monthly model budget of one autopilot', () => {
  it("reads the queue's month-to-date spend at most once per refresh window, and one read at a time", async () => {
    const { cost, spend, advance } = setUp(2);
    await Promise.all([cost.refresh(), cost.refresh(), cost.refresh()]);
    expect(spend.reads).toBe(1);
    advance(59_999);
    await cost.refresh();
    expect(spend.reads).toBe(1);
    spend.usd = 3;
    advance(1);
    await cost.refresh();
    expect(spend.reads).toBe(2);
    expect(cost.snapshot()).toMatchObject({ month: '2026-03', spentUsd: 3, state: 'ok', staleMs: 0, lastError: null });
  });

  it('is ok below warnAt, a warning from it, exhausted once the next call would pass the budget', async () => {
    const { cost, spend } = setUp(7.9);
    await cost.refresh();
    expect(cost.snapshot().state).toBe('ok');
    expect(cost.snapshot(0.1).state).toBe('warning');
    expect(cost.snapshot(2.1).state).toBe('exhausted');
    expect(spend.reads).toBe(1);
  });

  it('calls in flight reserve their estimate, so concurrent tickets stop at the budget; settling counts the real cost', async () => {
    const { cost } = setUp(9.8);
    await cost.refresh();
    const estimate = 0.08;
    // Three tickets check and reserve one after another (the engine does both synchronously).
    const admitted = [1, 2, 3].flatMap(() =>
      cost.snapshot(estimate).state === 'exhausted' ? [] : [cost.reserve(estimate)],
    );
    expect(admitted).toHaveLength(2);
    expect(cost.snapshot()).toMatchObject({ spentUsd: 9.96, reservedUsd: 0.16 });
    cost.settle(admitted[0]!, 0.05);
    cost.settle(admitted[0]!, 0.05); // settling twice counts once
    expect(cost.snapshot()).toMatchObject({ spentUsd: 9.93, reservedUsd: 0.08 });
    cost.settle(admitted[1]!, 0.12); // an estimate that was too low overshoots by its error only
    expect(cost.snapshot()).toMatchObject({ spentUsd: 9.97, reservedUsd: 0, state: 'warning' });
    expect(cost.snapshot(0.08).state).toBe('exhausted');
  });

  it("this process's spend counts until a later read of the queue holds it (applied decisions)", async () => {
    const { cost, spend, advance } = setUp(1);
    await cost.refresh();
    cost.settle(cost.reserve(0.5), 0.5);
    advance(30_000);
    cost.settle(cost.reserve(0.5), 0.25);
    expect(cost.snapshot().spentUsd).toBe(1.75);
    spend.usd = 1.75; // the queue applied both decisions
    advance(40_000);
    await cost.refresh();
    // The first settled 70 s before the read: the queue holds it. The second 40 s before: also past the 5 s lag.
    expect(cost.snapshot().spentUsd).toBe(1.75);
    advance(58_000);
    cost.settle(cost.reserve(0.5), 0.3);
    advance(2_000);
    spend.usd = 2.05;
    await cost.refresh();
    // settled 2 s before the read, inside the apply lag: counted twice for now rather than missed
    expect(cost.snapshot().spentUsd).toBe(2.35);
  });

  it('a failing spend source keeps the last figure and says how stale it is', async () => {
    const { cost, spend, advance, logs } = setUp(6);
    await cost.refresh();
    spend.error = 'HTTP 503';
    advance(90_000);
    cost.settle(cost.reserve(1), 1);
    await cost.refresh();
    expect(cost.snapshot()).toMatchObject({ spentUsd: 7, staleMs: 90_000, lastError: 'HTTP 503', state: 'ok' });
    expect(cost.snapshot(1).state).toBe('warning');
    expect(logs).toEqual(["The month's model spend could not be read (HTTP 503); using the last figure (90 s old)."]);
    spend.error = null;
    spend.usd = 7;
    advance(60_000);
    await cost.refresh();
    expect(cost.snapshot()).toMatchObject({ spentUsd: 7, staleMs: 0, lastError: null });
  });

  it('before any figure arrives, the spend is only what this process spent (and a budget of 0 is exhausted at once)', async () => {
    const { cost, spend } = setUp(0, { monthlyUsd: 0 });
    spend.error = 'connection refused';
    await cost.refresh();
    expect(cost.snapshot()).toMatchObject({ spentUsd: 0, staleMs: null, state: 'exhausted' });
    const unlimited = setUp(1e6, { monthlyUsd: null });
    await unlimited.cost.refresh();
    expect(unlimited.cost.snapshot(1e6).state).toBe('ok');
  });

  it('a new UTC month starts from zero and reads the spend again at once', async () => {
    const { cost, spend, at } = setUp(9.99, {}, '2026-03-31T23:59:30.000Z');
    await cost.refresh();
    cost.settle(cost.reserve(0.01), 0.01);
    expect(cost.snapshot().state).toBe('exhausted');
    at('2026-04-01T00:00:10.000Z');
    expect(cost.snapshot()).toMatchObject({ month: '2026-04', spentUsd: 0, state: 'ok', staleMs: null });
    spend.usd = 0.02;
    await cost.refresh();
    expect(spend.reads).toBe(2);
    expect(cost.snapshot()).toMatchObject({ month: '2026-04', spentUsd: 0.02 });
  });
});

import { describe, expect, it } from 'vitest';
import { buildDashboard, type Dimension } from '../../../shared/metrics/dashboard.js';
import { computeMetrics, type MetricValues } from '../../../shared/metrics/metric-values.js';
import { ticketFacts, type TicketFacts } from '../../../shared/metrics/ticket-facts.js';
import { fixtureTickets, NOW } from './metrics-fixture.js';

/*
 * Per-ticket facts, worked out by hand from the table in metrics-fixture.ts (now = 03-10 12:00, window 72 h):
 *
 * | t  | closed | closedAt          | human reply | AI resolved | escalated | draft unchanged | first response | reopened/flagged |
 * | T1 | yes    | 03-01 10:00:30    | no          | yes         | no        | -               | 30 s           | no               |
 * | T2 | yes    | 03-02 10:00:00    | yes         | yes         | yes       | yes             | 60 s           | reopened (22 h)  |
 * | T3 | yes    | 03-02 08:20:00    | yes         | no          | yes       | no (edited)     | 1200 s         | -                |
 * | T4 | yes    | 03-02 09:00:10    | no          | yes         | no        | -               | 10 s           | flagged          |
 * | T5 | yes    | 03-09 12:02:00    | no          | yes         | no        | -               | 120 s          | no               |
 * | T6 | no     | -                 | no          | no          | yes       | no (no reply)   | none           | -                |
 * | T7 | no     | -                 | yes         | no          | yes       | yes (spaces)    | 1800 s         | -                |
 * | T8 | yes    | 03-06 15:01:20    | no          | yes         | no        | -               | 20 s           | no (96 h > 72 h) |
 * | T9 | no     | -                 | no          | yes         | no        | -               | 40 s           | lead reopened    |
 *
 * contained (closed, no human reply): T1 T4 T5 T8.   confirmed (closed, csat 4-5): T1(5) T3(5) T5(4).
 * assumed (closed, not confirmed, closedAt <= now - 72 h): T2 (8 d ago), T4 (8 d), T8 (3 d 21 h); T5 closed 24 h ago: not yet.
 * AI handled (resolved or escalated): all nine. escalated: T2 T3 T6 T7. AI resolved: T1 T2 T4 T5 T8 T9.
 * missed (AI resolved and reopened or flagged): T2 T4 T9.  needless (escalated, draft sent unchanged): T2 T7.
 */

const HOURLY = 30;
const options = { now: NOW, hourlyCostUsd: HOURLY };

function allFacts(): TicketFacts[] {
  return fixtureTickets().map(({ ticket, messages, signals }) => ticketFacts(ticket, messages, signals));
}

/**
 * The figures of one row in a fixed order, so each breakdown row is one hand-written line:
 * [tickets, closed, contained, confirmed, assumed, aiHandled, escalated, aiResolved, missed, needless,
 *  frtMean s, frtMedian s, handle total s, handle mean s, csat mean all, csat mean AI, csat mean human,
 *  csat share 4-5 all, model $, cost per resolution $]
 */
type Line = [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  number,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number,
  number | null,
];

function line(m: MetricValues): Line {
  return [
    m.tickets,
    m.closed,
    m.contained,
    m.confirmedResolutions,
    m.assumedResolutions,
    m.aiHandled,
    m.escalated,
    m.aiResolved,
    m.missedEscalations,
    m.needlessEscalations,
    m.firstResponse.meanSeconds,
    m.firstResponse.medianSeconds,
    m.handleTime.totalSeconds,
    m.handleTime.meanSeconds,
    m.csat.all.mean,
    m.csat.ai.mean,
    m.csat.human.mean,
    m.csat.all.satisfiedShare,
    m.cost.modelUsd,
    m.cost.perResolutionUsd,
  ];
}

function expectLine(actual: MetricValues, expected: Line): void {
  const got = line(actual);
  expected.forEach((value, index) => {
    if (value === null) expect(got[index], `figure #${index}`).toBeNull();
    else expect(got[index], `figure #${index}`).toBeCloseTo(value, 6);
  });
}

describe('ticket facts', () => {
  const facts = new Map(allFacts().map((f) => [f.id, f]));

  it('reads closing time, human reply, draft reuse and first response from the thread', () => {
    expect(facts.get('T2')).toMatchObject({
      closed: true,
      closedAt: Date.parse('2026-03-02T10:00:00Z'),
      humanReplied: true,
      aiResolved: true,
      escalated: true,
      answeredWithDraftUnchanged: true,
      firstResponseMs: 60_000,
      reopened: true,
      csat: 2,
      day: '2026-03-01',
      queue: 'billing',
      market: 'DE',
    });
    // An edited draft is not "unchanged"; a draft sent with extra spaces is.
    expect(facts.get('T3')?.answeredWithDraftUnchanged).toBe(false);
    expect(facts.get('T7')?.answeredWithDraftUnchanged).toBe(true);
    // An internal note is not a human reply, and no reply at all gives no first response.
    expect(facts.get('T6')).toMatchObject({
      humanReplied: false,
      firstResponseMs: null,
      answeredWithDraftUnchanged: false,
    });
  });

  it('counts a customer reply as a reopen only inside the 72 h window after the AI answer', () => {
    expect(facts.get('T2')?.reopened).toBe(true); // 22 h after
    expect(facts.get('T8')?.reopened).toBe(false); // 96 h after
    expect(facts.get('T8')?.closedAt).toBe(Date.parse('2026-03-06T15:01:20Z')); // the second AI answer closed it
    const [t8] = fixtureTickets().filter((t) => t.ticket.id === 'T8');
    if (!t8) throw new Error('fixture lacks T8');
    // With a 100 h window the same thread is a reopen.
    expect(ticketFacts(t8.ticket, t8.messages, {}, { reopenWindowMs: 100 * 3600_000 }).reopened).toBe(true);
  });

  it('takes review signals for flags and lead reopens', () => {
    expect(facts.get('T4')).toMatchObject({ flagged: true, reopened: false });
    expect(facts.get('T9')).toMatchObject({ flagged: false, reopened: true, closed: false });
  });
});

describe('metrics over all nine tickets', () => {
  const m = computeMetrics(allFacts(), options);

  it('containment: 4 contained / 6 closed', () => {
    expect(m.closed).toBe(6);
    expect(m.contained).toBe(4);
    expect(m.containment).toBeCloseTo(4 / 6, 9);
  });

  it('AI resolution rate: 4 still AI-resolved (T1 T4 T5 T8) / 9 received, where containment reads 4 / 6 closed', () => {
    // T2 (answered by the AI, reopened, then a person's) and T9 (reopened by a lead) are no AI resolution now.
    expect(m.resolvedByAi).toBe(4);
    expect(m.aiResolutionRate).toBeCloseTo(4 / 9, 9);
  });

  it('backlog: the tickets waiting for a person now, by queue: T6 (cards) and T9 (billing)', () => {
    const { backlog } = buildDashboard(allFacts(), { ...options, groupBy: 'day', from: '2026-03-09' });
    expect(backlog).toEqual({
      tickets: 2,
      byQueue: [
        { queue: 'billing', tickets: 1 },
        { queue: 'cards', tickets: 1 },
      ],
    });
  });

  it('confirmed 3/6 and assumed 3/6 resolutions', () => {
    expect(m.confirmedResolutions).toBe(3);
    expect(m.confirmedResolutionRate).toBeCloseTo(0.5, 9);
    expect(m.assumedResolutions).toBe(3);
    expect(m.assumedResolutionRate).toBeCloseTo(0.5, 9);
  });

  it('a closed ticket becomes an assumed resolution once its window has passed', () => {
    // T5 closed 03-09 12:02; at 03-12 12:02 the 72 h have passed (T5 is confirmed by its 4 though: no change),
    // so check with T5's rating removed: then it is assumed at 03-12 12:02 and not one minute before.
    const withoutRating = allFacts().map((f) => (f.id === 'T5' ? { ...f, csat: null } : f));
    const before = computeMetrics(withoutRating, { ...options, now: Date.parse('2026-03-12T12:01:00Z') });
    const after = computeMetrics(withoutRating, { ...options, now: Date.parse('2026-03-12T12:02:00Z') });
    expect(before.assumedResolutions).toBe(3);
    expect(after.assumedResolutions).toBe(4);
  });

  it('escalation rate: 4 escalated / 9 AI-handled', () => {
    expect(m.aiHandled).toBe(9);
    expect(m.escalated).toBe(4);
    expect(m.escalationRate).toBeCloseTo(4 / 9, 9);
  });

  it('missed escalation: 3 (T2 reopened, T4 flagged, T9 lead-reopened) / 6 AI-resolved', () => {
    expect(m.aiResolved).toBe(6);
    expect(m.missedEscalations).toBe(3);
    expect(m.missedEscalationRate).toBeCloseTo(0.5, 9);
  });

  it('needless escalation: 2 drafts sent unchanged (T2, T7) / 4 escalated', () => {
    expect(m.needlessEscalations).toBe(2);
    expect(m.needlessEscalationRate).toBeCloseTo(0.5, 9);
  });

  it('first response: 8 tickets, mean 3280/8 = 410 s, median (40+60)/2 = 50 s', () => {
    // 30 + 60 + 1200 + 10 + 120 + 1800 + 20 + 40 = 3280; sorted 10 20 30 40 | 60 120 1200 1800
    expect(m.firstResponse).toEqual({ tickets: 8, meanSeconds: 410, medianSeconds: 50 });
  });

  it('handle time: 300 + 600 + 120 + 180 = 1200 s over 4 tickets, mean 300 s', () => {
    expect(m.handleTime).toEqual({ tickets: 4, totalSeconds: 1200, meanSeconds: 300 });
  });

  it('CSAT: all 19/5 = 3.8 with 3/5 at 4-5; AI (T1 5, T5 4, T8 3) 4.0 with 2/3; human (T2 2, T3 5) 3.5 with 1/2', () => {
    expect(m.csat.all.ratings).toBe(5);
    expect(m.csat.all.mean).toBeCloseTo(3.8, 9);
    expect(m.csat.all.satisfiedShare).toBeCloseTo(0.6, 9);
    expect(m.csat.ai.ratings).toBe(3);
    expect(m.csat.ai.mean).toBeCloseTo(4, 9);
    expect(m.csat.ai.satisfiedShare).toBeCloseTo(2 / 3, 9);
    expect(m.csat.human.ratings).toBe(2);
    expect(m.csat.human.mean).toBeCloseTo(3.5, 9);
    expect(m.csat.human.satisfiedShare).toBeCloseTo(0.5, 9);
  });

  it('cost per resolution: ($0.16 model + 1200 s x $30/h = $10) / 6 closed = $1.69333', () => {
    // model: .02 + .03 + .01 + .02 + 0 + .01 + .01 + .04 + .02 = 0.16
    expect(m.cost.modelUsd).toBeCloseTo(0.16, 9);
    expect(m.cost.agentUsd).toBeCloseTo(10, 9);
    expect(m.cost.totalUsd).toBeCloseTo(10.16, 9);
    expect(m.cost.perResolutionUsd).toBeCloseTo(10.16 / 6, 9);
  });

  it('shares with a zero denominator are null, not zero', () => {
    const none = computeMetrics([], options);
    expect(none.containment).toBeNull();
    expect(none.escalationRate).toBeNull();
    expect(none.firstResponse.medianSeconds).toBeNull();
    expect(none.csat.all.mean).toBeNull();
    expect(none.cost.perResolutionUsd).toBeNull();
  });
});

describe('breakdowns (each row worked out by hand; columns as in `line`)', () => {
  function rows(groupBy: Dimension) {
    return buildDashboard(allFacts(), { ...options, groupBy }).rows;
  }

  function expectRows(groupBy: Dimension, expected: Array<[string | null, Line]>): void {
    const actual = rows(groupBy);
    expect(actual.map((r) => r.key)).toEqual(expected.map(([key]) => key));
    expected.forEach(([, figures], index) => {
      const row = actual[index];
      if (!row) throw new Error(`row ${index} missing`);
      expectLine(row.metrics, figures);
    });
  }

  it('by day (calendar order)', () => {
    expectRows('day', [
      // T1 T2 T7: FRT 30 60 1800 -> mean 630, median 60; handle 300+180; csat T1 5 (AI), T2 2 (human);
      // model .02+.03+.01; agent 480 s = $4; (4.06) / 2 closed = 2.03
      ['2026-03-01', [3, 2, 1, 1, 1, 3, 2, 2, 1, 2, 630, 60, 480, 240, 3.5, 5, 2, 0.5, 0.06, 2.03]],
      // T3 T4 T8: FRT 1200 10 20 -> mean 410, median 20; handle 600; csat T3 5 (human), T8 3 (AI);
      // model .01+.02+.04; agent 600 s = $5; 5.07 / 3 = 1.69
      ['2026-03-02', [3, 3, 2, 1, 2, 3, 1, 2, 1, 0, 410, 20, 600, 600, 4, 3, 5, 0.5, 0.07, 1.69]],
      // T9: not closed, AI-resolved then reopened by a lead
      ['2026-03-03', [1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 40, 40, 0, null, null, null, null, null, 0.02, null]],
      // T5 T6: FRT 120 only; handle 120 (T6) = $1; model 0 + .01; 1.01 / 1
      ['2026-03-09', [2, 1, 1, 1, 0, 2, 1, 1, 0, 0, 120, 120, 120, 120, 4, 4, null, 1, 0.01, 1.01]],
    ]);
  });

  it('by queue (no queue = null; most tickets first)', () => {
    expectRows('queue', [
      // T1 T4 T5 T8: FRT 30 10 120 20 -> mean 45, median (20+30)/2 = 25; csat 5 4 3 all AI; $.08 / 4
      [null, [4, 4, 4, 2, 2, 4, 0, 4, 1, 0, 45, 25, 0, null, 4, 4, null, 2 / 3, 0.08, 0.02]],
      // T3 T6 T7: FRT 1200 1800; handle 600+120+180 = 900 s = $7.5; model .03; 7.53 / 1 closed
      ['cards', [3, 1, 0, 1, 0, 3, 3, 0, 0, 1, 1500, 1500, 900, 300, 5, null, 5, 1, 0.03, 7.53]],
      // T2 T9: FRT 60 40; handle 300 s = $2.5; model .05; 2.55 / 1 closed
      ['billing', [2, 1, 0, 0, 1, 2, 1, 2, 2, 1, 50, 50, 300, 300, 2, null, 2, 0, 0.05, 2.55]],
    ]);
  });

  it('by language', () => {
    expectRows('language', [
      // T1 T3 T4 T6 T8: FRT 30 1200 10 20 -> 315 / 25; handle 600+120 = 720 s = $6; csat 5 5 3 -> 13/3,
      // AI (T1 5, T8 3) 4, human (T3) 5, 2/3 at 4-5; model .10; 6.10 / 4 closed = 1.525
      ['en', [5, 4, 3, 2, 2, 5, 2, 3, 1, 0, 315, 25, 720, 360, 13 / 3, 4, 5, 2 / 3, 0.1, 1.525]],
      // T2 T7: FRT 60 1800 -> 930 / 930; handle 480 s = $4; model .04; 4.04 / 1
      ['de', [2, 1, 0, 0, 1, 2, 2, 1, 1, 2, 930, 930, 480, 240, 2, null, 2, 0, 0.04, 4.04]],
      ['es', [1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 40, 40, 0, null, null, null, null, null, 0.02, null]],
      ['fr', [1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 120, 120, 0, null, 4, 4, null, 1, 0, 0]],
    ]);
  });

  it('by market (no market = null, sorted first among equals)', () => {
    expectRows('market', [
      // T1 T4 T6: FRT 30 10 -> 20 / 20; handle 120 s = $1; model .05; 1.05 / 2 closed = .525
      ['US', [3, 2, 2, 1, 1, 3, 1, 2, 1, 0, 20, 20, 120, 120, 5, 5, null, 1, 0.05, 0.525]],
      ['DE', [2, 1, 0, 0, 1, 2, 2, 1, 1, 2, 930, 930, 480, 240, 2, null, 2, 0, 0.04, 4.04]],
      // T8: assumed (not confirmed by its 3)
      [null, [1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 20, 20, 0, null, 3, 3, null, 0, 0.04, 0.04]],
      ['ES', [1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 40, 40, 0, null, null, null, null, null, 0.02, null]],
      ['FR', [1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 120, 120, 0, null, 4, 4, null, 1, 0, 0]],
      // T3: handle 600 s = $5; 5.01 / 1
      ['GB', [1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1200, 1200, 600, 600, 5, null, 5, 1, 0.01, 5.01]],
    ]);
  });

  it('by intent', () => {
    expectRows('intent', [
      // T1 T2 T4 T8 T9: FRT 30 60 10 20 40 -> 160/5 = 32, median 30; handle 300 s = $2.5; csat 5 2 3 -> 10/3,
      // AI (5, 3) 4, human 2, 1/3 at 4-5; model .13; 2.63 / 4 = .6575
      ['refund', [5, 4, 3, 1, 3, 5, 1, 5, 3, 1, 32, 30, 300, 300, 10 / 3, 4, 2, 1 / 3, 0.13, 0.6575]],
      // T3 T5 T7: FRT 1200 120 1800 -> 1040 / 1200; handle 780 s = $6.5; csat 5 (human) 4 (AI); model .02; 6.52 / 2
      ['card_lost', [3, 2, 1, 2, 0, 3, 2, 1, 0, 1, 1040, 1200, 780, 390, 4.5, 4, 5, 1, 0.02, 3.26]],
      // T6: open, never answered
      [null, [1, 0, 0, 0, 0, 1, 1, 0, 0, 0, null, null, 120, 120, null, null, null, null, 0.01, null]],
    ]);
  });

  it('a date range keeps tickets created on its first to last day', () => {
    // 03-02..03-03: T3 T4 T8 T9 -> 4 tickets, 3 closed (T9 is open)
    const dashboard = buildDashboard(allFacts(), { ...options, groupBy: 'day', from: '2026-03-02', to: '2026-03-03' });
    expect(dashboard.total.tickets).toBe(4);
    expect(dashboard.total.closed).toBe(3);
    expect(dashboard.rows.map((r) => r.key)).toEqual(['2026-03-02', '2026-03-03']);
  });
});

describe('breakdown by tag (issue 19)', () => {
  it('counts a ticket under each of its tags and an untagged one under none; the totals count each ticket once', () => {
    const tagsOf: Record<number, string[]> = { 0: ['vip'], 1: ['vip', 'refund'], 2: ['refund'] };
    const facts = allFacts().map((ticket, index) => ({ ...ticket, tags: tagsOf[index] ?? [] }));
    const dashboard = buildDashboard(facts, { ...options, groupBy: 'tag' });
    const withTag = (tag: string | null) =>
      facts.filter((ticket) => (tag === null ? ticket.tags.length === 0 : ticket.tags.includes(tag)));
    // By ticket count, largest first: the untagged six, then vip and refund (two each) by key.
    expect(dashboard.rows.map((row) => [row.key, row.metrics.tickets])).toEqual([
      [null, 6],
      ['refund', 2],
      ['vip', 2],
    ]);
    for (const row of dashboard.rows) expect(row.metrics).toEqual(computeMetrics(withTag(row.key), options));
    expect(dashboard.total).toEqual(computeMetrics(facts, options));
    expect(dashboard.total.tickets).toBe(9);
  });
});

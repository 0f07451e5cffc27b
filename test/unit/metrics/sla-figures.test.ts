import { describe, expect, it } from 'vitest';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { buildDashboard } from '../../../shared/metrics/dashboard.js';
import { SlaAccumulator, type SlaGroup } from '../../../shared/metrics/sla-figures.js';
import { slaOutcome, SlaOutcomeCache } from '../../../shared/metrics/sla-outcome.js';
import { channelQueuesFrom, slaMeasureOf, type SlaSettings } from '../../../shared/metrics/sla-queue.js';
import { slaPolicyBook } from '../../../shared/sla/inbox-policy.js';
import { slaStatus } from '../../../shared/sla/sla-status.js';
import { ticketFacts, type TicketFacts } from '../../../shared/metrics/ticket-facts.js';
import type { BusinessHours } from '../../../shared/sla/business-hours.js';
import { QueueSlaPolicySchema } from '../../../shared/sla/sla-policy.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import { berlinOffice, businessHours, MONDAY_TO_FRIDAY, sameSpansOn, span } from '../sla/sla-fixtures.js';

/*
 * Two policies, worked by hand below.
 * - cards: the Berlin office of sla-fixtures (Mon-Fri 09-12 and 13-17 local, closed 2024-12-25, -26 and -28; winter
 *   UTC+1, so 09:00 local = 08:00Z). Standard: first reply 60 min, resolution 480 min; premium and vip: 30 / 240.
 * - general, the catch-all: New York, Mon-Fri 09-17 local, closed 2024-12-25. EST (UTC-5) in winter, so 09:00 =
 *   14:00Z; in March 2024 the US clocks went forward on Sunday 03-10 (EDT, UTC-4: 09:00 = 13:00Z) while Europe's
 *   stayed until 03-31. Standard: 120 / 960 min, premium and vip 60 / 480.
 * - complaints has no policy of its own: its tickets are measured by general's (the catch-all's).
 * Channel `email` sends new tickets to cards; `chat` has no queue of its own (catch-all general).
 */
/** A policy whose premium and vip customers share targets, each [first reply, resolution] in business minutes. */
function policy(queueId: string, hours: BusinessHours, standard: [number, number], premium: [number, number]) {
  const targets = ([firstReplyMinutes, resolutionMinutes]: [number, number]) => ({
    firstReplyMinutes,
    resolutionMinutes,
  });
  return QueueSlaPolicySchema.parse({
    queueId,
    businessHours: hours,
    targets: { standard: targets(standard), premium: targets(premium), vip: targets(premium) },
  });
}
const cards = policy('cards', berlinOffice, [60, 480], [30, 240]);
const newYork = businessHours('America/New_York', sameSpansOn(MONDAY_TO_FRIDAY, [span('09:00', '17:00')]), [
  '2024-12-25',
]);
const general = policy('general', newYork, [120, 960], [60, 480]);
const SETTINGS: SlaSettings = { book: slaPolicyBook([cards, general], 'general'), channelQueues: { email: 'cards' } };
/** Only cards has a policy and the catch-all queue is unknown: the rest is measured by the round-the-clock default. */
const CARDS_ONLY: SlaSettings = { book: slaPolicyBook([cards], null), channelQueues: { email: 'cards' } };
/** Monday 2024-12-30 12:00Z: 13:00 in Berlin, 07:00 in New York (not open yet). */
const NOW = Date.parse('2024-12-30T12:00:00Z');

interface Spec {
  id: string;
  created: string;
  channel: 'email' | 'chat';
  queue: string | null;
  tier?: Ticket['customer']['tier'];
  status: Ticket['status'];
  /** [author, ISO time] of the public replies after the customer's first message. */
  thread?: Array<[Message['author'], string]>;
}

/*
 * | t   | created (Z)     | local                 | queue (why)            | status      | thread                              |
 * | C1  | Mon 12-23 07:30 | 08:30 Berlin: closed  | cards (email)          | ai_resolved | AI 07:31                            |
 * | C2  | Mon 12-23 08:30 | 09:30 Berlin          | cards (owner)          | resolved    | agent 09:30 (exactly 60 min)        |
 * | C3  | Tue 12-24 11:00 | 12:00 Berlin: lunch   | cards (owner), premium | pending     | agent Fri 12-27 08:45, waits since  |
 * | C4  | Sat 12-28 15:00 | 10:00 NY, Saturday    | general (chat)         | ai_resolved | AI 15:01                            |
 * | C5  | Mon 12-23 15:00 | 10:00 NY              | complaints (owner)     | escalated   | none                                |
 * | C6  | Mon 12-30 11:30 | 06:30 NY: closed      | general (chat)         | new         | none                                |
 * | C8  | Mon 03-11 13:30 | 09:30 NY (EDT)        | general (chat)         | ai_resolved | AI 13:31                            |
 * | C9  | Mon 03-04 13:30 | 08:30 NY (EST): closed| general (chat)         | ai_resolved | AI 13:31                            |
 * | C10 | Thu 12-19 08:00 | 09:00 Berlin          | cards (owner)          | resolved    | agent 08:30; customer Fri 12-20     |
 * |     |                 |                       |                        |             | 08:00; agent Fri 12:30              |
 */
const specs: Spec[] = [
  {
    id: 'C1',
    created: '2024-12-23T07:30Z',
    channel: 'email',
    queue: null,
    status: 'ai_resolved',
    thread: [['ai', '2024-12-23T07:31Z']],
  },
  {
    id: 'C2',
    created: '2024-12-23T08:30Z',
    channel: 'email',
    queue: 'cards',
    status: 'resolved',
    thread: [['agent', '2024-12-23T09:30Z']],
  },
  {
    id: 'C3',
    created: '2024-12-24T11:00Z',
    channel: 'email',
    queue: 'cards',
    tier: 'premium',
    status: 'pending',
    thread: [['agent', '2024-12-27T08:45Z']],
  },
  {
    id: 'C4',
    created: '2024-12-28T15:00Z',
    channel: 'chat',
    queue: null,
    status: 'ai_resolved',
    thread: [['ai', '2024-12-28T15:01Z']],
  },
  { id: 'C5', created: '2024-12-23T15:00Z', channel: 'chat', queue: 'complaints', status: 'escalated' },
  { id: 'C6', created: '2024-12-30T11:30Z', channel: 'chat', queue: null, status: 'new' },
  {
    id: 'C8',
    created: '2024-03-11T13:30Z',
    channel: 'chat',
    queue: null,
    status: 'ai_resolved',
    thread: [['ai', '2024-03-11T13:31Z']],
  },
  {
    id: 'C9',
    created: '2024-03-04T13:30Z',
    channel: 'chat',
    queue: null,
    status: 'ai_resolved',
    thread: [['ai', '2024-03-04T13:31Z']],
  },
  {
    id: 'C10',
    created: '2024-12-19T08:00Z',
    channel: 'email',
    queue: 'cards',
    status: 'resolved',
    thread: [
      ['agent', '2024-12-19T08:30Z'],
      ['customer', '2024-12-20T08:00Z'],
      ['agent', '2024-12-20T12:30Z'],
    ],
  },
];

function factsOf(spec: Spec): TicketFacts {
  const thread: Array<[Message['author'], string]> = [['customer', spec.created], ...(spec.thread ?? [])];
  const messages = thread.map(([author, at]) => ({
    author,
    kind: 'reply' as const,
    text: `${author} writes`,
    createdAt: new Date(at).toISOString(),
  }));
  const ticket: Ticket = {
    id: spec.id,
    tenantId: 'northwind',
    subject: spec.id,
    customer: { id: `c-${spec.id}`, name: 'Customer', tier: spec.tier ?? 'standard' },
    channel: spec.channel,
    status: spec.status,
    language: 'en',
    intent: null,
    confidence: 0.9,
    ownerQueue: spec.queue,
    escalation: spec.queue ? { code: 'low_confidence', ruleId: 'catch-all', detail: 'Not sure.' } : null,
    aiDraft: null,
    summary: null,
    humanTouched: thread.some(([author]) => author === 'agent'),
    csat: null,
    review: null,
    version: 2,
    createdAt: new Date(spec.created).toISOString(),
    updatedAt: messages.at(-1)?.createdAt ?? new Date(spec.created).toISOString(),
    seq: 1,
  };
  return ticketFacts(ticket, messages);
}

const FACTS = specs.map(factsOf);

function slaOf(facts: readonly TicketFacts[], settings: SlaSettings | null = SETTINGS) {
  const outcomes = new SlaOutcomeCache();
  outcomes.use(settings);
  const accumulator = new SlaAccumulator((ticket) => outcomes.outcomeOf(ticket, NOW));
  for (const item of facts) accumulator.add(item);
  return accumulator.values();
}

/** [met, breached, open, % within] of first reply and resolution, [received, by AI, capture] after hours. */
function figures(group: SlaGroup) {
  const target = (t: SlaGroup['firstReply']) => [t.met, t.breached, t.open, t.withinShare];
  return {
    tickets: group.tickets,
    firstReply: target(group.firstReply),
    resolution: target(group.resolution),
    afterHours: [group.afterHours.received, group.afterHours.resolvedByAi, group.afterHours.capture],
  };
}

describe('which queue and policy a ticket is measured by (slaMeasureOf)', () => {
  const measure = (queue: string | null, channel: string, settings: SlaSettings = SETTINGS) => {
    const found = slaMeasureOf({ queue, channel }, settings);
    return { queue: found.queue, policy: found.policy.queueId, source: found.source };
  };

  it('its owner queue once it has one, by that queue policy or else the catch-all policy', () => {
    expect(measure('cards', 'chat')).toEqual({ queue: 'cards', policy: 'cards', source: 'own' });
    expect(measure('complaints', 'email')).toEqual({ queue: 'complaints', policy: 'general', source: 'catch_all' });
  });

  it('without an owner queue: its channel queue, else the catch-all queue', () => {
    expect(measure(null, 'email')).toEqual({ queue: 'cards', policy: 'cards', source: 'own' });
    expect(measure(null, 'chat')).toEqual({ queue: 'general', policy: 'general', source: 'own' });
    // A channel name that is also an inherited property is no mapping.
    expect(measure(null, 'toString')).toEqual({ queue: 'general', policy: 'general', source: 'own' });
  });

  it('the round-the-clock default when neither the queue nor the catch-all queue has a policy', () => {
    expect(measure(null, 'chat', CARDS_ONLY)).toEqual({ queue: null, policy: '*', source: 'default' });
    expect(measure('complaints', 'chat', CARDS_ONLY)).toEqual({ queue: 'complaints', policy: '*', source: 'default' });
  });

  it("reads the channels' queues from the tenant settings", () => {
    const settings = emptyTenantSettings();
    const channel = (id: string, queueId: string) => ({
      id,
      version: 1,
      value: { type: 'email' as const, name: id, queueId, enabled: true, config: {} },
      savedAt: '2024-12-01T00:00:00Z',
      savedBy: 'ada',
    });
    settings.channel.push(channel('email', 'cards'), channel('support-mail', 'general'));
    expect(channelQueuesFrom(settings)).toEqual({ email: 'cards', 'support-mail': 'general' });
  });
});

describe('% within SLA and after-hours capture (9 tickets, now Mon 2024-12-30 12:00Z)', () => {
  const sla = slaOf(FACTS);

  it('cards: first reply 3 of 4 in time, resolution 3 of 4, after hours 1 of 2 captured', () => {
    // C1: first reply completed by the AI's resolution at 07:31Z, before opening: 0 business min -> met (both).
    // C2: 09:30 -> 10:30 Berlin = exactly 60 min: met (a target is breached only when exceeded); resolution met.
    // C3 (premium 30 / 240): Tue 13-17 = 240 min, Wed and Thu holidays, Fri 09:00-09:45 = 45 -> 285 > 30 breached;
    //   pending since, the wait stops the clock: 285 > 240, resolution breached while still open.
    // C10: first reply 30 min met. Resolution: Thu 09:00-09:30 = 30, the wait until Fri 09:00 stands still,
    //   Fri 09-12 = 180 and 13:00-13:30 = 30 -> 240 <= 480 met (without the pause: 30+150+240+240 = 660, breached).
    // After hours: C1 (08:30, before opening; the AI resolved it) and C3 (12:00, lunch; a person's) -> 1 / 2.
    expect(sla.rows[0]).toMatchObject({ queue: 'cards', policy: 'own' });
    expect(figures(sla.rows[0] as SlaGroup)).toEqual({
      tickets: 4,
      firstReply: [3, 1, 0, 3 / 4],
      resolution: [3, 1, 0, 3 / 4],
      afterHours: [2, 1, 1 / 2],
    });
  });

  it('general: 3 of 3 decided in time (C6 still open), after hours 2 of 3 captured across the DST change', () => {
    // C4 (Saturday) and C9 (08:30 EST) resolved by the AI before opening: 0 min, met. C8: 09:30 -> 09:31 EDT = 1 min.
    // C6 came at 06:30 NY and it is 07:00 there now: 0 min used, open on both targets.
    // After hours: C4 (Saturday), C6 (06:30), C9 (Mon 03-04 13:30Z = 08:30 EST); not C8 (Mon 03-11 13:30Z =
    // 09:30 EDT, the same UTC time a week later, inside hours after the clocks went forward). AI: C4, C9 -> 2 / 3.
    expect(sla.rows[1]).toMatchObject({ queue: 'general', policy: 'own' });
    expect(figures(sla.rows[1] as SlaGroup)).toEqual({
      tickets: 4,
      firstReply: [3, 0, 1, 1],
      resolution: [3, 0, 1, 1],
      afterHours: [3, 2, 2 / 3],
    });
  });

  it('complaints, measured by the catch-all policy: both targets breached, nothing after hours', () => {
    // C5 from Mon 10:00 EST: Mon 420 + Tue 480 + (Wed holiday) + Thu 480 + Fri 480 = 1860 min, none at Monday
    // 07:00 -> over 120 and over 960: breached while open. It came in at 10:00: inside hours, no after-hours figure.
    expect(sla.rows[2]).toMatchObject({ queue: 'complaints', policy: 'catch_all' });
    expect(figures(sla.rows[2] as SlaGroup)).toEqual({
      tickets: 1,
      firstReply: [0, 1, 0, 0],
      resolution: [0, 1, 0, 0],
      afterHours: [0, 0, null],
    });
  });

  it('in total: 6 of 8 decided in time on each target, after-hours capture 3 of 5', () => {
    expect(sla.rows.map((row) => row.queue)).toEqual(['cards', 'general', 'complaints']);
    expect(figures(sla.total)).toEqual({
      tickets: 9,
      firstReply: [6, 2, 1, 6 / 8],
      resolution: [6, 2, 1, 6 / 8],
      afterHours: [5, 3, 3 / 5],
    });
  });

  it('where only cards has a policy, the rest is measured round the clock by the default: nothing after hours there', () => {
    const sla = slaOf(FACTS, CARDS_ONLY);
    // Default policy (every hour of every day, UTC): standard 480 / 4320 min.
    // Without a queue (chat has none, the catch-all is unknown): C4 C8 C9 resolved by the AI in 1 min, met;
    // C6 30 min old, open. complaints: C5 is 6 d 21 h = 9900 min old with no reply: both breached.
    expect(sla.rows.map((row) => [row.queue, row.policy])).toEqual([
      [null, 'default'],
      ['cards', 'own'],
      ['complaints', 'default'],
    ]);
    expect(figures(sla.rows[0] as SlaGroup)).toEqual({
      tickets: 4,
      firstReply: [3, 0, 1, 1],
      resolution: [3, 0, 1, 1],
      afterHours: [0, 0, null],
    });
    expect(figures(sla.rows[1] as SlaGroup)).toEqual(figures(slaOf(FACTS).rows[0] as SlaGroup));
    expect(figures(sla.rows[2] as SlaGroup)).toMatchObject({ firstReply: [0, 1, 0, 0], resolution: [0, 1, 0, 0] });
    // In total only the cards tickets can come in after hours: C1 (the AI's) and C3 -> 1 / 2.
    expect(figures(sla.total).afterHours).toEqual([2, 1, 1 / 2]);
  });

  it('without settings every ticket is measured by the default: C3 (premium, 120 min) and C5 late, C6 open', () => {
    // C3: Tue 11:00Z -> Fri 08:45Z = 4185 min > 120 first reply and > 1440 resolution (pending since). C10 resolution:
    // 30 min, the wait until Fri 08:00Z, then 270 min -> 300 <= 4320. The others as above: 6 met, 2 late, 1 open.
    const none = slaOf(FACTS, null);
    expect(figures(none.total)).toEqual({
      tickets: 9,
      firstReply: [6, 2, 1, 6 / 8],
      resolution: [6, 2, 1, 6 / 8],
      afterHours: [0, 0, null],
    });
    expect(none.rows.every((row) => row.policy === 'default')).toBe(true);
  });
});

describe('AI resolution rate and backlog on the dashboard (same 9 tickets)', () => {
  it('AI resolution rate 4 / 9 received next to containment 4 / 6 closed; backlog 1 (complaints)', () => {
    // ai_resolved: C1 C4 C8 C9. Closed: those and C2 C10 (resolved by a person): 6, none of the four with a human reply.
    const dashboard = buildDashboard(FACTS, { now: NOW, hourlyCostUsd: 30, groupBy: 'queue', sla: SETTINGS });
    expect(dashboard.total).toMatchObject({ tickets: 9, resolvedByAi: 4, closed: 6, contained: 4 });
    expect(dashboard.total.aiResolutionRate).toBeCloseTo(4 / 9, 9);
    expect(dashboard.total.containment).toBeCloseTo(4 / 6, 9);
    expect(dashboard.backlog).toEqual({ tickets: 1, byQueue: [{ queue: 'complaints', tickets: 1 }] });
    expect(dashboard.sla.total.afterHours.capture).toBeCloseTo(3 / 5, 9);
  });

  it('the backlog counts every ticket waiting now, the period only the figures', () => {
    // From 12-24: C3 (12-24), C4 (12-28), C6 (12-30). AI resolved: C4 -> 1 / 3. C5 (12-23) still waits: backlog 1.
    const dashboard = buildDashboard(FACTS, {
      now: NOW,
      hourlyCostUsd: 30,
      groupBy: 'day',
      from: '2024-12-24',
      sla: SETTINGS,
    });
    expect(dashboard.total.tickets).toBe(3);
    expect(dashboard.total.aiResolutionRate).toBeCloseTo(1 / 3, 9);
    expect(dashboard.backlog.tickets).toBe(1);
    // SLA over the period's tickets: C3 (cards), C4 and C6 (general). After hours: all three; the AI resolved C4.
    expect(dashboard.sla.total.tickets).toBe(3);
    expect(figures(dashboard.sla.total).afterHours).toEqual([3, 1, 1 / 3]);
  });

  it('with nothing received the rate has no value', () => {
    const dashboard = buildDashboard([], { now: NOW, hourlyCostUsd: 30, groupBy: 'day', sla: SETTINGS });
    expect(dashboard.total.aiResolutionRate).toBeNull();
    expect(dashboard.backlog).toEqual({ tickets: 0, byQueue: [] });
  });
});

describe('SLA outcomes kept between dashboards', () => {
  const c6 = FACTS.find((facts) => facts.id === 'C6') as TicketFacts;

  it('agree with slaStatus on every ticket, whether measured or known to fit within its targets', () => {
    for (const facts of FACTS) {
      const { policy } = slaMeasureOf(facts, SETTINGS);
      const times = {
        createdAt: facts.createdAt,
        firstReplyAt: facts.firstHumanReplyAt,
        resolvedAt: facts.resolvedAt,
        pauses: facts.waits,
      };
      const status = slaStatus(times, policy, facts.tier, NOW);
      expect(slaOutcome(facts, SETTINGS, NOW).states, facts.id).toEqual({
        firstReply: status.firstReply.state,
        resolution: status.resolution.state,
      });
    }
  });

  it('an open target turns breached once business time passes it, with the same facts', () => {
    // C6 came in Mon 12-30 11:30Z (06:30 in New York): its 120 first-reply minutes run 09:00-11:00 EST = 14:00-16:00Z.
    const outcomes = new SlaOutcomeCache();
    outcomes.use(SETTINGS);
    const at = (iso: string) => outcomes.outcomeOf(c6, Date.parse(iso)).states.firstReply;
    expect(at('2024-12-30T12:00:00Z')).toBe('open');
    expect(at('2024-12-30T16:00:00Z')).toBe('open');
    expect(at('2024-12-30T16:00:00.001Z')).toBe('breached');
  });

  it('measures again when the settings change', () => {
    // C1 (email -> cards) came in at 08:30 Berlin: after hours by the cards policy, not round the clock.
    const c1 = FACTS.find((facts) => facts.id === 'C1') as TicketFacts;
    const outcomes = new SlaOutcomeCache();
    outcomes.use(SETTINGS);
    expect(outcomes.outcomeOf(c1, NOW)).toMatchObject({ queue: 'cards', source: 'own', outsideHours: true });
    outcomes.use(null);
    expect(outcomes.outcomeOf(c1, NOW)).toMatchObject({ queue: null, source: 'default', outsideHours: false });
  });
});

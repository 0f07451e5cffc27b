import { z } from 'zod';
import { SLA_POLICY_SOURCES } from '../sla/inbox-policy.js';
import type { SlaState } from '../sla/sla-status.js';
import { share, Share } from './metric-values.js';
import type { SlaOutcome } from './sla-outcome.js';
import { resolvedByAi, type TicketFacts } from './ticket-facts.js';

const Count = z.number().int().nonnegative();

/** One target (first reply or resolution) over a set of tickets, by business time. */
export const SlaTargetFiguresSchema = z.strictObject({
  met: Count,
  /** Completed late, or still open and already past due. */
  breached: Count,
  /** Still open and within the target: not decided yet. */
  open: Count,
  /** % within SLA: met / (met + breached), the decided tickets that met the target; null when none is decided. */
  withinShare: Share,
});
export type SlaTargetFigures = z.infer<typeof SlaTargetFiguresSchema>;

/** After-hours capture: of the tickets that came in outside their queue's business hours, the share the AI resolved. */
export const AfterHoursFiguresSchema = z.strictObject({
  received: Count,
  resolvedByAi: Count,
  /** resolvedByAi / received; null when none came in outside hours. */
  capture: Share,
});
export type AfterHoursFigures = z.infer<typeof AfterHoursFiguresSchema>;

const slaGroupShape = {
  tickets: Count,
  firstReply: SlaTargetFiguresSchema,
  resolution: SlaTargetFiguresSchema,
  afterHours: AfterHoursFiguresSchema,
};
export const SlaGroupSchema = z.strictObject(slaGroupShape);
export type SlaGroup = z.infer<typeof SlaGroupSchema>;

/** One queue's figures (see slaMeasureOf for which queue a ticket belongs to; null: none known). */
export const SlaRowSchema = z.strictObject({
  queue: z.string().nullable(),
  /** The queue's own policy, the catch-all queue's, or the round-the-clock default. */
  policy: z.enum(SLA_POLICY_SOURCES),
  ...slaGroupShape,
});
export type SlaRow = z.infer<typeof SlaRowSchema>;

export const SlaFiguresSchema = z.strictObject({
  total: SlaGroupSchema,
  /** Largest queue first. */
  rows: z.array(SlaRowSchema),
});
export type SlaFigures = z.infer<typeof SlaFiguresSchema>;

class TargetTally {
  private readonly counts: Record<SlaState, number> = { met: 0, breached: 0, open: 0 };

  add(state: SlaState): void {
    this.counts[state]++;
  }

  values(): SlaTargetFigures {
    const { met, breached, open } = this.counts;
    return { met, breached, open, withinShare: share(met, met + breached) };
  }
}

class SlaTally {
  private tickets = 0;
  private readonly firstReply = new TargetTally();
  private readonly resolution = new TargetTally();
  private outsideHours = 0;
  private outsideResolvedByAi = 0;

  add(firstReply: SlaState, resolution: SlaState, outsideHours: boolean, byAi: boolean): void {
    this.tickets++;
    this.firstReply.add(firstReply);
    this.resolution.add(resolution);
    if (!outsideHours) return;
    this.outsideHours++;
    if (byAi) this.outsideResolvedByAi++;
  }

  values(): SlaGroup {
    return {
      tickets: this.tickets,
      firstReply: this.firstReply.values(),
      resolution: this.resolution.values(),
      afterHours: {
        received: this.outsideHours,
        resolvedByAi: this.outsideResolvedByAi,
        capture: share(this.outsideResolvedByAi, this.outsideHours),
      },
    };
  }
}

/**
 * % within SLA (first reply and resolution, by business time with the waits on the customer paused) and after-hours
 * capture, in total and per queue, over the tickets added; each ticket's outcome comes from `outcomeOf`.
 */
export class SlaAccumulator {
  private readonly total = new SlaTally();
  private readonly queues = new Map<string | null, { policy: SlaRow['policy']; tally: SlaTally }>();

  constructor(private readonly outcomeOf: (facts: TicketFacts) => SlaOutcome) {}

  add(facts: TicketFacts): void {
    const { queue, source, outsideHours, states } = this.outcomeOf(facts);
    const byAi = resolvedByAi(facts);
    this.total.add(states.firstReply, states.resolution, outsideHours, byAi);
    let group = this.queues.get(queue);
    if (!group) {
      group = { policy: source, tally: new SlaTally() };
      this.queues.set(queue, group);
    }
    group.tally.add(states.firstReply, states.resolution, outsideHours, byAi);
  }

  values(): SlaFigures {
    const rows = [...this.queues]
      .map(([queue, { policy, tally }]) => ({ queue, policy, ...tally.values() }))
      .sort((a, b) => b.tickets - a.tickets || (a.queue ?? '').localeCompare(b.queue ?? ''));
    return { total: this.total.values(), rows };
  }
}

import { z } from 'zod';
import { DEFAULT_REOPEN_WINDOW_MS, resolvedByAi, type TicketFacts } from './ticket-facts.js';

/** A share (0..1), or null when its denominator is zero. */
export const Share = z.number().min(0).max(1).nullable();
const Seconds = z.number().nonnegative().nullable();

const CsatGroupSchema = z.strictObject({
  ratings: z.number().int().nonnegative(),
  /** Mean rating 1-5. */
  mean: z.number().nullable(),
  /** Share of ratings that are 4 or 5. */
  satisfiedShare: Share,
});
export type CsatGroup = z.infer<typeof CsatGroupSchema>;

/** Every DESIGN.md metric over one set of tickets, with the counts behind each share. */
export const MetricValuesSchema = z.strictObject({
  /** Tickets received (created) in the period. */
  tickets: z.number().int().nonnegative(),
  /** Resolved by the AI and still so (status ai_resolved). aiResolutionRate = resolvedByAi / tickets: of ALL received. */
  resolvedByAi: z.number().int().nonnegative(),
  aiResolutionRate: Share,
  closed: z.number().int().nonnegative(),
  /** Closed with no human public reply. containment = contained / closed. */
  contained: z.number().int().nonnegative(),
  containment: Share,
  /** Closed and rated 4-5 (the customer confirmed). Share of closed. */
  confirmedResolutions: z.number().int().nonnegative(),
  confirmedResolutionRate: Share,
  /** Closed, not confirmed, and the reopen window has passed with no customer reply. Share of closed. */
  assumedResolutions: z.number().int().nonnegative(),
  assumedResolutionRate: Share,
  /** Tickets the AI decided on (resolved or escalated); escalationRate = escalated / aiHandled. */
  aiHandled: z.number().int().nonnegative(),
  escalated: z.number().int().nonnegative(),
  escalationRate: Share,
  /** AI-resolved tickets reopened or flagged in review / AI-resolved tickets. */
  aiResolved: z.number().int().nonnegative(),
  missedEscalations: z.number().int().nonnegative(),
  missedEscalationRate: Share,
  /** Escalated tickets answered with the AI draft unchanged / escalated tickets. */
  needlessEscalations: z.number().int().nonnegative(),
  needlessEscalationRate: Share,
  /** Ticket created -> first public reply (AI or human), over tickets that have one. */
  firstResponse: z.strictObject({
    tickets: z.number().int().nonnegative(),
    meanSeconds: Seconds,
    medianSeconds: Seconds,
  }),
  /** Time agents spent with tickets open: total, and mean over tickets an agent opened. */
  handleTime: z.strictObject({
    tickets: z.number().int().nonnegative(),
    totalSeconds: z.number().nonnegative(),
    meanSeconds: Seconds,
  }),
  /** AI: rated tickets no human answered; human: rated tickets a human answered. */
  csat: z.strictObject({ all: CsatGroupSchema, ai: CsatGroupSchema, human: CsatGroupSchema }),
  /** (model cost + agent hours x hourly cost) / closed tickets. */
  cost: z.strictObject({
    modelUsd: z.number().nonnegative(),
    agentUsd: z.number().nonnegative(),
    totalUsd: z.number().nonnegative(),
    perResolutionUsd: z.number().nonnegative().nullable(),
  }),
});
export type MetricValues = z.infer<typeof MetricValuesSchema>;

export interface MetricOptions {
  /** The moment figures are computed at (decides which reopen windows have passed). */
  now: number;
  /** Cost of one agent hour, in US dollars. */
  hourlyCostUsd: number;
  reopenWindowMs?: number;
}

/**
 * Adds tickets one by one and gives the metrics at the end: one pass, little memory (first
 * response times are kept for the median, in a typed array: no boxed numbers for the collector,
 * and a numeric sort without a comparator call per step), so 100,000 tickets in many groups stay cheap.
 */
export class MetricAccumulator {
  private tickets = 0;
  private resolvedByAi = 0;
  private closed = 0;
  private contained = 0;
  private confirmed = 0;
  private assumed = 0;
  private aiHandled = 0;
  private escalated = 0;
  private aiResolved = 0;
  private missed = 0;
  private needless = 0;
  private readonly firstResponses = new SecondsList();
  private handledTickets = 0;
  private handleSeconds = 0;
  private readonly ratings = { all: new Rating(), ai: new Rating(), human: new Rating() };
  private modelUsd = 0;

  private readonly windowMs: number;

  constructor(private readonly options: MetricOptions) {
    this.windowMs = options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS;
  }

  add(facts: TicketFacts): void {
    const windowMs = this.windowMs;
    this.tickets++;
    if (resolvedByAi(facts)) this.resolvedByAi++;
    if (facts.closed) {
      this.closed++;
      if (!facts.humanReplied) this.contained++;
      const confirmed = facts.csat !== null && facts.csat >= 4;
      if (confirmed) this.confirmed++;
      else if (facts.closedAt !== null && this.options.now - facts.closedAt >= windowMs) this.assumed++;
    }
    if (facts.aiResolved || facts.escalated) this.aiHandled++;
    if (facts.escalated) {
      this.escalated++;
      if (facts.answeredWithDraftUnchanged) this.needless++;
    }
    if (facts.aiResolved) {
      this.aiResolved++;
      if (facts.reopened || facts.flagged) this.missed++;
    }
    if (facts.firstResponseMs !== null) this.firstResponses.push(facts.firstResponseMs / 1000);
    if (facts.handleSeconds > 0) {
      this.handledTickets++;
      this.handleSeconds += facts.handleSeconds;
    }
    if (facts.csat !== null) {
      this.ratings.all.add(facts.csat);
      (facts.humanReplied ? this.ratings.human : this.ratings.ai).add(facts.csat);
    }
    this.modelUsd += facts.modelCostUsd;
  }

  values(): MetricValues {
    const agentUsd = (this.handleSeconds / 3600) * this.options.hourlyCostUsd;
    const totalUsd = this.modelUsd + agentUsd;
    return {
      tickets: this.tickets,
      resolvedByAi: this.resolvedByAi,
      aiResolutionRate: share(this.resolvedByAi, this.tickets),
      closed: this.closed,
      contained: this.contained,
      containment: share(this.contained, this.closed),
      confirmedResolutions: this.confirmed,
      confirmedResolutionRate: share(this.confirmed, this.closed),
      assumedResolutions: this.assumed,
      assumedResolutionRate: share(this.assumed, this.closed),
      aiHandled: this.aiHandled,
      escalated: this.escalated,
      escalationRate: share(this.escalated, this.aiHandled),
      aiResolved: this.aiResolved,
      missedEscalations: this.missed,
      missedEscalationRate: share(this.missed, this.aiResolved),
      needlessEscalations: this.needless,
      needlessEscalationRate: share(this.needless, this.escalated),
      firstResponse: {
        tickets: this.firstResponses.length,
        meanSeconds: this.firstResponses.mean(),
        medianSeconds: this.firstResponses.median(),
      },
      handleTime: {
        tickets: this.handledTickets,
        totalSeconds: this.handleSeconds,
        meanSeconds: this.handledTickets === 0 ? null : this.handleSeconds / this.handledTickets,
      },
      csat: { all: this.ratings.all.values(), ai: this.ratings.ai.values(), human: this.ratings.human.values() },
      cost: {
        modelUsd: this.modelUsd,
        agentUsd,
        totalUsd,
        perResolutionUsd: this.closed === 0 ? null : totalUsd / this.closed,
      },
    };
  }
}

class Rating {
  private count = 0;
  private sum = 0;
  private satisfied = 0;

  add(score: number): void {
    this.count++;
    this.sum += score;
    if (score >= 4) this.satisfied++;
  }

  values(): CsatGroup {
    return {
      ratings: this.count,
      mean: this.count === 0 ? null : this.sum / this.count,
      satisfiedShare: share(this.satisfied, this.count),
    };
  }
}

/** All metrics over a set of tickets. */
export function computeMetrics(facts: Iterable<TicketFacts>, options: MetricOptions): MetricValues {
  const accumulator = new MetricAccumulator(options);
  for (const ticket of facts) accumulator.add(ticket);
  return accumulator.values();
}

/** part / whole, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A growing list of durations in seconds, kept unboxed in a Float64Array. */
class SecondsList {
  private items = new Float64Array(16);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Float64Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The mean, summed in the order the values were added. */
  mean(): number | null {
    if (this.length === 0) return null;
    let sum = 0;
    for (let i = 0; i < this.length; i++) sum += this.items[i] ?? 0;
    return sum / this.length;
  }

  /** The middle value; with an even count, the mean of the two middle ones. */
  median(): number | null {
    if (this.length === 0) return null;
    // A typed array sorts numerically (ascending) without a comparator.
    const sorted = this.items.slice(0, this.length).sort();
    const middle = this.length >> 1;
    return this.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  }
}

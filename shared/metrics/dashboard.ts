import { z } from 'zod';
import { BacklogCounter, BacklogSchema } from './backlog.js';
import { MetricAccumulator, MetricValuesSchema, type MetricOptions } from './metric-values.js';
import { SlaAccumulator, SlaFiguresSchema } from './sla-figures.js';
import { SlaOutcomeCache } from './sla-outcome.js';
import type { SlaSettings } from './sla-queue.js';
import type { TicketFacts } from './ticket-facts.js';

/** The ways a lead can split the figures; by tag, a ticket counts under each of its tags (issue 19). */
export const DIMENSIONS = ['day', 'queue', 'language', 'market', 'intent', 'tag'] as const;
export const DimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof DimensionSchema>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31.');

export const DEFAULT_HOURLY_COST_USD = 30;

export const DashboardQuerySchema = z
  .strictObject({
    /** First and last UTC day of ticket creation included; absent: no bound. */
    from: Day.optional(),
    to: Day.optional(),
    groupBy: DimensionSchema.default('day'),
    /** Cost of one agent hour in US dollars, for cost per resolution. */
    hourlyCostUsd: z.number().min(0).max(10_000).default(DEFAULT_HOURLY_COST_USD),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'The first day must not be after the last day.',
    path: ['from'],
  });
export type DashboardQuery = z.input<typeof DashboardQuerySchema>;

/** One row of a breakdown; `key` is null for tickets without that value (no queue, unknown language...). */
export const DashboardRowSchema = z.strictObject({ key: z.string().nullable(), metrics: MetricValuesSchema });
export type DashboardRow = z.infer<typeof DashboardRowSchema>;

export const DashboardSchema = z.strictObject({
  from: z.string().nullable(),
  to: z.string().nullable(),
  groupBy: DimensionSchema,
  hourlyCostUsd: z.number(),
  /** When the figures were computed (ISO): assumed resolutions depend on it. */
  computedAt: z.string(),
  total: MetricValuesSchema,
  rows: z.array(DashboardRowSchema),
  /** Tickets waiting for a person at computedAt, whenever they came in (not bound to the period). */
  backlog: BacklogSchema,
  /** % within SLA and after-hours capture over the period's tickets, in total and per queue. */
  sla: SlaFiguresSchema,
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** The rows a ticket counts in: its one value of the dimension, or each of its tags (none: the row of null). */
export function dimensionValues(facts: TicketFacts, dimension: Dimension): ReadonlyArray<string | null> {
  if (dimension !== 'tag') return [facts[dimension]];
  return facts.tags?.length ? facts.tags : [null];
}

export interface DashboardOptions extends MetricOptions {
  from?: string;
  to?: string;
  groupBy: Dimension;
  /** The tenant's SLA policies and channels' queues; null or absent: the default policy for every ticket. */
  sla?: SlaSettings | null;
  /** Outcomes kept from earlier dashboards (a console keeps one); absent: every ticket measured anew. */
  slaOutcomes?: SlaOutcomeCache;
}

/**
 * The dashboard over tickets created between `from` and `to` (UTC days, inclusive): the totals and
 * one row per value of `groupBy`, the SLA figures of the same tickets, and the backlog now (every ticket).
 * Days come in calendar order; other rows by ticket count, largest first.
 */
export function buildDashboard(facts: Iterable<TicketFacts>, options: DashboardOptions): Dashboard {
  const total = new MetricAccumulator(options);
  const groups = new Map<string | null, MetricAccumulator>();
  const backlog = new BacklogCounter();
  const outcomes = options.slaOutcomes ?? new SlaOutcomeCache();
  outcomes.use(options.sla ?? null);
  const sla = new SlaAccumulator((ticket) => outcomes.outcomeOf(ticket, options.now));
  for (const ticket of facts) {
    backlog.add(ticket);
    if (options.from !== undefined && ticket.day < options.from) continue;
    if (options.to !== undefined && ticket.day > options.to) continue;
    total.add(ticket);
    sla.add(ticket);
    for (const key of dimensionValues(ticket, options.groupBy)) {
      let group = groups.get(key);
      if (!group) {
        group = new MetricAccumulator(options);
        groups.set(key, group);
      }
      group.add(ticket);
    }
  }
  const rows = [...groups].map(([key, group]) => ({ key, metrics: group.values() }));
  rows.sort(options.groupBy === 'day' ? byKey : byTicketsThenKey);
  return {
    from: options.from ?? null,
    to: options.to ?? null,
    groupBy: options.groupBy,
    hourlyCostUsd: options.hourlyCostUsd,
    computedAt: new Date(options.now).toISOString(),
    total: total.values(),
    rows,
    backlog: backlog.values(),
    sla: sla.values(),
  };
}

function byKey(a: DashboardRow, b: DashboardRow): number {
  return (a.key ?? '').localeCompare(b.key ?? '');
}

function byTicketsThenKey(a: DashboardRow, b: DashboardRow): number {
  return b.metrics.tickets - a.metrics.tickets || byKey(a, b);
}

import { createHash } from 'node:crypto';
import type { Role } from '../../../shared/api/queue-contract.js';
import {
  DEFAULT_REVIEW_SAMPLE,
  LOW_CSAT_MAX,
  ReviewSampleQuerySchema,
  type AddEvalCaseInput,
  type AddEvalCaseResult,
  type ReviewReason,
  type ReviewSample,
  type ReviewSampleQuery,
} from '../../../shared/api/lead-contract.js';
import { isLeadRole } from '../../../shared/api/whoami.js';
import {
  buildDashboard,
  DashboardQuerySchema,
  type Dashboard,
  type DashboardQuery,
} from '../../../shared/metrics/dashboard.js';
import { SlaOutcomeCache } from '../../../shared/metrics/sla-outcome.js';
import { channelQueuesFrom, type SlaSettings } from '../../../shared/metrics/sla-queue.js';
import type { TenantSettings } from '../../../shared/settings/tenant-settings.js';
import { utcDay } from '../../../shared/metrics/ticket-facts.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { slaPolicyBookOf } from '../store/inbox-sla-policies.js';
import type { MetaStore } from '../store/meta-store.js';
import type { EvalCaseWriter } from './eval-case-writer.js';
import type { MetricFactsStore } from './metric-facts-store.js';

export interface LeadServiceOptions {
  facts: MetricFactsStore;
  meta: MetaStore;
  getTicket: (id: string) => Ticket | null;
  /** The role of this console's queue token, null while unknown. */
  role: () => Role | null;
  now?: () => Date;
  /** The tenant's settings as this console holds them now (its SLA policies and channels); absent: none known. */
  tenantSettings?: () => TenantSettings;
  /** The owner queue of the tenant's catch-all escalation rule, null while unknown. */
  catchAllQueue?: () => string | null;
  /** Where reviewed tickets become eval cases; without it adding one is not_supported. */
  evalCases?: Pick<EvalCaseWriter, 'add'>;
}

export const REVIEW_SAMPLE_SIZE_KEY = 'reviewSampleSize';

/**
 * The team lead's screens, computed from the local cache so they work offline: the dashboard
 * (shared/metrics over every cached ticket), the daily review sample of AI resolutions, and a reviewed
 * ticket added to the flagged-tickets eval suite.
 */
export class LeadService {
  private readonly now: () => Date;
  private readonly slaOutcomes = new SlaOutcomeCache();

  constructor(private readonly options: LeadServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  getDashboard(input: DashboardQuery): Result<Dashboard> {
    const refused = this.refuseNonLead();
    if (refused) return refused;
    const query = DashboardQuerySchema.parse(input);
    const sla = this.slaSettings();
    const now = this.now().getTime();
    return ok(buildDashboard(this.options.facts.all(), { ...query, now, sla, slaOutcomes: this.slaOutcomes }));
  }

  /** The SLA policies as the inbox counts by them (slaPolicyBookOf), and the channels' queues; null while unknown. */
  private slaSettings(): SlaSettings | null {
    const settings = this.options.tenantSettings?.();
    if (!settings) return null;
    return {
      book: slaPolicyBookOf(settings, this.options.catchAllQueue?.() ?? null),
      channelQueues: channelQueuesFrom(settings),
    };
  }

  /**
   * A random sample of the day's AI resolutions, the same for everyone all day (each ticket is ranked
   * by a hash of the day and its id), plus every AI resolution of that day with low confidence or low CSAT.
   */
  getReviewSample(input: ReviewSampleQuery): Result<ReviewSample> {
    const refused = this.refuseNonLead();
    if (refused) return refused;
    const query = ReviewSampleQuerySchema.parse(input);
    const { meta } = this.options;
    if (query.size !== undefined) meta.set(REVIEW_SAMPLE_SIZE_KEY, String(query.size));
    const size = query.size ?? meta.getNumber(REVIEW_SAMPLE_SIZE_KEY, DEFAULT_REVIEW_SAMPLE);
    const day = query.day ?? utcDay(this.now().getTime());

    const population = [...this.options.facts.all()].filter((facts) => facts.aiResolved && facts.day === day);
    const reasons = new Map<string, ReviewReason[]>();
    const add = (id: string, reason: ReviewReason) => reasons.set(id, [...(reasons.get(id) ?? []), reason]);
    const ranked = population
      .map((facts) => ({ id: facts.id, rank: sampleRank(day, facts.id) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    for (const { id } of ranked.slice(0, size)) add(id, 'sample');
    for (const facts of population) {
      if (facts.confidence !== null && facts.confidence < query.lowConfidenceBelow) add(facts.id, 'low_confidence');
      if (facts.csat !== null && facts.csat <= LOW_CSAT_MAX) add(facts.id, 'low_csat');
    }
    const order = new Map(ranked.map(({ id }, index) => [id, index]));
    const items = [...reasons]
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .flatMap(([id, why]) => {
        const ticket = this.options.getTicket(id);
        return ticket ? [{ ticket, reasons: why }] : [];
      });
    return ok({ day, size, aiResolved: population.length, items });
  }

  addEvalCase(input: AddEvalCaseInput): Result<AddEvalCaseResult> {
    const { evalCases } = this.options;
    if (!evalCases) return fail('not_supported', 'This console cannot write eval cases.');
    return this.refuseNonLead() ?? evalCases.add(input);
  }

  /** Null when this console may use the lead screens, else the refusal to return. */
  private refuseNonLead(): Result<never> | null {
    const role = this.options.role();
    if (isLeadRole(role)) return null;
    return role === null
      ? fail(
          'role_unknown',
          "This console does not know its queue role yet; connect to the queue once so it can check the token's role.",
        )
      : fail('forbidden', `Only a team lead's console shows this; this console's queue token has the role "${role}".`);
  }
}

/** Position of a ticket in a day's random order: deterministic, and different every day. */
export function sampleRank(day: string, ticketId: string): string {
  return createHash('sha256').update(`${day}|${ticketId}`).digest('hex');
}

import { isOutsideHours } from '../sla/business-time.js';
import type { SlaPolicySource } from '../sla/inbox-policy.js';
import { MS_PER_MINUTE } from '../sla/local-calendar.js';
import { slaCompletions, slaStatus, type SlaState, type SlaStatus, type SlaTicketTimes } from '../sla/sla-status.js';
import { NO_SLA_SETTINGS, slaMeasureOf, type SlaSettings } from './sla-queue.js';
import type { TicketFacts } from './ticket-facts.js';

type Target = keyof SlaStatus;

/** What the SLA figures count of one ticket: its queue and policy, whether it came in after hours, each target's state. */
export interface SlaOutcome {
  queue: string | null;
  source: SlaPolicySource;
  outsideHours: boolean;
  states: Record<Target, SlaState>;
  /** The states hold from when they were found until this instant, when an open target may be breached. */
  validUntil: number;
}

/**
 * A ticket's SLA outcome at `now`, by slaStatus against the policy slaMeasureOf chooses. Business time never exceeds
 * wall-clock time, so a ticket whose every target's clock (creation to completion, or to now) fits within the target
 * is met or open on each without measuring; it can be breached no sooner than its creation plus the target.
 */
export function slaOutcome(facts: TicketFacts, settings: SlaSettings, now: number): SlaOutcome {
  const { queue, source, policy } = slaMeasureOf(facts, settings);
  const times: SlaTicketTimes = {
    createdAt: facts.createdAt,
    firstReplyAt: facts.firstHumanReplyAt,
    resolvedAt: facts.resolvedAt,
    pauses: facts.waits,
  };
  const targets = policy.targets[facts.tier];
  const targetMs: Record<Target, number> = {
    firstReply: targets.firstReplyMinutes * MS_PER_MINUTE,
    resolution: targets.resolutionMinutes * MS_PER_MINUTE,
  };
  const completed = slaCompletions(times);
  const targetNames = Object.keys(targetMs) as Target[];
  const fits = targetNames.every((target) => (completed[target] ?? now) - facts.createdAt <= targetMs[target]);
  const status = fits ? null : slaStatus(times, policy, facts.tier, now);
  const states = {} as Record<Target, SlaState>;
  let validUntil = Infinity;
  for (const target of targetNames) {
    const state = status ? status[target].state : completed[target] === null ? 'open' : 'met';
    states[target] = state;
    if (state !== 'open') continue;
    const dueAt = status ? status[target].dueAt : facts.createdAt + targetMs[target];
    validUntil = Math.min(validUntil, dueAt === null ? Infinity : dueAt + 1);
  }
  return { queue, source, outsideHours: isOutsideHours(facts.createdAt, policy.businessHours), states, validUntil };
}

/**
 * Outcomes kept between dashboards, so a ticket is measured again only when its facts change (a new facts object),
 * the settings change (all are dropped) or an open target's time comes: measuring is costly, tickets are many.
 * A removed ticket's outcome stays until the settings change (one small entry per ticket the console held).
 */
export class SlaOutcomeCache {
  private settings: SlaSettings = NO_SLA_SETTINGS;
  private key = settingsKey(NO_SLA_SETTINGS);
  private readonly kept = new Map<string, { facts: TicketFacts; outcome: SlaOutcome }>();

  /** Measure by these settings from now on (null: none known, the default policy for all). */
  use(settings: SlaSettings | null): void {
    const next = settings ?? NO_SLA_SETTINGS;
    const key = settingsKey(next);
    this.settings = next;
    if (key === this.key) return;
    this.key = key;
    this.kept.clear();
  }

  outcomeOf(facts: TicketFacts, now: number): SlaOutcome {
    const kept = this.kept.get(facts.id);
    if (kept && kept.facts === facts && now < kept.outcome.validUntil) return kept.outcome;
    const outcome = slaOutcome(facts, this.settings, now);
    this.kept.set(facts.id, { facts, outcome });
    return outcome;
  }
}

function settingsKey(settings: SlaSettings): string {
  return JSON.stringify([[...settings.book.policies], settings.book.catchAllQueue, settings.channelQueues]);
}

import type { InboxRow } from '../../../shared/api/console-contract.js';
import type { SlaTarget } from '../../../shared/sla/ticket-clock.js';
import type { BoundedIdSet } from '../notifications/escalation-cues.js';
import { rowCountdown } from './row-countdown.js';

/** A ticket that passed its SLA target while open, as the lead is told. */
export interface SlaBreach {
  id: string;
  subject: string;
  target: SlaTarget;
  /** When the target fell due (ISO). */
  dueAt: string;
}

/** The key a breach is remembered by: one announcement per ticket and target. */
export function breachKey(breach: Pick<SlaBreach, 'id' | 'target'>): string {
  return `${breach.id}:${breach.target}`;
}

/** The rows of a look that are overdue by business time (see rowCountdown): breaches of the target they count down. */
export function breachesAmong(rows: readonly InboxRow[], now: number): SlaBreach[] {
  return rows.flatMap((row) =>
    row.sla && rowCountdown(row, now)?.kind === 'overdue'
      ? [{ id: row.id, subject: row.subject, target: row.sla.target, dueAt: row.dueAt }]
      : [],
  );
}

/**
 * Which breaches to announce to the lead from each look at the inbox: each ticket and target once (remembered in
 * `announced`, kept across reloads), never what was breached already at the first look (opening the console does
 * not announce the whole backlog of overdue tickets).
 */
export class SlaBreachCues {
  private baselined = false;

  constructor(private readonly announced: BoundedIdSet) {}

  update(breaches: readonly SlaBreach[]): SlaBreach[] {
    if (!this.baselined) {
      this.baselined = true;
      for (const breach of breaches) this.announced.add(breachKey(breach));
      return [];
    }
    return breaches.filter((breach) => this.announced.add(breachKey(breach)));
  }
}

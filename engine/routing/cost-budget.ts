/**
 * The tenant's monthly model budget as one autopilot process sees it (issue 17). The month-to-date spend comes from
 * the queue (ModelSpendSource: the decisions it applied this UTC month), read at most every `refreshEveryMs`; on top
 * of it this process counts what it spent since that read and what its calls in flight have reserved (an estimate per
 * model call). A ticket asks the model only while that sum plus its own estimate stays inside the budget, and reserves
 * its estimate at once (synchronously after the check), so concurrent tickets of this process overshoot the budget by
 * no more than their estimates' errors. Other processes' spend shows at the next read.
 *
 * When the spend source fails, the last figure it gave is kept (plus this process's own spend since), and the snapshot
 * says how stale it is; before any figure arrived the month's spend counts as this process's own only.
 * Month rollover (UTC): the last figure belongs to the month it was read in; a new month starts from zero and reads again.
 */
import { budgetMonth, budgetState, type BudgetState } from '../../shared/routing/model-budget.js';
import type { RoutingPolicy } from '../../shared/settings/routing-policy.js';
import type { ModelSpendSource } from './ports.js';

export interface CostBudgetOptions {
  spend: ModelSpendSource;
  /** The tenant's budget in force (the routing policy's `budget`), read at every check. */
  budget: () => RoutingPolicy['budget'];
  /** Reads of the spend source at most this often. Default 60 s. */
  refreshEveryMs?: number;
  /**
   * How long after a call settles its decision may take to reach the queue (the autopilot submits it). Spend settled
   * this shortly before a read keeps counting here too: counted twice for a while rather than not at all. Default 5 s.
   */
  applyLagMs?: number;
  /** Milliseconds since the epoch; a fake clock in tests. */
  now?: () => number;
  log?: (line: string) => void;
}

export interface BudgetSnapshot {
  month: string;
  /** The queue's figure, this process's spend since it and what calls in flight reserved. */
  spentUsd: number;
  reservedUsd: number;
  state: BudgetState;
  /** How old the queue's figure is (ms); null when none arrived this month. */
  staleMs: number | null;
  /** Why the latest read failed; null when it worked. */
  lastError: string | null;
}

/** A reservation for one model call (or one ticket's calls); settle it with what was really spent. */
export interface Reservation {
  readonly estimateUsd: number;
}

export const DEFAULT_SPEND_REFRESH_MS = 60_000;
export const DEFAULT_APPLY_LAG_MS = 5_000;

const cents = (usd: number) => Math.round(usd * 1e8) / 1e8;

export class CostBudget {
  private readonly now: () => number;
  private readonly refreshEveryMs: number;
  private month: string;
  /** The queue's month-to-date figure and when the read that gave it started. */
  private known: { usd: number; at: number } | null = null;
  /** This process's settled spend of this month, with when each was settled. */
  private settled: { at: number; usd: number }[] = [];
  private readonly inFlight = new Set<Reservation>();
  private lastError: string | null = null;
  private reading: Promise<void> | null = null;
  private lastAttempt = -Infinity;

  constructor(private readonly options: CostBudgetOptions) {
    this.now = options.now ?? Date.now;
    this.refreshEveryMs = options.refreshEveryMs ?? DEFAULT_SPEND_REFRESH_MS;
    this.month = budgetMonth(new Date(this.now()));
  }

  /** Reads the spend source when the figure is older than refreshEveryMs or the month turned; one read at a time. */
  async refresh(): Promise<void> {
    this.rollOver();
    if (this.now() - this.lastAttempt < this.refreshEveryMs) return;
    this.reading ??= this.read().finally(() => (this.reading = null));
    await this.reading;
  }

  /** The budget as it stands, with `estimateUsd` more spent (the call a ticket is about to make). */
  snapshot(estimateUsd = 0): BudgetSnapshot {
    this.rollOver();
    const reservedUsd = cents([...this.inFlight].reduce((sum, r) => sum + r.estimateUsd, 0));
    const spentUsd = cents((this.known?.usd ?? 0) + this.settledSince() + reservedUsd);
    return {
      month: this.month,
      spentUsd,
      reservedUsd,
      state: budgetState(this.options.budget(), spentUsd + estimateUsd),
      staleMs: this.known ? this.now() - this.known.at : null,
      lastError: this.lastError,
    };
  }

  /** Holds `estimateUsd` of the budget for a call about to be made (check snapshot(estimate) first, synchronously). */
  reserve(estimateUsd: number): Reservation {
    const reservation = { estimateUsd: Math.max(0, estimateUsd) };
    this.inFlight.add(reservation);
    return reservation;
  }

  /** The call is over: its reservation is freed and what it really cost counts until the queue's figure holds it. */
  settle(reservation: Reservation, actualUsd: number): void {
    if (!this.inFlight.delete(reservation)) return;
    if (actualUsd > 0) this.settled.push({ at: this.now(), usd: actualUsd });
  }

  private settledSince(): number {
    return this.settled.reduce((sum, s) => sum + s.usd, 0);
  }

  private rollOver(): void {
    const month = budgetMonth(new Date(this.now()));
    if (month === this.month) return;
    this.month = month;
    this.known = null;
    this.settled = [];
    this.lastAttempt = -Infinity;
  }

  private async read(): Promise<void> {
    const startedAt = this.now();
    const month = this.month;
    this.lastAttempt = startedAt;
    try {
      const usd = await this.options.spend.monthToDateUsd();
      if (!Number.isFinite(usd) || usd < 0) throw new Error(`the spend source answered ${usd}`);
      if (month !== budgetMonth(new Date(this.now()))) return; // the month turned during the read: read again
      // The queue's figure holds what was applied before the read started; spend settled since stays counted here.
      this.known = { usd, at: startedAt };
      const keepFrom = startedAt - (this.options.applyLagMs ?? DEFAULT_APPLY_LAG_MS);
      this.settled = this.settled.filter((s) => s.at >= keepFrom);
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      const stale = this.known ? `${Math.round((this.now() - this.known.at) / 1000)} s old` : 'none yet this month';
      this.options.log?.(
        `The month's model spend could not be read (${this.lastError}); using the last figure (${stale}).`,
      );
    }
  }
}

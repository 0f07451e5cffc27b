import { backoffDelay } from './queue-client/backoff.js';

/** What a round tells its loop to do next. */
export type RoundOutcome =
  /** Done for now: the next round comes when woken, or once started after the rest interval. */
  | 'rest'
  /** More to do: the next round at once. */
  | 'again'
  /** It failed: the next round after the back-off (a wake ends the wait sooner). */
  | 'retry'
  /** Nothing will ever be left to do: the loop ends (as if stopped). */
  | 'done';

export interface WakeableLoopOptions {
  /** One round of work. One that throws is retried like 'retry', and the error goes to `onError`. */
  round: () => Promise<RoundOutcome>;
  /** Once started, the longest rest after a 'rest' round (default: rest until woken). */
  restMs?: number;
  /** The wait after failed rounds in a row: backoffDelay(failures, baseMs, maxMs) (backoff.ts). */
  backoff: { baseMs: number; maxMs: number };
  /** A round threw; the next comes in `retryInMs` unless a wake brings it sooner. */
  onError?: (error: unknown, retryInMs: number) => void;
}

/**
 * Runs rounds of long-running work one at a time (like Replicache's ConnectionLoop): `wake()` asks for a round,
 * and wakes while one runs are folded into one more round after it; a round that failed is retried after an
 * exponential back-off with jitter; a started loop also runs after resting `restMs`. A loop never started runs only
 * when woken (a sync asked for now); `stop()` ends the waits and resolves when the round in progress has ended.
 */
export class WakeableLoop {
  private started = false;
  private ended = false;
  /** The round in progress and the rounds woken meanwhile; null while the loop waits. */
  private rounds: Promise<void> | null = null;
  private wokenDuringRound = false;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly pauses = new Set<() => void>();

  constructor(private readonly options: WakeableLoopOptions) {}

  /** Started and not stopped (nor done). */
  get active(): boolean {
    return this.started && !this.ended;
  }

  /** Runs the first round after `firstRoundInMs` (or when woken), then one whenever the loop is woken or rested. */
  start(firstRoundInMs = 0): void {
    if (this.active) return;
    this.started = true;
    this.ended = false;
    if (firstRoundInMs > 0) this.waitThenRun(firstRoundInMs);
    else this.wake();
  }

  /** Asks for a round: now when the loop waits, right after the current round when one runs. Ignored once stopped. */
  wake(): void {
    if (this.ended) return;
    for (const resume of this.pauses) resume();
    if (this.rounds) {
      this.wokenDuringRound = true;
      return;
    }
    this.clearTimer();
    // Set before the first round starts, so a round that wakes the loop at once is folded like any other wake.
    let settle = (): void => undefined;
    this.rounds = new Promise((resolve) => (settle = resolve));
    void this.runRounds().finally(() => {
      this.rounds = null;
      settle();
    });
  }

  /** Resolves once no round runs: the current one and every one woken meanwhile have ended. */
  settled(): Promise<void> {
    return this.rounds ?? Promise.resolve();
  }

  /** The next failure waits the first back-off step again (a connection that came up, then went away). */
  resetBackoff(): void {
    this.failures = 0;
  }

  /** A wait inside a round that ends early when the loop is woken or stopped. */
  pause(ms: number): Promise<void> {
    if (this.ended) return Promise.resolve();
    return new Promise((resolve) => {
      const resume = (): void => {
        clearTimeout(timer);
        this.pauses.delete(resume);
        resolve();
      };
      const timer = setTimeout(resume, ms);
      this.pauses.add(resume);
    });
  }

  /** No more rounds; resolves when the one in progress has ended. */
  async stop(): Promise<void> {
    this.end();
    await this.rounds;
  }

  private end(): void {
    this.ended = true;
    this.started = false;
    this.clearTimer();
    for (const resume of this.pauses) resume();
  }

  private async runRounds(): Promise<void> {
    do {
      this.wokenDuringRound = false;
      const next = await this.runRound();
      if (this.ended) return;
      if (next === 'done') {
        this.end();
        return;
      }
      if (this.wokenDuringRound || next === 0) continue;
      if (next !== null) this.waitThenRun(next);
      return;
    } while (!this.ended);
  }

  /** Runs one round; returns the wait before the next (null: until woken), or 'done'. */
  private async runRound(): Promise<number | null | 'done'> {
    let outcome: RoundOutcome;
    try {
      outcome = await this.options.round();
    } catch (error) {
      const retryInMs = this.nextBackoff();
      this.options.onError?.(error, retryInMs);
      return retryInMs;
    }
    switch (outcome) {
      case 'done':
        return 'done';
      case 'again':
        this.failures = 0;
        return 0;
      case 'rest':
        this.failures = 0;
        return this.started ? (this.options.restMs ?? null) : null;
      case 'retry':
        return this.nextBackoff();
    }
  }

  private nextBackoff(): number {
    const { baseMs, maxMs } = this.options.backoff;
    return backoffDelay(this.failures++, baseMs, maxMs);
  }

  private waitThenRun(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Where the bar is drawn: stderr, or anything with `write` (tests); a TTY gets a redrawn bar, else plain lines. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR_WIDTH = 24;
/** How often a TTY bar is redrawn, and how often a plain line is written at most. */
const REDRAW_MS = 100;
const PLAIN_LINE_MS = 5_000;

/** A progress bar for a long import: count/total, rate per second and time left. */
export class ProgressBar {
  private readonly startedAt: number;
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private lastPlainTenth = -1;

  constructor(
    private readonly output: ProgressOutput,
    private readonly total: number,
    private readonly unit: string,
    /** Already done before this run (a resumed import): counted in the bar, not in the rate. */
    private readonly doneBefore = 0,
    private readonly clock: () => number = Date.now,
  ) {
    this.startedAt = clock();
  }

  update(done: number, force = false): void {
    const now = this.clock();
    if (this.output.isTTY) {
      if (!force && now - this.lastDrawn < REDRAW_MS) return;
      this.lastDrawn = now;
      this.output.write(`\r${this.describe(done, now, true)}\x1b[K`);
      return;
    }
    const tenth = this.total > 0 ? Math.floor((done / this.total) * 10) : 0;
    if (!force && tenth === this.lastPlainTenth && now - this.lastDrawn < PLAIN_LINE_MS) return;
    this.lastPlainTenth = tenth;
    this.lastDrawn = now;
    this.output.write(`${this.describe(done, now, false)}\n`);
  }

  finish(done: number): void {
    this.update(done, true);
    if (this.output.isTTY) this.output.write('\n');
  }

  describe(done: number, now: number, bar: boolean): string {
    const seconds = Math.max((now - this.startedAt) / 1000, 0.001);
    const rate = Math.max(done - this.doneBefore, 0) / seconds;
    const share = this.total > 0 ? Math.min(done / this.total, 1) : 1;
    const left = rate > 0 ? Math.max(this.total - done, 0) / rate : null;
    const filled = Math.round(share * BAR_WIDTH);
    const drawn = bar ? `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ` : '';
    return `${drawn}${done}/${this.total} ${this.unit} (${Math.round(share * 100)}%), ${Math.round(rate)}/s, ETA ${left === null ? '?' : clockTime(left)}`;
  }
}

function clockTime(seconds: number): string {
  const whole = Math.ceil(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
